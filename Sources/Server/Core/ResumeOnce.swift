import Synchronization

/// Resumes a continuation exactly once, whichever comes first: the event waited for or the
/// caller's cancellation (which may come before the continuation exists). Used to stop waiting
/// for a PDF render whose client has gone and for a scheduler tick when the service shuts down.
final class ResumeOnce: Sendable {
    private let state = Mutex<(continuation: CheckedContinuation<Void, Never>?, done: Bool)>((nil, false))

    func set(_ continuation: CheckedContinuation<Void, Never>) {
        let resumeNow = state.withLock { s -> Bool in
            if s.done { return true }
            s.continuation = continuation
            return false
        }
        if resumeNow { continuation.resume() }
    }

    /// Waits until `resume()` is called or the caller is cancelled, whichever comes first;
    /// `onCancel` runs as well when the caller is cancelled (to stop the work waited for).
    func wait(onCancel: @escaping @Sendable () -> Void = {}) async {
        await withTaskCancellationHandler {
            await withCheckedContinuation { set($0) }
        } onCancel: {
            onCancel()
            resume()
        }
    }

    func resume() {
        let continuation = state.withLock { s -> CheckedContinuation<Void, Never>? in
            guard !s.done else { return nil }
            s.done = true
            defer { s.continuation = nil }
            return s.continuation
        }
        continuation?.resume()
    }
}
