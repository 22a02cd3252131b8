import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

#if canImport(Glibc)
    import Glibc
#endif

extension ServerApp {
    /// Runs the application until SIGTERM or SIGINT, then shuts it down gracefully: no new
    /// connections, requests in flight finish, the scheduler lock is released. If that has not
    /// finished within `shutdownSeconds` (a request stuck on a database that went away, say), the
    /// process exits anyway, with status 1 and a log line saying so.
    public static func run(_ app: some ApplicationProtocol, shutdownSeconds: Double, logger: Logger) async throws {
        let group = ServiceGroup(
            configuration: .init(
                services: [
                    .init(service: app),
                    .init(
                        service: ShutdownWatchdog(seconds: shutdownSeconds, logger: logger), successTerminationBehavior: .ignore),
                ],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }
}

/// Waits for a graceful shutdown to begin, then gives it `seconds` before ending the process.
struct ShutdownWatchdog: Service {
    let seconds: Double
    let logger: Logger

    func run() async throws {
        // Returns when graceful shutdown starts (or the task is cancelled).
        try? await gracefulShutdown()
        let seconds = self.seconds, logger = self.logger
        // A thread of its own: the cooperative pool may be the thing that is stuck.
        let thread = Thread {
            Thread.sleep(forTimeInterval: seconds)
            logger.error("graceful shutdown did not finish in time; exiting", metadata: ["seconds": "\(seconds)"])
            // `_exit`, not `exit`: exit's handlers and destructors can wait on the very threads
            // that are stuck (a 9 s shutdown under a 2 s limit was seen on a loaded machine).
            fflush(nil)
            _exit(1)
        }
        thread.start()
    }
}

/// Open file limits: every connection is a file descriptor, and the usual soft limit (1,024) is
/// reached by a thousand idle clients.
public enum OpenFiles {
    /// Raises the soft limit on open files to the hard limit (systemd's `LimitNOFILE` sets that).
    public static func raiseLimit(logger: Logger) {
        #if canImport(Glibc)
            var limit = rlimit()
            guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
            limit.rlim_cur = limit.rlim_max
            if setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) != 0 {
                logger.warning("could not raise the open files limit")
            }
        #endif
    }
}
