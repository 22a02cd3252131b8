import Foundation
import Metrics
import NIOCore
import Reports
import Synchronization

/// Renders board reports for requests. A PDF is a Chromium process of a few hundred megabytes, so
/// at most `limit` run at once and the rest wait their turn; a render whose client has gone away
/// is cancelled, which kills its Chromium.
final class ReportPrinting: Sendable {
    private let slots: Slots
    /// The most renders seen running at once (for tests and /metrics).
    var peakConcurrent: Int { slots.peak }

    init(limit: Int) { slots = Slots(limit: max(1, limit)) }

    /// `report` in `format` (and `table` for csv); a PDF waits for a free slot and is cancelled if
    /// `channel` closes first.
    func render(_ report: BoardReport, format: String, table: String?, channel: (any Channel)?) async throws -> (
        bytes: [UInt8], contentType: String
    ) {
        guard format == "pdf" else { return try ReportOutput.render(report, format: format, table: table) }
        await slots.acquire()
        defer { slots.release() }
        Gauge(label: "govmon_pdf_renders_peak").record(slots.peak)
        return try await withThrowingTaskGroup(of: (bytes: [UInt8], contentType: String)?.self) { group in
            group.addTask { try await ReportOutput.renderCancellable(report, format: format) }
            if let channel {
                group.addTask {
                    await ClosedChannel.wait(channel)
                    return nil
                }
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let rendered = first else {
                // The client went away: stop Chromium, answer no one.
                throw CancellationError()
            }
            return rendered
        }
    }
}

/// A counting semaphore for async callers, with the peak of concurrent holders.
private final class Slots: Sendable {
    private struct State {
        var free: Int
        var holders = 0
        var peak = 0
        var waiting: [CheckedContinuation<Void, Never>] = []
    }
    private let state: Mutex<State>

    init(limit: Int) { state = Mutex(State(free: limit)) }

    var peak: Int { state.withLock { $0.peak } }

    func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now: Bool = state.withLock { s in
                guard s.free > 0 else {
                    s.waiting.append(continuation)
                    return false
                }
                s.free -= 1
                s.holders += 1
                s.peak = max(s.peak, s.holders)
                return true
            }
            if now { continuation.resume() }
        }
    }

    func release() {
        let next: CheckedContinuation<Void, Never>? = state.withLock { s in
            if s.waiting.isEmpty {
                s.free += 1
                s.holders -= 1
                return nil
            }
            // The slot passes straight to the next waiter.
            return s.waiting.removeFirst()
        }
        next?.resume()
    }
}

/// Waiting for a client to hang up, in a way that a task can cancel (an `EventLoopFuture` wait cannot).
enum ClosedChannel {
    static func wait(_ channel: any Channel) async {
        let once = ResumeOnce()
        ClientGoneHandler.gone(channel).whenComplete { _ in once.resume() }
        await once.wait()
    }
}
