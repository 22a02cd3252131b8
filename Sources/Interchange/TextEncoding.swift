import Foundation

/// The text encodings DfE and ONS files come in.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"

    /// Reads `utf-8`, `utf8`, `windows-1252`, `cp1252`, `latin1` (treated as Windows-1252, its superset
    /// for printable characters).
    public init?(userInput: String) {
        switch userInput.lowercased() {
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252", "win1252", "latin1", "iso-8859-1": self = .windows1252
        default: return nil
        }
    }

    /// Decodes one field's bytes, or nil when a byte is not valid in this encoding
    /// (malformed UTF-8; the five bytes Windows-1252 leaves undefined).
    func decode(_ bytes: ArraySlice<UInt8>) -> String? {
        switch self {
        case .utf8:
            // Contiguous bytes take the standard library's fast validating path.
            return bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
        case .windows1252:
            var scalars = String.UnicodeScalarView()
            scalars.reserveCapacity(bytes.count)
            for byte in bytes {
                guard let scalar = Self.windows1252Scalar(byte) else { return nil }
                scalars.append(scalar)
            }
            return String(scalars)
        }
    }

    // Windows-1252 matches Latin-1 except in 0x80-0x9F, where it has typographic characters and
    // leaves five bytes undefined.
    private static let high: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
        0x0152, nil, 0x017D, nil, nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar? {
        if byte < 0x80 || byte >= 0xA0 { return Unicode.Scalar(byte) }
        return high[Int(byte - 0x80)].flatMap(Unicode.Scalar.init)
    }
}
