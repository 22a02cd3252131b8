import Foundation
import Governance
import Store
import TestSupport
import Testing

/// The pages' reads run as named prepared statements (docs/web.md, "Speed"). PostgresNIO keeps a
/// statement's failed preparation for its connection's life, so a read first met inside a failed
/// transaction would fail on that connection for ever unless the connection is let go.
@Suite struct CachedStatementTests {
    static func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    struct RollBack: Error {}

    @Test func aReadFirstPreparedInAFailedTransactionWorksAgainAfterIt() async throws {
        // One connection, so the read after the failure is on the connection that remembers it.
        try await TestDatabase.withRegister(maximumConnections: 1) { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let ann = try await register.appoint(
                NewAppointment(
                    appointee: .new(PersonName(forename1: "Ann", surname: "Smith")), bodyID: body, category: .parent,
                    startDate: Self.date("2015-09-01"), termYears: 4))
            let person = try await register.appointment(ann).personID
            let vacancy = try await register.openVacancy(
                bodyID: body, category: .coOpted, openedOn: Self.date("2015-09-01"), reason: .resigned, note: nil)
            var failures: [String] = []
            do {
                try await register.inOneTransaction { joined in
                    // Ann serving twice at once breaks an exclusion constraint in PostgreSQL:
                    // the transaction has failed.
                    do {
                        _ = try await joined.appoint(
                            NewAppointment(
                                appointee: .existing(personID: person), bodyID: body, category: .coOpted,
                                startDate: Self.date("2017-01-01"), termYears: 1))
                    } catch is StoreError { failures.append("appoint") }
                    // This filter's statement (a body's vacancies open on a date) is first
                    // prepared here, in the failed transaction, and fails.
                    do {
                        _ = try await joined.vacancies(bodyID: body, openOn: Self.date("2015-10-01"))
                    } catch { failures.append("read") }
                    throw RollBack()
                }
            } catch is RollBack {}
            #expect(failures == ["appoint", "read"])
            // The same read on the pool's one connection now works (twice: prepared, then reused).
            for _ in 0..<2 {
                let open = try await register.vacancies(bodyID: body, openOn: Self.date("2015-10-01"))
                #expect(open.map(\.id) == [vacancy])
            }
        }
    }

    @Test func eachCombinationOfFiltersFindsWhatItNames() async throws {
        try await TestDatabase.withRegister { register, _ in
            let body = try await Fixtures.communitySchool(register)
            let early = try await register.openVacancy(
                bodyID: body, category: .parent, openedOn: Self.date("2015-09-01"), reason: .resigned, note: nil)
            let late = try await register.openVacancy(
                bodyID: body, category: .coOpted, openedOn: Self.date("2016-01-04"), reason: .newSeat, note: nil)
            // By hand: on 2015-10-01 only the first is open; both are the body's; by id, each itself.
            #expect(try await register.vacancies(bodyID: body, openOn: Self.date("2015-10-01")).map(\.id) == [early])
            #expect(try await register.vacancies(bodyID: body).map(\.id) == [early, late])
            #expect(try await register.vacancies(openOn: Self.date("2016-02-01")).map(\.id) == [early, late])
            #expect(try await register.vacancy(late).id == late)
            #expect(try await register.vacancies(laCode: 315, openOn: Self.date("2015-08-31")).isEmpty)
            #expect(try await register.vacancies(laCode: 999).isEmpty)
        }
    }
}
