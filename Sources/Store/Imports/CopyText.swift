import NIOCore

/// Rows in PostgreSQL's COPY text format, buffered and sent in chunks of about 256 KiB.
/// Bytes gather in a plain array (cheap to append to, even in debug builds) and become a
/// ByteBuffer only when sent.
struct CopyTextBuffer {
    private(set) var bytes: [UInt8] = []
    static let flushSize = 256 * 1024

    init() { bytes.reserveCapacity(Self.flushSize + 4096) }

    /// Appends one row; nil fields become `\N`.
    mutating func append(_ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(0x09) }
            guard let field else {
                bytes.append(0x5C)  // \N
                bytes.append(0x4E)
                continue
            }
            for byte in field.utf8 {
                switch byte {
                case 0x5C: bytes.append(0x5C); bytes.append(0x5C)  // backslash
                case 0x09: bytes.append(0x5C); bytes.append(0x74)  // tab: \t
                case 0x0A: bytes.append(0x5C); bytes.append(0x6E)  // newline: \n
                case 0x0D: bytes.append(0x5C); bytes.append(0x72)  // carriage return: \r
                default: bytes.append(byte)
                }
            }
        }
        bytes.append(0x0A)
    }

    var isFull: Bool { bytes.count >= Self.flushSize }
    var isEmpty: Bool { bytes.isEmpty }

    /// Takes the buffered bytes, leaving the buffer empty.
    mutating func take() -> ByteBuffer {
        defer { bytes.removeAll(keepingCapacity: true) }
        return ByteBuffer(bytes: bytes)
    }
}
