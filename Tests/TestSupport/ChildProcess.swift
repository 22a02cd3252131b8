import Foundation

/// Child processes (govmon, scripts, curl, Python) run to their end without holding a thread of
/// Swift's cooperative pool.
///
/// Why: that pool has one thread per core (two on CI). Tests that blocked in `waitUntilExit` took
/// both, so in-process work stopped, including an import midway through a COPY; PostgreSQL cannot
/// finish a DROP DATABASE until every backend absorbs its barrier, and a backend waiting for COPY
/// data does not, so every test's database drop waited too (CI runs stalled for ~100 s, and a
/// script that drops a database, such as the demo's, could deadlock against them).
package enum ChildProcess {
    /// What a finished child printed and how it ended.
    package struct Output: Sendable {
        package var status: Int32
        package var stdout: Data
        package var stderr: Data
    }

    /// Starts `process` with its standard output and error captured, and waits for it to end
    /// on threads of its own (each pipe is drained on its own thread, so neither fills and blocks
    /// the child).
    package static func run(_ process: Process) async throws -> Output {
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let box = UncheckedProcess(process: process)
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                let errors = ErrorDrain(handle: err.fileHandleForReading)
                let stdout = out.fileHandleForReading.readDataToEndOfFile()
                let stderr = errors.finish()
                box.process.waitUntilExit()
                continuation.resume(returning: Output(status: box.process.terminationStatus, stdout: stdout, stderr: stderr))
            }
        }
    }

    /// Runs blocking work (a library call that waits for a child, such as printing with Chromium)
    /// on a thread of its own.
    package static func offThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Waits on a thread of its own for a process started elsewhere to end.
    package static func waitForExit(_ process: Process) async -> Int32 {
        let box = UncheckedProcess(process: process)
        return await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                box.process.waitUntilExit()
                continuation.resume(returning: box.process.terminationStatus)
            }
        }
    }
}

// @unchecked: the process is handed to one waiting thread and touched only there afterwards.
private struct UncheckedProcess: @unchecked Sendable { let process: Process }

/// Reads a pipe to its end on a thread of its own.
private final class ErrorDrain: @unchecked Sendable {
    // @unchecked: `data` is written once by the reading thread before `done` is signalled and
    // read only after waiting on it.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func finish() -> Data {
        done.wait()
        return data
    }
}
