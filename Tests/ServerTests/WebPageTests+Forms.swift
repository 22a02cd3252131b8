import Application
import Foundation
import Governance
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Store
import TestSupport
import Testing

/// The officer's forms, the data-protection officer's read, the second factor and the dashboard's
/// panels (WebPageTests' accounts and site).
extension WebPageTests {
    /// An officer appoints through the body page: a second local authority governor against one
    /// seat is refused naming the override, then recorded with it and its reason; a training
    /// record is voided with a reason (refused without one) and leaves the person's list.
    @Test func officerAppointsWithAnOverrideAndVoidsTraining() async throws {
        try await Self.withSite { register, w, client in
            var officer = try await Self.signedIn(client, "officer@merton.example")
            let page = try await officer.get("/bodies/\(w.merton.body.rawValue)")
            let csrf = try #require(PageBrowser.hidden("csrf", in: page.text))
            let uri = "/bodies/\(w.merton.body.rawValue)/appointments"
            func appoint(_ forename: String, _ extra: [(String, String)] = []) async throws -> PageBrowser.Answer {
                try await officer.post(
                    uri,
                    [
                        ("csrf", csrf), ("forename", forename), ("surname", "Lagov"), ("category", "local_authority"),
                        ("start", "2016-01-04"), ("term_years", "4"),
                    ] + extra)
            }
            #expect(try await appoint("Lara").status == .seeOther)
            let refused = try await appoint("Luke")
            #expect(refused.status == .unprocessableContent && refused.text.contains("tick “Record it anyway” and say why"))
            #expect(try await appoint("Luke", [("allow_over", "yes")]).text.contains("“Record it anyway” needs a reason"))
            let recorded = try await appoint("Luke", [("allow_over", "yes"), ("reason", "Interim until the LA nominee starts")])
            #expect(recorded.status == .seeOther)
            let serving = try await register.appointments(bodyID: w.merton.body).filter { $0.category == .localAuthority }
            #expect(serving.count == 2)
            // The person page lists the member's induction, with a form to void it.
            let personURI = "/people/\(w.merton.person.rawValue)"
            let person = try await officer.get(personURI)
            let action = try #require(person.text.range(of: #"/training/[0-9]+/void"#, options: .regularExpression))
            let void = String(person.text[action])
            let noReason = try await officer.post(void, [("csrf", csrf), ("reason", " ")])
            #expect(noReason.status == .unprocessableContent && noReason.text.contains("Enter why the training record is void"))
            #expect(try await register.training(personID: w.merton.person).count == 1)
            let voided = try await officer.post(void, [("csrf", csrf), ("reason", "Recorded for the wrong person")])
            #expect(voided.status == .seeOther)
            #expect(try await register.training(personID: w.merton.person).isEmpty)
            #expect(try await officer.get(voided.location ?? "").text.contains("its history keeps it"))
        }
    }

