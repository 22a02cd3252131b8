import Application
import Foundation
import Governance
import Reports
import Store
import TestSupport
import Testing

/// Consistent suppression across runs: a board version recorded for an authority and date keeps the
/// cells it hid; a later run for the same date (after a correction) hides them again, even when the
/// count has become publishable, so that the two published papers together reveal nothing.
@Suite struct ConsistentSuppressionTests {
    @Test func aCellAnEarlierRunHidStaysHiddenAfterACorrection() async throws {
        try await TestDatabase.withRegister { register, _ in
            // Fixtures.representedBody: a local authority governor (a woman) and 8 co-opted (2
            // women, 5 men, 1 not asked); 5 more of each category who have not declared. Women,
            // "all governors": in post 19, in group 3 (under 5: hidden), not in group 5, unknown 11.
            let (body, _) = try await Fixtures.representedBody(register)
            try await Fixtures.appointUndeclared(register, to: body, count: 10, localAuthority: 5)
            let run = BoardReportRun(register: register, settings: BoardReportTests.settings())
            let date = Fixtures.d("2015-11-30")
            let first = try await run.compose(laCode: 315, asOf: date, since: nil, audience: .board)
            #expect(Self.cell(first, "representation-women|all governors|In group") == .suppressed)
            try await run.record(first, format: "json", sha256: "first", path: nil, via: "test")

            // A correction: two co-opted women's forms, dated in February, entered late: women 5.
            for index in 0..<2 {
                let appointment = try await register.appoint(
                    NewAppointment(
                        appointee: .new(PersonName(forename1: "W\(index)", surname: "Late")), bodyID: body,
                        category: .coOpted, startDate: Fixtures.d("2015-01-01"), termYears: 4))
                _ = try await register.recordDiversity(
                    personID: try await register.appointment(appointment).personID, on: Fixtures.d("2015-02-01"),
                    sex: .female, ethnicity: .whiteBritish, collectedBy: .paperForm)
            }
            // A run for a date no paper has been published for shows some of what the first run hid
            // (so the check below is not empty) ...
            let fresh = try await run.compose(laCode: 315, asOf: Fixtures.d("2015-11-29"), since: nil, audience: .board)
            let revealed = first.hiddenCells.filter { if case .count = Self.cell(fresh, $0) { true } else { false } }
            try #require(!revealed.isEmpty, "\(first.hiddenCells)")
            // ... while the run for the published date hides all of it again, and its other cells keep
            // it from being worked out (the same checker as every board table).
            let second = try await run.compose(laCode: 315, asOf: date, since: nil, audience: .board)
            for key in revealed { #expect(Self.cell(second, key) == .suppressed, "\(key)") }
            #expect(BoardReportTests.expectNothingRecoverable(second, threshold: 5) > 0)
            // The run keeps the positions it hid, never the values.
            try await run.record(second, format: "json", sha256: "second", path: nil, via: "test")
            let kept = try await register.hiddenCells(kind: "mga_board", laCode: 315, asOf: date, audience: "board")
            #expect(Set(first.hiddenCells).isSubset(of: kept) && kept.allSatisfy { $0.split(separator: "|").count == 3 })
        }
    }

    /// The same for a table outside the representation tables: objections in the data-quality table.
    @Test func aHiddenObjectionCountStaysHiddenAfterMoreObjections() async throws {
        try await TestDatabase.withRegister { register, _ in
            // Fixtures.representedBody and 10 governors with no declaration; 3 of those object
            // (dated February 2015): "Objected" is 3, under 5, so the board does not see it.
            let (body, _) = try await Fixtures.representedBody(register)
            let undeclared = try await Fixtures.appointUndeclared(register, to: body, count: 10)
            for person in undeclared[0..<3] { try await register.recordObjection(personID: person, on: Fixtures.d("2015-02-01")) }
            let run = BoardReportRun(register: register, settings: BoardReportTests.settings())
            let date = Fixtures.d("2015-11-30"), key = "quality-declarations|#0|Objected"
            let first = try await run.compose(laCode: 315, asOf: date, since: nil, audience: .board)
            #expect(Self.cell(first, key) == .suppressed)
            try await run.record(first, format: "md", sha256: "first", path: nil, via: "test")
            // Two more objections, entered late: 5.
            for person in undeclared[3..<5] { try await register.recordObjection(personID: person, on: Fixtures.d("2015-02-01")) }
            let fresh = try await run.compose(laCode: 315, asOf: Fixtures.d("2015-11-29"), since: nil, audience: .board)
            #expect(Self.cell(fresh, key) == .count(5))
            let second = try await run.compose(laCode: 315, asOf: date, since: nil, audience: .board)
            #expect(Self.cell(second, key) == .suppressed)
            #expect(BoardReportTests.expectNothingRecoverable(second, threshold: 5) > 0)
        }
    }

    /// The cell "table id|row label|column" of a report.
    static func cell(_ report: BoardReport, _ key: String) -> ReportCell? {
        let parts = key.split(separator: "|").map(String.init)
        guard let table = report.sections.flatMap(\.tables).first(where: { $0.id == parts[0] }),
            let column = table.columns.firstIndex(of: parts[2]),
            let row = table.rows.enumerated().first(where: { BoardReport.rowKey($0.element, $0.offset) == parts[1] })?.element
        else { return nil }
        return row[column]
    }
}
