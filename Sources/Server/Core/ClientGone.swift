import NIOCore

/// Notices a client going away. Hummingbird allows half-closed connections, so a client that
/// hangs up only closes the connection's input, and the connection itself stays open until the
/// response is written: this handler (in every connection's pipeline) turns that into a future a
/// long request (a PDF render) can wait on.
final class ClientGoneHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = NIOAny

    private var promise: EventLoopPromise<Void>?

    func handlerAdded(context: ChannelHandlerContext) {
        promise = context.eventLoop.makePromise(of: Void.self)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        promise?.succeed()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.fireChannelRead(data)
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case ChannelEvent.inputClosed = event { promise?.succeed() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise?.succeed()
        context.fireChannelInactive()
    }

    /// Completes when the client of `channel` hangs up (or the connection closes); never fails.
    static func gone(_ channel: any Channel) -> EventLoopFuture<Void> {
        channel.pipeline.handler(type: ClientGoneHandler.self).flatMap { handler in
            handler.promise?.futureResult ?? channel.closeFuture
        }.flatMapError { _ in channel.closeFuture }
    }
}

// The handler is created, used and removed on its channel's event loop only; `gone` reaches it
// through the pipeline, which hops to that loop.
extension ClientGoneHandler: @unchecked Sendable {}
