import Foundation

/// Checks a whole file for well-formed UTF-8 in constant memory (used to detect the encoding).
enum UTF8Validator {
    /// True when every byte sequence read from `handle` to its end is well-formed UTF-8
    /// (no overlong forms, no surrogates, nothing above U+10FFFF).
    static func isValidUTF8(_ handle: FileHandle) throws -> Bool {
        var pending: [UInt8] = []
        while let data = try handle.read(upToCount: 1 << 20), !data.isEmpty {
            var bytes = pending
            bytes.append(contentsOf: data)
            let (valid, consumed) = validatePrefix(bytes)
            guard valid else { return false }
            pending = Array(bytes[consumed...])
            if pending.count > 3 { return false }
        }
        return pending.isEmpty
    }

    /// Validates `bytes`, allowing an incomplete sequence at the end (returned as not consumed).
    static func validatePrefix(_ bytes: [UInt8]) -> (valid: Bool, consumed: Int) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return (false, i)
            }
            if i + length > n {
                // Check what we have, then leave the rest for the next chunk.
                for j in (i + 1)..<n where !(j == i + 1 ? (low...high) : 0x80...0xBF).contains(bytes[j]) {
                    return (false, i)
                }
                return (true, i)
            }
            for j in (i + 1)..<(i + length) where !(j == i + 1 ? (low...high) : 0x80...0xBF).contains(bytes[j]) {
                return (false, i)
            }
            i += length
        }
        return (true, n)
    }
}
