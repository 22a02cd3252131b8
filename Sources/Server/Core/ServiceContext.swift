import Hummingbird
import NIOCore

/// The request context: Hummingbird's core storage and the client's connection.
public struct ServiceContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's connection: its address (for throttling failed sign-ins) and its closing
    /// (a PDF render for a client that has gone is cancelled).
    public let channel: any Channel

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }

    /// The client's address without its port, for throttling and logs.
    var clientAddress: String {
        channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
