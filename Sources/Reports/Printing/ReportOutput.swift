import Crypto
import Foundation

/// A rendered report as bytes, for a file or an HTTP response.
public enum ReportOutput {
    /// The report in `format` (html, md, json, pdf; csv gives the index, or one table with `table`).
    public static func render(_ report: BoardReport, format: String, table: String? = nil) throws
        -> (bytes: [UInt8], contentType: String)
    {
        switch format {
        case "html": return (Array(HTMLRenderer.render(report).utf8), "text/html; charset=utf-8")
        case "md": return (Array(MarkdownRenderer.render(report).utf8), "text/markdown; charset=utf-8")
        case "json": return (Array(DataRenderers.json(report).utf8), "application/json")
        case "csv":
            let files = DataRenderers.csvFiles(report)
            let wanted = table.map { id in files.first { $0.name.hasSuffix("-\(id).csv") } } ?? files.first
            guard let file = wanted ?? nil else {
                // A well-formed id of a table this report (for this audience, on this date) lacks.
                throw PrintError(
                    message: "table: no table \"\(table ?? "")\" in the report; its index (no table) lists them",
                    isNotFound: true)
            }
            return (Array(file.content.utf8), "text/csv; charset=utf-8")
        case "pdf":
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-pdf-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let html = folder.appendingPathComponent("report.html").path, pdf = folder.appendingPathComponent("report.pdf").path
            try HTMLRenderer.render(report).write(toFile: html, atomically: true, encoding: .utf8)
            try ChromiumPrinter.pdf(html: html, to: pdf)
            return (Array(try Data(contentsOf: URL(fileURLWithPath: pdf))), "application/pdf")
        default:
            throw PrintError(message: "format: expected html, pdf, md, csv or json, found \"\(format)\"", isBadRequest: true)
        }
    }

    /// The report in `format`, as `render` gives it, but printing a PDF without blocking a thread
    /// and stopping Chromium if the calling task is cancelled.
    public static func renderCancellable(_ report: BoardReport, format: String, table: String? = nil) async throws
        -> (bytes: [UInt8], contentType: String)
    {
        guard format == "pdf" else { return try render(report, format: format, table: table) }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-pdf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let html = folder.appendingPathComponent("report.html").path, pdf = folder.appendingPathComponent("report.pdf").path
        try HTMLRenderer.render(report).write(toFile: html, atomically: true, encoding: .utf8)
        try await ChromiumPrinter.pdfCancellable(html: html, to: pdf)
        return (Array(try Data(contentsOf: URL(fileURLWithPath: pdf))), "application/pdf")
    }

    /// SHA-256 of bytes, hex.
    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}
