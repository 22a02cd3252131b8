import Foundation
import Hummingbird
import NIOCore

/// An uploaded file written to a temporary file as it arrives, never held whole in memory, and
/// refused with 413 once it passes the route's limit. Removed when the request is done.
struct Upload {
    let path: String

    /// Streams `request`'s body to a new temporary file of at most `limit` bytes.
    static func receive(_ request: Request, limit: Int, prefix: String) async throws -> Upload {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString).csv").path
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw APIError(.internalServerError, "Something went wrong on the server; it has been logged.")
        }
        let upload = Upload(path: path)
        do {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            var written = 0
            for try await buffer in request.body {
                written += buffer.readableBytes
                guard written <= limit else {
                    throw APIError(
                        .contentTooLarge, "The upload is larger than \(limit >> 20) MB, the most this service accepts.")
                }
                try handle.write(contentsOf: Data(buffer: buffer))
            }
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
