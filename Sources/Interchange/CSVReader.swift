import Foundation

/// One record of a delimited file: its fields and the physical line it starts on (1-based).
public struct CSVRecord: Sendable {
    public var fields: [String]
    public var line: Int
}

/// Streams an RFC 4180 CSV file record by record in constant memory (1 MiB chunks).
///
/// Hand-written rather than taken from SwiftCSV or CSV.swift because imports need three things
/// those do not give together: the physical line of every record for error messages, byte-level
/// Windows-1252 / UTF-8 decoding per field with the line of an undecodable byte, and a streaming
/// speed close to PostgreSQL's own COPY parser (the import benchmark's yardstick).
public final class CSVReader {
    /// The name errors use for the file (as the user typed it).
    public let displayName: String
    /// The encoding in use (given, or detected: a UTF-8 BOM or valid UTF-8 throughout means UTF-8,
    /// anything else Windows-1252).
    public let encoding: TextEncoding
    /// Size of the file in bytes, for progress reports.
    public let fileSize: Int
    /// Bytes consumed so far.
    public private(set) var bytesRead = 0

    private let handle: FileHandle
    private var chunk: [UInt8] = []
    private var position = 0
    private var atEOF = false
    private var line = 1
    private var state = State.fieldStart
    private var skipLineFeed = false
    private var fieldBytes: [UInt8] = []
    private var fields: [String] = []
    private var recordLine = 1
    private var quoteOpenedOn = 1

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }
    private static let chunkSize = 1 << 20
    private static let nulProblem = "a NUL byte (0x00); expected text (is this a binary or UTF-16 file?)"

    /// Opens `path`. With `encoding` nil, the encoding is detected (reading the file once more).
    /// - Throws: `CSVError` (line 0) when the file cannot be opened.
    public init(path: String, displayName: String? = nil, encoding: TextEncoding? = nil) throws {
        let name = displayName ?? path
        self.displayName = name
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CSVError(file: name, line: 0, problem: "cannot open the file (does it exist and can it be read?)")
        }
        self.handle = handle
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        self.fileSize = size ?? 0
        let bom = try handle.read(upToCount: 3).map(Array.init) ?? []
        let hasBOM = bom == [0xEF, 0xBB, 0xBF]
        if let encoding {
            self.encoding = encoding
        } else if hasBOM {
            self.encoding = .utf8
        } else {
            try handle.seek(toOffset: 0)
            self.encoding = try UTF8Validator.isValidUTF8(handle) ? .utf8 : .windows1252
        }
        try handle.seek(toOffset: hasBOM ? 3 : 0)
        bytesRead = hasBOM ? 3 : 0
    }

    deinit { try? handle.close() }

    /// The next record, or nil at the end of the file. Blank lines are skipped.
    /// - Throws: `CSVError` naming the line for a malformed quote or an undecodable byte.
    public func next() throws -> CSVRecord? {
        while true {
            if position == chunk.count {
                if atEOF { return try finishAtEOF() }
                try refill()
                continue
            }
            if let record = try scan() { return record }
        }
    }

    private func refill() throws {
        let data = try handle.read(upToCount: Self.chunkSize) ?? Data()
        if data.isEmpty { atEOF = true }
        chunk = Array(data)
        position = 0
        bytesRead += data.count
    }

    /// Scans the current chunk until a record ends (returned) or the chunk is exhausted (nil).
    private func scan() throws -> CSVRecord? {
        while position < chunk.count {
            let byte = chunk[position]
            position += 1
            if skipLineFeed {
                skipLineFeed = false
                if byte == 0x0A { continue }
            }
            switch state {
            case .quoted:
                if byte == 0x22 {
                    state = .quoteInQuoted
                } else if byte == 0x00 {
                    throw error(Self.nulProblem)
                } else {
                    if byte == 0x0A { line += 1 }
                    fieldBytes.append(byte)
                }
            case .fieldStart, .unquoted, .quoteInQuoted:
                switch byte {
                case 0x2C:  // ,
                    try endField()
                    state = .fieldStart
                case 0x0A, 0x0D:
                    skipLineFeed = byte == 0x0D
                    let record = try endRecord()
                    line += 1
                    recordLine = line
                    if let record { return record }
                case 0x22:  // "
                    if state == .fieldStart {
                        state = .quoted
                        quoteOpenedOn = line
                    } else if state == .quoteInQuoted {
                        fieldBytes.append(0x22)
                        state = .quoted
                    } else {
                        throw error("a double quote inside an unquoted field; expected the whole field in quotes")
                    }
                case 0x00:
                    // PostgreSQL text cannot hold NUL; a NUL usually means a binary or UTF-16 file.
                    throw error(Self.nulProblem)
                default:
                    if state == .quoteInQuoted {
                        throw error("a character after a closing quote; expected a comma or the end of the line")
                    }
                    state = .unquoted
                    fieldBytes.append(byte)
                }
            }
        }
        return nil
    }

    private func finishAtEOF() throws -> CSVRecord? {
        if state == .quoted {
            throw CSVError(
                file: displayName, line: quoteOpenedOn,
                problem: "a quoted field is never closed; expected a closing double quote")
        }
        let record = try endRecord()
        state = .fieldStart
        return record
    }

    private func endField() throws {
        guard let text = encoding.decode(fieldBytes[...]) else {
            throw CSVError(
                file: displayName, line: line, field: "column \(fields.count + 1)",
                problem:
                    "bytes that are not valid \(encoding.rawValue); expected \(encoding.rawValue) text (use --encoding to choose another)"
            )
        }
        fields.append(text)
        fieldBytes.removeAll(keepingCapacity: true)
    }

    private func endRecord() throws -> CSVRecord? {
        // A blank line is not a record (a trailing newline at the end of a file is common).
        if fields.isEmpty && fieldBytes.isEmpty && state == .fieldStart {
            return nil
        }
        try endField()
        state = .fieldStart
        defer { fields.removeAll(keepingCapacity: true) }
        return CSVRecord(fields: fields, line: recordLine)
    }

    private func error(_ problem: String) -> CSVError {
        CSVError(file: displayName, line: line, field: "column \(fields.count + 1)", problem: problem)
    }
}
