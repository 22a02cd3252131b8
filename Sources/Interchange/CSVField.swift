import Foundation

/// RFC 4180 quoting, with spreadsheet formula injection defused: a cell starting with = + - @
/// (or a tab or carriage return) gets a leading apostrophe so spreadsheets show it as text.
public enum CSVField {
    public static func escape(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first),
            Double(value) == nil
        {
            value = "'" + value
        }
        if value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}

/// Writes an RFC 4180 CSV file row by row (CRLF line ends, UTF-8, formula injection defused).
public final class CSVWriter {
    private let handle: FileHandle
    private var buffer = ""

    /// Creates (or truncates) the file at `path` and writes the header.
    public init(path: String, header: [String]) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CSVError(file: path, line: 0, problem: "cannot create the file") }
        self.handle = handle
        write(header)
    }

    /// Appends one row.
    public func write(_ fields: [String]) {
        buffer += fields.map(CSVField.escape).joined(separator: ",") + "\r\n"
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    /// Writes what is buffered and closes the file.
    public func close() throws {
        flush()
        try handle.close()
    }

    private func flush() {
        handle.write(Data(buffer.utf8))
        buffer = ""
    }
}
