import Foundation

/// Runs one of the project's shell scripts (deploy/*.sh), a bash command line, or any program,
/// as an operator would, and collects what it printed.
package enum ScriptRunner {
    package static func run(_ script: String, _ arguments: [String], environment: [String: String] = [:]) async throws
        -> CommandRunner.Result
    {
        try await program(
            "/bin/bash", [TestDatabase.root.appendingPathComponent(script).path] + arguments,
            environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
    }

    /// Runs one bash command line (pipes and all) as a user would type it.
    package static func shell(_ line: String) async throws -> CommandRunner.Result {
        try await program("/bin/bash", ["-c", line])
    }

    /// Runs `executable` with `arguments` (and `environment`, else the test's own) to the end.
    package static func program(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) async throws
        -> CommandRunner.Result
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let output = try await ChildProcess.run(process)
        return CommandRunner.Result(
            status: output.status, stdout: String(decoding: output.stdout, as: UTF8.self),
            stderr: String(decoding: output.stderr, as: UTF8.self))
    }
}
