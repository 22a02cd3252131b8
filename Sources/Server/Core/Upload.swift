import Foundation
import OpenAPIRuntime

/// An uploaded file written to a temporary file as it arrives, never held whole in memory
/// (`BodyLimitMiddleware` refuses it with 413 once it passes the upload limit). Removed when the
/// request is done.
struct Upload {
    let path: String

    /// Streams `body` to a new temporary file.
    static func receive(_ body: HTTPBody, prefix: String) async throws -> Upload {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString).csv").path
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw APIError(.internalServerError, "Something went wrong on the server; it has been logged.")
        }
        let upload = Upload(path: path)
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            for try await chunk in body { try handle.write(contentsOf: Data(chunk)) }
        } catch {
            upload.remove()
            throw error
        }
        return upload
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.removeItem(atPath: path + ".rejects.csv")
    }
}
