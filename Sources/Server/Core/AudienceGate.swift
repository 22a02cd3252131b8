import Application
import Reports
import Store

/// The one place where the service's figures meet an audience: every operation whose rule says
/// `figures` answers through here (the application decides what each audience may see).
enum AudienceGate {
    /// The audience a caller's figures are prepared for.
    static func audience(for identity: TokenIdentity, requested: ReportAudience = .officer) -> ReportAudience {
        FiguresAudience.of(identity.role, requested: requested)
    }

    /// `figures` as the caller may see them: every count for officers, the published face for
    /// everyone else, each in its contract shape.
    static func answer<F: AudienceFigures, Answer>(
        _ figures: F, for identity: TokenIdentity, _ settings: BoardReportSettings, officer: (F.Full) -> Answer,
        board: (F.Published) -> Answer
    ) -> Answer {
        audience(for: identity) == .officer ? officer(figures.full) : board(figures.published(settings))
    }
}
