import Foundation

/// The limits that keep slow, large or hostile clients from holding the service.
public struct ServiceLimits: Sendable, Equatable {
    /// Seconds a connection may stay idle, including while its request head has not arrived
    /// (a client that sends half a request line is closed after this).
    public var idleSeconds: Double
    /// Seconds a graceful shutdown (SIGTERM) may take before the process exits anyway.
    public var shutdownSeconds: Double
    /// PDF renders (Chromium processes) at once; further PDF requests wait their turn.
    public var pdfRenders: Int
    /// The largest upload (GIAS extract, census table) accepted, in megabytes.
    public var uploadMegabytes: Int
    /// Failed authentications from one client address in a minute before it is refused with 429.
    public var failedSignInsPerMinute: Int
    /// bcrypt's cost for the browser front's passwords (2^cost rounds; 10 to 16).
    public var passwordCost: UInt8

    public init(
        idleSeconds: Double = 30, shutdownSeconds: Double = 20, pdfRenders: Int = 2, uploadMegabytes: Int = 512,
        failedSignInsPerMinute: Int = 20, passwordCost: UInt8 = 12
    ) {
        self.passwordCost = passwordCost
        self.idleSeconds = idleSeconds
        self.shutdownSeconds = shutdownSeconds
        self.pdfRenders = pdfRenders
        self.uploadMegabytes = uploadMegabytes
        self.failedSignInsPerMinute = failedSignInsPerMinute
    }

    /// The JSON body limit of ordinary API requests (1 MiB).
    public static let jsonBodyBytes = 1 << 20
    /// Uploads in bytes.
    public var uploadBytes: Int { uploadMegabytes << 20 }
}
