import Foundation
import Testing

@testable import Interchange

@Suite struct CSVReaderTests {
    func file(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv").path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    func read(_ path: String, encoding: TextEncoding? = nil) throws -> [CSVRecord] {
        let reader = try CSVReader(path: path, displayName: "t.csv", encoding: encoding)
        var records: [CSVRecord] = []
        while let record = try reader.next() { records.append(record) }
        return records
    }

    @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
        let text = "a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nlast,,\n\n"
        let records = try read(try file(Array(text.utf8)))
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\nlines"], ["last", "", ""]])
        // The third record starts on line 4 because the second spans lines 2 and 3.
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test func detectsEncodings() throws {
        // "St Mary’s" in Windows-1252: the apostrophe is byte 0x92.
        let cp1252: [UInt8] = Array("name\nSt Mary".utf8) + [0x92] + Array("s\n".utf8)
        let reader = try CSVReader(path: try file(cp1252), displayName: "t.csv")
        #expect(reader.encoding == .windows1252)
        _ = try reader.next()
        #expect(try reader.next()?.fields == ["St Mary\u{2019}s"])
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("URN,Name\n1,Café\n".utf8)
        let withBOM = try read(try file(bom))
        #expect(withBOM[0].fields == ["URN", "Name"] && withBOM[1].fields == ["1", "Café"])
    }

    @Test func undecodableBytesNameTheLine() throws {
        let bytes: [UInt8] = Array("a\nb\nc".utf8) + [0xFF] + Array("\n".utf8)
        #expect(
            throws: CSVError(
                file: "t.csv", line: 3, field: "column 1",
                problem: "bytes that are not valid utf-8; expected utf-8 text (use --encoding to choose another)")
        ) {
            _ = try read(try file(bytes), encoding: .utf8)
        }
        // 0x81 is one of the five bytes Windows-1252 leaves undefined.
        #expect(throws: CSVError.self) { _ = try read(try file(Array("a\n".utf8) + [0x81]), encoding: .windows1252) }
    }

    @Test func malformedQuotesNameTheLine() throws {
        do {
            _ = try read(try file(Array("a,b\n1,\"open\n2,3\n".utf8)))
            Issue.record("an unclosed quote was accepted")
        } catch let error as CSVError {
            #expect(error.line == 2 && error.problem.contains("never closed"))
        }
        do {
            _ = try read(try file(Array("a,b\n1,x\"y\n".utf8)))
            Issue.record("a bare quote was accepted")
        } catch let error as CSVError {
            #expect(error.line == 2 && error.field == "column 2")
        }
    }

    @Test func largeFilesStreamAcrossChunks() throws {
        // 200,000 rows (about 3.9 MB) cross several 1 MiB chunk boundaries, one inside a quoted field.
        var text = "id,text\n"
        for i in 0..<200_000 { text += "\(i),\"v,\(i)\"\n" }
        let records = try read(try file(Array(text.utf8)))
        #expect(records.count == 200_001)
        #expect(records[123_457].fields == ["123456", "v,123456"] && records[123_457].line == 123_458)
    }
}
