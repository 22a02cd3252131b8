import NIOCore

/// Rows in PostgreSQL's COPY text format, buffered and sent in chunks of about 256 KiB.
struct CopyTextBuffer {
    private(set) var buffer = ByteBuffer()
    static let flushSize = 256 * 1024

    /// Appends one row; nil fields become `\N`.
    mutating func append(_ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: "\t")) }
            guard let field else {
                buffer.writeStaticString("\\N")
                continue
            }
            for byte in field.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case UInt8(ascii: "\t"): buffer.writeStaticString("\\t")
                case UInt8(ascii: "\n"): buffer.writeStaticString("\\n")
                case UInt8(ascii: "\r"): buffer.writeStaticString("\\r")
                default: buffer.writeInteger(byte)
                }
            }
        }
        buffer.writeInteger(UInt8(ascii: "\n"))
    }

    var isFull: Bool { buffer.readableBytes >= Self.flushSize }

    /// Takes the buffered bytes, leaving the buffer empty.
    mutating func take() -> ByteBuffer {
        defer { buffer = ByteBuffer() }
        return buffer
    }
}
