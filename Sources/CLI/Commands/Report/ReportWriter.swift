import Application
import ArgumentParser
import Crypto
import Foundation
import Governance
import Interchange
import Reports
import Store

/// Formats the board report comes in.
enum ReportFormatOption: String, ExpressibleByArgument, CaseIterable {
    case html, pdf, md, csv, json
}

/// Writes a rendered report and returns the SHA-256 of what was written.
enum ReportWriter {
    static func write(_ report: BoardReport, format: ReportFormatOption, to path: String) throws -> String {
        if format == .csv {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            var hasher = SHA256()
            for file in DataRenderers.csvFiles(report) {
                let data = Data(file.content.utf8)
                try data.write(to: URL(fileURLWithPath: path).appendingPathComponent(file.name))
                hasher.update(data: Data(file.name.utf8))
                hasher.update(data: data)
            }
            return hasher.finalize().map { String(format: "%02x", $0) }.joined()
        }
        let rendered: (bytes: [UInt8], contentType: String)
        do { rendered = try ReportOutput.render(report, format: format.rawValue) } catch let error as PrintError {
            throw CLIError.usage(error.message)
        }
        do { try Data(rendered.bytes).write(to: URL(fileURLWithPath: path)) } catch {
            throw CLIError.usage("cannot write \(path): \(error.localizedDescription)")
        }
        return ReportOutput.sha256(rendered.bytes)
    }
}
