import Governance
import NIOCore
import PostgresNIO

// The register's typed identifiers (Governance's `PersonID`, `BodyID`, ...) bind and read as the
// bigint they wrap, so SQL interpolates them and rows decode into them directly.

extension Tagged: @retroactive PostgresEncodable, @retroactive PostgresNonThrowingEncodable,
    @retroactive PostgresThrowingDynamicTypeEncodable, @retroactive PostgresDynamicTypeEncodable
where RawValue == Int64 {
    public static var psqlType: PostgresDataType { Int64.psqlType }
    public static var psqlFormat: PostgresFormat { Int64.psqlFormat }

    public func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        rawValue.encode(into: &byteBuffer, context: context)
    }
}

extension Tagged: @retroactive PostgresDecodable where RawValue == Int64 {
    public init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        self.init(rawValue: try Int64(from: &buffer, type: type, format: format, context: context))
    }
}

extension Tagged: @retroactive PostgresArrayEncodable where RawValue == Int64 {
    public static var psqlArrayType: PostgresDataType { Int64.psqlArrayType }
}

extension Tagged: @retroactive PostgresArrayDecodable where RawValue == Int64 {}
