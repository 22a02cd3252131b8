import Foundation
import Governance
import HTTPTypes
import Store
import TestSupport
import Testing

/// The officer's appointment page: correcting an appointment's dates and voiding it, each with a
/// reason (WebPageTests' accounts and site).
extension WebPageTests {
    /// The officer opens a member's appointment from the person page, is refused without a reason
    /// and when nothing changes, corrects the term end (the old version stays in the body's
    /// history, void, and the new one serves), then voids the corrected record; Sutton's
    /// appointment is not found for Merton's officer.
    @Test func officerCorrectsThenVoidsAnAppointment() async throws {
        try await Self.withSite { register, w, client in
            var officer = try await Self.signedIn(client, "officer@merton.example")
            let member = try await register.appointment(w.merton.memberAppointment)
            let person = try await officer.get("/people/\(member.personID.rawValue)")
            let uri = "/appointments/\(member.id.rawValue)"
            #expect(person.text.contains("href=\"\(uri)\""))
            let page = try await officer.get(uri)
            #expect(page.status == .ok && page.text.contains("Appointment \(member.id.labelled)"))
            let csrf = try #require(PageBrowser.hidden("csrf", in: page.text))
            #expect(try await officer.get("/appointments/\(w.sutton.memberAppointment.rawValue)").status == .notFound)

            // A day before the recorded term end, whatever it is (the fixture's member has one, after
            // the start): inside the four years a term may run and after the start.
            let termEnd = try #require(member.termEnd)
            let corrected = termEnd.adding(days: -1)
            #expect(corrected >= member.startDate)
            let fields = [("csrf", csrf), ("start", member.startDate.iso), ("term_end", corrected.iso)]
            let noReason = try await officer.post(uri + "/correct", fields)
            #expect(noReason.status == .unprocessableContent && noReason.text.contains("Enter why the record is corrected"))
            let unchanged = try await officer.post(
                uri + "/correct", [("csrf", csrf), ("start", member.startDate.iso), ("term_end", termEnd.iso), ("reason", "x")])
            #expect(unchanged.text.contains("Change the start date or the term end"))
            let badDate = try await officer.post(
                uri + "/correct", fields.dropLast() + [("term_end", "2019-13-45"), ("reason", "x")])
            #expect(badDate.status == .unprocessableContent && badDate.text.contains("Enter the term end as YYYY-MM-DD"))
            // A rule the register holds comes back on the form: an elected member has a term end.
            let cleared = try await officer.post(
                uri + "/correct", [("csrf", csrf), ("start", member.startDate.iso), ("term_end", ""), ("reason", "x")])
            #expect(cleared.status == .unprocessableContent && cleared.text.contains("ex officio"))
            #expect(try await register.appointment(member.id).termEnd == termEnd)

            let saved = try await officer.post(uri + "/correct", fields + [("reason", "Term end misread from the minutes")])
            #expect(saved.status == .seeOther)
            let location = try #require(saved.location)
            let newID = try #require(Int64(location.dropFirst("/appointments/".count).prefix { $0.isNumber }))
            #expect(newID != member.id.rawValue)
            #expect(try await officer.get(location).text.contains("replaces appointment \(member.id.labelled)"))
            #expect(try await register.appointment(AppointmentID(newID)).termEnd == corrected)
            await #expect(throws: StoreError.self) { try await register.appointment(member.id) }
            let history = try await officer.get("/bodies/\(w.merton.body.rawValue)/history")
            #expect(history.text.contains("<td>\(member.id.labelled)</td>"))  // void: kept, without a link
            #expect(history.text.contains("href=\"/appointments/\(newID)\""))

            let newURI = "/appointments/\(newID)"
            let noVoidReason = try await officer.post(newURI + "/void", [("csrf", csrf), ("void_reason", "")])
            #expect(
                noVoidReason.status == .unprocessableContent && noVoidReason.text.contains("Enter why the appointment is void"))
            let voided = try await officer.post(newURI + "/void", [("csrf", csrf), ("void_reason", "Never appointed")])
            #expect(voided.status == .seeOther)
            #expect(try await officer.get(voided.location ?? "").text.contains("Appointment A\(newID) is void"))
            #expect(try await register.appointments(bodyID: w.merton.body).allSatisfy { $0.id.rawValue != newID })
            #expect(try await officer.get(newURI).status == .notFound)
        }
    }
}

extension WebPageTests {
    /// The bodies list: every body in reach with its open vacancies, filtered by name and by
    /// "open vacancies" (Merton's body has one, opened 2015-09-01 and never filled; the second
    /// Merton body added here has none); Sutton's body is never listed for Merton's officer.
    @Test func officerFiltersTheBodiesList() async throws {
        try await Self.withSite { register, w, client in
            let other = try #require(
                try await register.addSchool(
                    School(urn: 102998, laCode: 315, establishmentNumber: 2998, name: "Other Merton", category: .community)))
            var officer = try await Self.signedIn(client, "officer@merton.example")
            let merton = try await register.body(String(w.merton.body.rawValue)).name
            let sutton = try await register.body(String(w.sutton.body.rawValue)).name
            let all = try await officer.get("/bodies")
            #expect(all.status == .ok)
            #expect(all.text.contains("/bodies/\(w.merton.body.rawValue)\"") && all.text.contains("/bodies/\(other.rawValue)\""))
            #expect(!all.text.contains(sutton) && !all.text.contains("/bodies/\(w.sutton.body.rawValue)\""))
            let open = try await officer.get("/bodies?vacancies=yes")
            #expect(
                open.text.contains("/bodies/\(w.merton.body.rawValue)\"") && !open.text.contains("/bodies/\(other.rawValue)\""))
            #expect(open.text.contains("checked"))
            let named = try await officer.get("/bodies?q=other%20merton")
            #expect(named.text.contains("/bodies/\(other.rawValue)\"") && !named.text.contains(">\(merton)<"))
            let none = try await officer.get("/bodies?q=other&vacancies=yes")
            #expect(none.text.contains("No governing body matches “other” with the filters chosen"))
        }
    }
}
