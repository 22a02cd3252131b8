import Foundation

/// Where and how to reach PostgreSQL. Built once by the configuration layer.
public struct DatabaseSettings: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var user: String
    public var password: String?
    public var database: String
    /// Require TLS (for managed PostgreSQL); off for the local cluster.
    public var requireTLS: Bool

    public init(host: String, port: Int, user: String, password: String?, database: String, requireTLS: Bool = false) {
        self.host = host
        self.port = port
        self.user = user
        self.password = password
        self.database = database
        self.requireTLS = requireTLS
    }

    /// Parses `postgres://user:password@host:port/database?sslmode=require`.
    /// Returns nil when the text is not such a URL.
    public init?(url text: String) {
        guard let components = URLComponents(string: text),
            ["postgres", "postgresql"].contains(components.scheme ?? ""),
            let host = components.host, !host.isEmpty
        else { return nil }
        self.host = host
        self.port = components.port ?? 5432
        self.user = components.user ?? "postgres"
        self.password = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        self.database = path.isEmpty ? self.user : path
        let sslmode = components.queryItems?.first { $0.name == "sslmode" }?.value
        self.requireTLS = ["require", "verify-ca", "verify-full"].contains(sslmode ?? "")
    }

    /// `user@host:port/database`, never the password: for messages and logs.
    public var redacted: String { "\(user)@\(host):\(port)/\(database)" }

    /// The same server with another database name (tests copy a template per test).
    public func with(database name: String) -> DatabaseSettings {
        var copy = self
        copy.database = name
        return copy
    }
}
