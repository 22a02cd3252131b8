import DemoBorough
import Foundation

/// Broken versions of a valid file, for fuzzing the importers: random bytes, byte flips,
/// truncations, lost, doubled and swapped lines, hostile field values, stray quotes, bad
/// encodings and huge lines. Deterministic for a seed, so a failing case can be replayed.
package struct FileMutator {
    package var random: SeededGenerator

    package init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    /// Field values chosen to break parsers, converters and SQL.
    package static let hostileFields: [[UInt8]] =
        [
            "", "\"", "\"\"\"", "a\"b", "\n", "\r", "\r\n", "\0", "99999999999999999999999", "-1", "0", "31/02/2015",
            "2015-13-45", "00/00/0000", "NaN", "1e308", "=cmd|' /C calc'!A0", "<script>alert(1)</script>",
            "'); DROP TABLE schools;--", "\u{FEFF}", "\u{202E}", "😀", "   ", ",,,,",
            "Ex-officio by virtue of office as headteacher/principal",
            String(repeating: "x", count: 10_000),
        ].map { Array($0.utf8) } + [[0xC3, 0x28], [0xFF, 0xFE], [0xE2, 0x82], [0x80]]

    /// One mutation of `valid` (sometimes two in a row), and a word naming what was done.
    package mutating func mutate(_ valid: [UInt8]) -> (bytes: [UInt8], how: String) {
        var bytes = valid
        var how: [String] = []
        let rounds = Int.random(in: 0..<4, using: &random) == 0 ? 2 : 1
        for _ in 0..<rounds {
            let kind = Int.random(in: 0..<12, using: &random)
            switch kind {
            case 0:
                bytes = (0..<Int.random(in: 0...600, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                how.append("random-bytes")
            case 1:
                for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
                    bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
                }
                how.append("byte-flips")
            case 2:
                bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
                how.append("truncated")
            case 3, 4, 5:
                var lines = Self.lines(bytes)
                guard lines.count > 1 else { continue }
                let a = Int.random(in: 0..<lines.count, using: &random), b = Int.random(in: 0..<lines.count, using: &random)
                switch kind {
                case 3: lines.remove(at: a); how.append("line-deleted")
                case 4: lines.insert(lines[a], at: b); how.append("line-doubled")
                default: lines.swapAt(a, b); how.append("lines-swapped")
                }
                bytes = Array(lines.joined(separator: [0x0A]))
            case 6, 7:
                // A field of a data line (6) or of the header (7) replaced by a hostile value.
                var lines = Self.lines(bytes)
                guard !lines.isEmpty else { continue }
                let index = kind == 7 ? 0 : Int.random(in: 0..<lines.count, using: &random)
                var fields = lines[index].split(separator: 0x2C, omittingEmptySubsequences: false).map(Array.init)
                let field = Int.random(in: 0..<fields.count, using: &random)
                fields[field] = Self.hostileFields[Int.random(in: 0..<Self.hostileFields.count, using: &random)]
                lines[index] = Array(fields.joined(separator: [0x2C]))
                bytes = Array(lines.joined(separator: [0x0A]))
                how.append(kind == 7 ? "header-field" : "hostile-field")
            case 8:
                let at = Int.random(in: 0...bytes.count, using: &random)
                bytes.insert(0x22, at: at)
                how.append("stray-quote")
            case 9:
                let at = Int.random(in: 0...bytes.count, using: &random)
                let noise = (0..<Int.random(in: 1...40, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
                bytes.insert(contentsOf: noise, at: at)
                how.append("noise-inserted")
            case 10:
                // UTF-16 with a byte order mark: an encoding the importers do not read.
                bytes =
                    [0xFF, 0xFE] + String(decoding: bytes, as: UTF8.self).utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
                how.append("utf16")
            default:
                bytes += Array(repeating: 0x41, count: Int.random(in: 10_000...300_000, using: &random)) + [0x0A]
                how.append("huge-line")
            }
        }
        return (bytes, how.joined(separator: "+"))
    }

    package static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }
}
