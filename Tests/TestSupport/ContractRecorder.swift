import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Synchronization

/// Every response the suite receives from the service, written down for
/// `scripts/validate-responses.py`, which holds each to the schema openapi.yaml declares for its
/// operation and status (run by scripts/test.sh after the tests). One JSON line per response in
/// `.build/contract-responses/<process>.jsonl`.
package enum ContractRecorder {
    package static let folder = TestDatabase.root.appendingPathComponent(".build/contract-responses")
    private static let file = Mutex<FileHandle?>(nil)

    /// Writes one response down.
    package static func record(method: String, uri: String, status: Int, contentType: String?, body: [UInt8]) {
        let entry: [String: Any] = [
            "method": method, "uri": uri, "status": status, "content_type": contentType ?? "",
            "body": String(decoding: body.prefix(2_000_000), as: UTF8.self),
        ]
        guard let line = try? JSONSerialization.data(withJSONObject: entry) else { return }
        file.withLock { handle in
            if handle == nil {
                try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let path = folder.appendingPathComponent("\(ProcessInfo.processInfo.processIdentifier).jsonl").path
                if !FileManager.default.fileExists(atPath: path) { FileManager.default.createFile(atPath: path, contents: nil) }
                handle = FileHandle(forWritingAtPath: path)
                _ = try? handle?.seekToEnd()
            }
            try? handle?.write(contentsOf: line + Data("\n".utf8))
        }
    }
}

/// A test client that writes down every response it receives (`ContractRecorder`).
package struct RecordingClient: TestClientProtocol {
    package let base: any TestClientProtocol

    package init(_ base: any TestClientProtocol) { self.base = base }

    package func executeRequest(uri: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws
        -> TestResponse
    {
        let response = try await base.executeRequest(uri: uri, method: method, headers: headers, body: body)
        ContractRecorder.record(
            method: method.rawValue, uri: uri, status: Int(response.status.code), contentType: response.headers[.contentType],
            body: Array(buffer: response.body))
        return response
    }

    package var port: Int? { base.port }
}
