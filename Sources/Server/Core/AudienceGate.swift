import Application
import Reports
import Store

/// The one place where the service's figures meet an audience: every route whose rule says
/// `figures` answers through here (the application decides what each audience may see).
enum AudienceGate {
    /// The audience a caller's figures are prepared for.
    static func audience(for identity: TokenIdentity, requested: ReportAudience = .officer) -> ReportAudience {
        FiguresAudience.of(identity.role, requested: requested)
    }

    /// `figures` as the caller may see them, encoded.
    static func encode<F: AudienceFigures>(_ figures: F, for identity: TokenIdentity, _ settings: BoardReportSettings)
        throws -> CachedResponse
    {
        if audience(for: identity) == .officer { return try JSON.cached(figures.full) }
        return try JSON.cached(figures.published(settings))
    }
}