    /// The data-protection officer reads an individual's declarations on the person page, with a
    /// reason (refused without one), recorded with who and why; an officer's page offers no way to.
    @Test func dataProtectionOfficerReadsWithAReason() async throws {
        try await Self.withSite { register, w, client in
            var dpo = try await Self.signedIn(client, "dpo@merton.example")
            let uri = "/people/\(w.merton.person.rawValue)"
            let page = try await dpo.get(uri)
            #expect(page.status == .ok && page.text.contains("Read the declarations") && !page.text.contains("African"))
            let csrf = try #require(PageBrowser.hidden("csrf", in: page.text))
            let blank = try await dpo.post(uri + "/declarations", [("csrf", csrf), ("reason", "")])
            #expect(blank.status == .unprocessableContent && blank.text.contains("Enter why you need to read"))
            #expect(try await DatabaseProbe.count(register, "SELECT count(*) FROM declaration_reads") == 0)
            let read = try await dpo.post(uri + "/declarations", [("csrf", csrf), ("reason", "Subject access request")])
            // TwoAuthorities: the Merton member declared male, African, on 2015-02-01.
            #expect(read.status == .ok && read.text.contains("Black, Black British, Black Welsh, Caribbean or African: African"))
            #expect(read.text.contains("2015-02-01") && read.text.contains("Male"))
            let logged = try await DatabaseProbe.text(
                register, "SELECT read_by || '|' || reason || '|' || via || '|' || what FROM declaration_reads")
            #expect(
                logged.hasPrefix("dpo@merton.example (web, account ")
                    && logged.hasSuffix("|Subject access request|web|declarations"))
            var officer = try await Self.signedIn(client, "officer@merton.example")
            let officers = try await officer.get(uri)
            #expect(!officers.text.contains("Read the declarations") && officers.text.contains("Declared (last on 2015-02-01)"))
        }
    }

    /// The body page's other officer forms: a vacancy opened (refused naming the field when its
    /// date is wrong), filled by an appointment, an appointment ended; the history page then lists
    /// the ended appointment and a voided one, marked.
    @Test func officerOpensFillsAndEnds() async throws {
        try await Self.withSite { register, w, client in
            var officer = try await Self.signedIn(client, "officer@merton.example")
            let body = "/bodies/\(w.merton.body.rawValue)"
            let csrf = try #require(PageBrowser.hidden("csrf", in: try await officer.get(body).text))
            let wrong = try await officer.post(
                body + "/vacancies",
                [("csrf", csrf), ("vacancy_category", "parent"), ("opened", "31/02/2016"), ("vacancy_reason", "resigned")])
            #expect(wrong.status == .unprocessableContent && wrong.text.contains("href=\"#opened\""))
            let opened = try await officer.post(
                body + "/vacancies",
                [("csrf", csrf), ("vacancy_category", "parent"), ("opened", "2016-01-04"), ("vacancy_reason", "resigned")])
            #expect(opened.status == .seeOther)
            let vacancy = try #require(
                try await register.vacancies(bodyID: w.merton.body).first {
                    $0.category == .parent && $0.openedOn.iso == "2016-01-04"
                })
            let appointed = try await officer.post(
                body + "/appointments",
                [("csrf", csrf), ("forename", "Pat"), ("surname", "Parent"), ("category", "parent"), ("start", "2016-02-01")])
            #expect(appointed.status == .seeOther)
            let pat = try #require(try await register.appointments(bodyID: w.merton.body).first { $0.personName == "Pat Parent" })
            let filled = try await officer.post(
                body + "/vacancies/fill", [("csrf", csrf), ("vacancy", vacancy.id.labelled), ("filled_by", pat.id.labelled)])
            #expect(filled.status == .seeOther)
            #expect(try await register.vacancy(vacancy.id).filledByAppointment == pat.id)
            let ended = try await officer.post(
                body + "/appointments/end",
                [
                    ("csrf", csrf), ("appointment", w.merton.memberAppointment.labelled), ("end_date", "2016-03-31"),
                    ("end_reason", "resigned"),
                ])
            #expect(ended.status == .seeOther)
            #expect(try await register.appointment(w.merton.memberAppointment).endedOn?.iso == "2016-03-31")
            // Another authority's appointment cannot be ended from this body's page.
            let other = try await officer.post(
                body + "/appointments/end",
                [
                    ("csrf", csrf), ("appointment", w.sutton.memberAppointment.labelled), ("end_date", "2016-03-31"),
                    ("end_reason", "resigned"),
                ])
            #expect(other.status == .notFound)
            _ = try await RecordCorrections(register: register, today: CalendarDate(iso: "2016-04-01")!)
                .void(.appointment, id: pat.id.rawValue, reason: "entered on the wrong body")
            let history = try await officer.get(body + "/history")
            #expect(history.status == .ok && history.text.contains("Pat Parent") && history.text.contains("<td>void</td>"))
            #expect(history.text.contains("2016-03-31 (resigned)"))
        }
    }

    /// RFC 6238's own test vector (appendix B: SHA-1, secret "12345678901234567890", T = 59 s,
    /// 8 digits: 94287082) holds for the codes the pages check; then an officer with a second
    /// factor is refused without the code and with a wrong one (each a failed attempt), and signs
    /// in with the code of now.
    @Test func officersSecondFactor() async throws {
        #expect(SecondFactor.code(secret: "12345678901234567890", at: Date(timeIntervalSince1970: 59), digits: 8) == 94_287_082)
        #expect(
            SecondFactor.code(secret: "12345678901234567890", at: Date(timeIntervalSince1970: 1_111_111_109), digits: 8)
                == 7_081_804)
        try await Self.withSite { register, _, client in
            let accounts = Accounts(register: register, cost: 10)
            await #expect(throws: RuleViolation.self) { _ = try await accounts.setSecondFactor(email: "board@merton.example") }
            let secret = try await accounts.setSecondFactor(email: "officer@merton.example")
            var browser = PageBrowser(client: client)
            let without = try await browser.signIn("officer@merton.example", Self.password)
            #expect(without.status == .unauthorized && without.text.contains("Enter the 6-digit security code"))
            let now = SecondFactor.code(secret: secret, at: Date())
            let wrong = String(format: "%06d", (now + 500_000) % 1_000_000)
            // Each answer of the sign-in page carries a fresh form token: post from the latest.
            func answer(_ code: String) async throws -> PageBrowser.Answer {
                let form = try await browser.get("/sign-in")
                return try await browser.post(
                    "/sign-in",
                    [
                        ("form_token", PageBrowser.hidden("form_token", in: form.text) ?? ""),
                        ("email", "officer@merton.example"),
                        ("password", Self.password), ("code", code),
                    ])
            }
            #expect(try await answer(wrong).status == .unauthorized)
            let signed = try await answer(String(format: "%06d", now))
            #expect(signed.status == .seeOther && signed.location == "/dashboard")
            #expect(try await DatabaseProbe.count(register, "SELECT count(*) FROM sign_in_attempts WHERE NOT succeeded") == 2)
            let audit = try await DatabaseProbe.text(
                register, "SELECT string_agg(coalesce(after::text, ''), ' ') FROM audit_log WHERE table_name = 'user_accounts'")
            #expect(!audit.contains(secret))
        }
    }

    /// The dashboard's reconstitution panel: Merton's one body has a 2012 instrument in force from
    /// 2015-09-01 (TwoAuthorities), so the Merton officer sees one reconstituted and none overdue;
    /// Sutton's body is outside their reach and not counted.
    @Test func dashboardShowsReconstitutionProgress() async throws {
        try await Self.withSite { _, _, client in
            var officer = try await Self.signedIn(client, "officer@merton.example")
            let page = try await officer.get("/dashboard")
            let panel = try #require(page.text.components(separatedBy: "id=\"reconstitution\"").last)
            #expect(panel.contains("Reconstituted</dt><dd class=\"summary-list__value\">1</dd>"))
            #expect(panel.contains("Not started</dt><dd class=\"summary-list__value\">0</dd>"))
            #expect(panel.contains("No body is past the deadline."))
        }
    }
}
