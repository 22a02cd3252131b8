import Bootstrap
import Foundation
import Governance
import Hummingbird
import Reports
import Store

/// What the routes need: the register, configuration, and the caches.
public struct ServiceDependencies: Sendable {
    public var database: Database
    public var settings: BoardReportSettings
    public var tracking: TrackingThresholds
    public var migrationsFolder: String
    public var openAPIPath: String
    public var timeZone: TimeZone
    public var maximumConnections: Int
    /// The retention periods `POST /api/v1/retention/runs` applies.
    public var retention: RetentionPolicy
    /// Timeouts and sizes that bound what one client can hold.
    public var limits: ServiceLimits
    let responses: ResponseCache
    let tokens: TokenCache
    let printing: ReportPrinting
    let failedAuthentications: FailureThrottle

    public init(
        database: Database, settings: BoardReportSettings, migrationsFolder: String, openAPIPath: String,
        timeZone: TimeZone, cacheSeconds: Double, maximumConnections: Int, retention: RetentionPolicy = RetentionPolicy(),
        limits: ServiceLimits = ServiceLimits()
    ) {
        self.retention = retention
        self.limits = limits
        printing = ReportPrinting(limit: limits.pdfRenders)
        failedAuthentications = FailureThrottle(perMinute: limits.failedSignInsPerMinute)
        self.database = database
        self.settings = settings
        self.tracking = settings.tracking
        self.migrationsFolder = migrationsFolder
        self.openAPIPath = openAPIPath
        self.timeZone = timeZone
        self.maximumConnections = maximumConnections
        responses = ResponseCache(seconds: cacheSeconds)
        tokens = TokenCache(seconds: cacheSeconds)
    }

    var today: CalendarDate { CalendarDate.today(in: timeZone) }

    /// The register acting as the token's owner, so every write is audited with them as the actor,
    /// and limited by PostgreSQL's row-level security to the token's authorities for reads and
    /// writes alike: an object of another authority is simply not found.
    func register(for identity: TokenIdentity) -> Register {
        Register(
            database.acting(as: "\(identity.owner) (token \(identity.id))", source: "govmon serve")
                .scoped(to: identity.scope))
    }

    /// The service's own work across every authority (token look-ups, /metrics, the scheduler);
    /// never for answering a request about the register.
    var system: Register { Register(database.scoped(to: .all)) }
}

/// Reading request parameters with 400s that say what was expected.
enum Query {
    static func date(_ request: Request, _ name: String) throws -> CalendarDate? {
        guard let text = request.uri.queryParameters.get(name) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            throw APIError(.badRequest, "\(name): expected a date as YYYY-MM-DD, found \"\(text)\"")
        }
        return date
    }

    static func int(_ request: Request, _ name: String) throws -> Int? {
        guard let text = request.uri.queryParameters.get(name) else { return nil }
        guard let value = Int(text) else { throw APIError(.badRequest, "\(name): expected a whole number, found \"\(text)\"") }
        return value
    }

    /// The `la` parameter (a code or a name) as the caller's register finds it: an authority outside
    /// the caller's scope is not found (404), as one that does not exist.
    static func authority(_ request: Request, _ register: Register) async throws -> Int? {
        guard let text = string(request, "la") else { return nil }
        return try await register.localAuthority(text).code
    }

    static func string(_ request: Request, _ name: String) -> String? {
        request.uri.queryParameters.get(name).map { String($0) }
    }

    /// One of a fixed set of values (`format=pdf`), or nil when absent; 400 naming the choices otherwise.
    static func choice<T: RawRepresentable & CaseIterable>(_ request: Request, _ name: String, _ type: T.Type) throws -> T?
    where T.RawValue == String {
        guard let text = string(request, name) else { return nil }
        guard let value = T(rawValue: text) else {
            let choices = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError(.badRequest, "\(name): expected one of \(choices), found \"\(text)\"")
        }
        return value
    }

    /// Decodes a JSON body with snake_case keys (at most 1 MiB: 413 beyond).
    static func body<T: Decodable>(_ request: Request, as type: T.Type) async throws -> T {
        var request = request
        let buffer = try await request.collectBody(upTo: ServiceLimits.jsonBodyBytes)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(T.self, from: Data(buffer: buffer))
        } catch {
            throw APIError(.badRequest, "The request body is not the JSON this route expects (\(Self.describe(error))).")
        }
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "missing \(key.stringValue)"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c), DecodingError.dataCorrupted(let c):
            return c.codingPath.map(\.stringValue).joined(separator: ".") + ": " + c.debugDescription
        default: return "unreadable"
        }
    }
}

extension ServiceContext {
    /// A body named in the path, as the caller's scoped register finds it (another authority's
    /// body is not found), held to a chair's own body.
    func body(_ deps: ServiceDependencies, parameter: String = "body") async throws -> (TokenIdentity, Register, GoverningBody) {
        let identity = try caller()
        let register = deps.register(for: identity)
        let body = try await register.body(try pathParameter(parameter))
        try requireOwnBody(body.id)
        return (identity, register, body)
    }

    /// 403 for a chair asking about a body other than their own.
    func requireOwnBody(_ bodyID: Int64) throws {
        let identity = try caller()
        if identity.role == .chair && identity.bodyID != bodyID { throw APIError.forbidden }
    }

    /// A path parameter, percent-decoded (a body named "St Mary's" arrives as `St%20Mary's`).
    func pathParameter(_ name: String) throws -> String {
        let raw = try parameters.require(name)
        guard let decoded = raw.removingPercentEncoding else {
            throw APIError(.badRequest, "\(name): the path segment is not valid percent-encoded text")
        }
        return decoded
    }

    /// A path parameter that must be a whole number (an id).
    func pathID(_ name: String) throws -> Int64 {
        let text = try pathParameter(name)
        guard let id = Int64(text) else { throw APIError(.badRequest, "\(name): expected a whole number, found \"\(text)\"") }
        return id
    }
}
