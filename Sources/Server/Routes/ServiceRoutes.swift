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
    let responses: ResponseCache
    let tokens: TokenCache

    public init(
        database: Database, settings: BoardReportSettings, migrationsFolder: String, openAPIPath: String,
        timeZone: TimeZone, cacheSeconds: Double, maximumConnections: Int, retention: RetentionPolicy = RetentionPolicy()
    ) {
        self.retention = retention
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
    /// and limited by PostgreSQL's row-level security to the token's authorities.
    func register(for identity: TokenIdentity) -> Register {
        Register(
            database.acting(as: "\(identity.owner) (token \(identity.id))", source: "govmon serve")
                .scoped(to: identity.laCodes.map { .only($0) } ?? .all))
    }

    var register: Register { Register(database) }
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

    static func string(_ request: Request, _ name: String) -> String? {
        request.uri.queryParameters.get(name).map { String($0) }
    }

    /// Decodes a JSON body with snake_case keys.
    static func body<T: Decodable>(_ request: Request, as type: T.Type) async throws -> T {
        var request = request
        let buffer = try await request.collectBody(upTo: 1 << 20)
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
    /// The caller when they may see an authority's data.
    func requireAuthority(_ laCode: Int, roles: ServiceRole...) throws -> TokenIdentity {
        let identity = try caller()
        guard roles.contains(identity.role), identity.mayRead(laCode: laCode) else { throw APIError.forbidden }
        return identity
    }

    /// The caller when they may read a body: officers (of its authority) and the body's own chair.
    func requireBody(_ body: GoverningBody, allowChair: Bool = true, allowBoard: Bool = false) throws -> TokenIdentity {
        let identity = try caller()
        switch identity.role {
        case .officer: guard identity.mayRead(laCode: body.laCode) else { throw APIError.forbidden }
        case .chair: guard allowChair, identity.bodyID == body.id else { throw APIError.forbidden }
        case .board: guard allowBoard, identity.mayRead(laCode: body.laCode) else { throw APIError.forbidden }
        }
        return identity
    }
}
