import Foundation

/// Prints an HTML file to PDF (or a PNG screenshot) with headless Chromium, offline: the report is
/// one self-contained file, and every host name resolves to nothing so no fetch can happen.
public enum ChromiumPrinter {
    /// The Chromium executable, or nil when it is not installed.
    public static func executable(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let path = environment["GOVMON_CHROMIUM"] {
            // A browser named on purpose is used, or reported missing; never quietly swapped for another.
            return FileManager.default.isExecutableFile(atPath: path) ? path : nil
        }
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        return nil
    }

    /// The one-line error when Chromium is missing.
    public static let missing =
        "PDF output needs headless Chromium: install Debian's 'chromium' package "
        + "(deploy/install-chromium.sh, or apt-get install chromium), or set GOVMON_CHROMIUM"

    /// Prints `html` (a file path) to `pdf`.
    public static func pdf(html: String, to pdf: String) throws {
        try run(["--print-to-pdf=\(pdf)", "--no-pdf-header-footer"], html: html, expecting: pdf)
    }

    /// Renders `html` to a PNG screenshot of the given size.
    public static func png(html: String, to png: String, width: Int = 1200, height: Int = 2400) throws {
        try run(["--screenshot=\(png)", "--window-size=\(width),\(height)", "--hide-scrollbars"], html: html, expecting: png)
    }

    /// The DOM after Chromium has parsed and laid out the page.
    public static func dumpDOM(html: String) throws -> String {
        try run(["--dump-dom"], html: html, expecting: nil)
    }

    /// Prints `html` to `pdf` without blocking a thread, and kills Chromium if the calling task is
    /// cancelled (the service cancels a render whose client has gone).
    public static func pdfCancellable(html: String, to pdf: String) async throws {
        guard let chromium = executable() else { throw PrintError(message: missing) }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-chromium-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments =
            commonArguments(profile: profile) + ["--print-to-pdf=\(pdf)", "--no-pdf-header-footer"]
            + [URL(fileURLWithPath: html).absoluteString]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let exit = try await RunningProcess(process).exitStatus()
        try Task.checkCancellation()
        if !FileManager.default.fileExists(atPath: pdf) || exit != 0 {
            throw PrintError(message: "Chromium could not print the report (exit \(exit))")
        }
    }

    static func commonArguments(profile: String) -> [String] {
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-extensions", "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=\(profile)",
            "--virtual-time-budget=5000",
        ]
    }

    @discardableResult
    static func run(_ arguments: [String], html: String, expecting output: String?) throws -> String {
        guard let chromium = executable() else { throw PrintError(message: missing) }
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-chromium-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = commonArguments(profile: profile) + arguments + [URL(fileURLWithPath: html).absoluteString]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if let output, !FileManager.default.fileExists(atPath: output) || process.terminationStatus != 0 {
            throw PrintError(message: "Chromium could not print \(html) to \(output) (exit \(process.terminationStatus))")
        }
        return String(decoding: stdout, as: UTF8.self)
    }
}

/// Printing failed (Chromium missing, or it could not print), or what was asked for does not
/// exist (an unknown format or table): one sentence.
public struct PrintError: Error, CustomStringConvertible, Sendable {
    public var message: String
    /// Whether the request was at fault (an unknown format) rather than the printer.
    public var isBadRequest: Bool = false
    /// Whether the request named a table this report does not have.
    public var isNotFound: Bool = false
    public var description: String { message }

    public init(message: String, isBadRequest: Bool = false, isNotFound: Bool = false) {
        self.message = message
        self.isBadRequest = isBadRequest
        self.isNotFound = isNotFound
    }
}

/// A child process awaited without blocking a thread; cancelling the awaiting task terminates it.
final class RunningProcess: Sendable {
    // Process is not Sendable; it is only started here and terminated from the cancellation
    // handler, both of which Foundation allows from any thread.
    nonisolated(unsafe) private let process: Process

    init(_ process: Process) { self.process = process }

    /// Starts the process and returns its exit status when it ends.
    func exitStatus() async throws -> Int32 {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Int32, any Error>) in
                process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
                do {
                    try process.run()
                } catch {
                    process.terminationHandler = nil
                    continuation.resume(throwing: error)
                }
            }
        } onCancel: {
            if process.isRunning { process.terminate() }
        }
    }
}
