import Governance
import NIOCore
import PostgresNIO

// The domain's value types travel to and from PostgreSQL as the columns the migrations define:
// dates as `date`, value lists as `text` with CHECK constraints.

extension CalendarDate: PostgresEncodable, PostgresDecodable, PostgresNonThrowingEncodable {
    // PostgreSQL's binary `date` is an Int32 count of days since 2000-01-01.
    private static let postgresEpochOffset = 10_957  // days from 1970-01-01 to 2000-01-01

    public static var psqlType: PostgresDataType { .date }
    public static var psqlFormat: PostgresFormat { .binary }

    public func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        byteBuffer.writeInteger(Int32(daysSinceEpoch - Self.postgresEpochOffset))
    }

    public init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        guard type == .date, format == .binary, buffer.readableBytes == 4,
            let days = buffer.readInteger(as: Int32.self)
        else { throw PostgresDecodingError.Code.typeMismatch }
        self.init(daysSinceEpoch: Int(days) + Self.postgresEpochOffset)
    }
}

/// A value list stored as `text`: encoded as its raw value, decoded strictly (an unknown spelling
/// is a decoding error rather than a silent default). Written out because PostgresNIO's
/// RawRepresentable and Codable defaults are ambiguous for types that are both.
protocol PostgresTextValue: PostgresNonThrowingEncodable, PostgresDecodable, RawRepresentable<String> {}

extension PostgresTextValue {
    public static var psqlType: PostgresDataType { .text }
    public static var psqlFormat: PostgresFormat { .binary }

    public func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        byteBuffer.writeString(rawValue)
    }

    public init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        guard let text = buffer.readString(length: buffer.readableBytes), let value = Self(rawValue: text) else {
            throw PostgresDecodingError.Code.failure
        }
        self = value
    }
}

extension GovernorCategory: PostgresTextValue {}
extension GovernorRole: PostgresTextValue {}
extension SchoolCategory: PostgresTextValue {}
extension FoundationStatus: PostgresTextValue {}
extension Ethnicity2021: PostgresTextValue {}
extension DeclaredSex: PostgresTextValue {}
