import Application
import Bootstrap
import Foundation
import Governance
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PostgresNIO
import Reports
import Server
import Store
import TestSupport
import Testing

/// The authority boundary at the depth where each break arose (issue 11, items 1, 2, 8 and 9):
/// one authority's officer cannot reach another's people through an appointment, tracking works
/// and stays within its authorities on the least-privilege login, community profiles belong to
/// authorities, and row-level security holds without the service's help.
@Suite struct AuthorityBoundaryTests {
    static func d(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    /// Item 1: a Sutton officer who names a Merton person in a new appointment on a Sutton body gets
    /// exactly the answer a person who does not exist gets, nothing is written, and the Merton
    /// person's routes stay closed to them. PostgreSQL refuses the same insert on its own.
    @Test func anotherAuthoritysPersonCannotBeAppointed() async throws {
        try await TestDatabase.withRegister { register, settings in
            let w = try await TwoAuthorities.make(register)
            let (_, suttonOfficer) = try await register.createToken(
                owner: "Sam Sutton", role: .officer, bodyID: nil, laCodes: [319], expiresOn: nil)
            let (_, suttonDPO) = try await register.createToken(
                owner: "Dee Sutton", role: .dpo, bodyID: nil, laCodes: [319], expiresOn: nil)
            let mertonPerson = w.merton.person
            let fingerprint = try await register.database.fingerprint()
            try await ServiceFixture.service(settings) { api in
                func appoint(_ person: PersonID) async throws -> (HTTPResponse.Status, String) {
                    let body =
                        #"{"body": "\#(w.sutton.body)", "person_id": \#(person), "category": "co_opted", "start": "2016-01-01"}"#
                    let answer = try await api.call(.post, "/api/v1/appointments", as: suttonOfficer, body)
                    return (answer.status, JSONShape.object(answer.json)["detail"] as? String ?? "")
                }
                let reached = try await appoint(mertonPerson)
                let missing = try await appoint(999_999)
                #expect(reached.0 == .notFound && missing.0 == .notFound)
                #expect(
                    reached.1.replacingOccurrences(of: String(mertonPerson), with: "#")
                        == missing.1.replacingOccurrences(of: "999999", with: "#"))
                for uri in ["", "/training"] {
                    let status = try await api.call(.get, "/api/v1/people/\(mertonPerson)\(uri)", as: suttonOfficer).status
                    #expect(status == .notFound, "/people/\(mertonPerson)\(uri): \(status)")
                }
                // The declarations are the data-protection role's: Sutton's cannot reach a Merton person's.
                for uri in ["/diversity", "/export"] {
                    let status = try await api.call(.get, "/api/v1/people/\(mertonPerson)\(uri)?reason=x", as: suttonDPO).status
                    #expect(status == .notFound, "/people/\(mertonPerson)\(uri): \(status)")
                }
                let declared =
                    #"{"date": "2016-01-01", "sex": "male", "ethnicity": "african", "collected_by": "paper_form"}"#
                #expect(
                    try await api.call(.post, "/api/v1/people/\(mertonPerson)/diversity", as: suttonOfficer, declared).status
                        == .notFound)
                // A review naming another body's chair says only that it is not this body's chair.
                let review =
                    #"{"chair_appointment_id": \#(w.merton.chairAppointment), "date": "2015-11-15", "judgement": "representative"}"#
                let answer = try await api.call(.post, "/api/v1/bodies/\(w.sutton.body)/reviews", as: suttonOfficer, review)
                let detail = JSONShape.object(answer.json)["detail"] as? String ?? ""
                #expect(answer.status == .unprocessableContent && !detail.contains("body \(w.merton.body)"), "\(detail)")
            }
            #expect(try await register.database.fingerprint() == fingerprint)
            // Below the service: the insert itself, as Sutton's scope, is refused by row-level security.
            try await Database.with(settings, actor: "sutton", authorityScope: .only([319])) { sutton in
                await #expect(throws: StoreError.self) {
                    try await sutton.write { (connection: PostgresConnection) async throws -> Void in
                        _ = try await connection.query(
                            """
                            INSERT INTO appointments (person_id, body_id, category, start_date, term_end)
                            VALUES (\(mertonPerson), \(w.sutton.body), 'co_opted', '2016-01-01', '2019-12-31')
                            """, logger: sutton.logger)
                    }
                }
            }
        }
    }

    /// Items 2 and 9: on the least-privilege login a tracking run that raises alerts records them
    /// and their events; a run for Sutton alone checks Sutton alone and leaves Merton's open alerts
    /// as they are.
    @Test func trackingRunsOnTheApplicationLoginAndStaysInItsAuthorities() async throws {
        try await TestDatabase.withRegister { register, settings in
            let w = try await TwoAuthorities.make(register)
            let thresholds = TrackingThresholds()
            try await Database.with(settings, actor: "merton run", authorityScope: .only([315])) { merton in
                let run = try await TrackingRunner(register: Register(merton), thresholds: thresholds).run(
                    asOf: Self.d("2015-11-30"))
                #expect(run.result.raised > 0)
                let events = try await Register(merton).alertEvents(trackingRunID: run.result.runID)
                #expect(events.raised.count == run.result.raised && events.raised.allSatisfy { $0.laCode == 315 })
            }
            let mertonOpen = try await register.alerts(openOnly: true).filter { $0.laCode == 315 }
            #expect(!mertonOpen.isEmpty)
            // Sutton's run sees no Merton finding, and must not resolve Merton's alerts.
            let (_, suttonOfficer) = try await register.createToken(
                owner: "Sam Sutton", role: .officer, bodyID: nil, laCodes: [319], expiresOn: nil)
            try await ServiceFixture.service(settings) { api in
                let run = try await api.call(.post, "/api/v1/tracking/runs?as_of=2015-11-30", as: suttonOfficer)
                #expect(run.status == .created)
                #expect(JSONShape.object(run.json)["resolved"] as? Int64 == 0)
            }
            let after = try await register.alerts(openOnly: true).filter { $0.laCode == 315 }
            #expect(after.map(\.id) == mertonOpen.map(\.id))
            #expect(try await register.alerts(openOnly: true).contains { $0.laCode == 319 })
            _ = w
        }
    }

    /// Item 9: row-level security is a line of its own. A connection that names no authority sees
    /// no one's rows; the owner role is held to the policies on the people tables (FORCE); and the
    /// service's pool starts with no authority.
    @Test func rowLevelSecurityHoldsWithoutTheService() async throws {
        try await TestDatabase.withRegister { register, settings in
            _ = try await TwoAuthorities.make(register)
            try await Database.with(settings, actor: "nobody in particular", authorityScope: .none) {
                (none: Database) async throws -> Void in
                let nobody = Register(none)
                #expect(try await nobody.schools().isEmpty)
                #expect(try await nobody.localAuthorities().isEmpty)
                #expect(try await DatabaseProbe.rowCount(nobody, "people") == 0)
                #expect(try await DatabaseProbe.rowCount(nobody, "diversity_declarations") == 0)
                #expect(try await DatabaseProbe.rowCount(nobody, "appointments") == 0)
            }
            // The owner login (a member of govmon_owner) is subject to the people tables' policies too.
            let name = settings.database
            try await Database.with(TestDatabase.owner(name), actor: "owner", authorityScope: .none) {
                (owner: Database) async throws -> Void in
                let asOwner = Register(owner)
                #expect(try await DatabaseProbe.rowCount(asOwner, "people") == 0)
                #expect(try await DatabaseProbe.rowCount(asOwner, "diversity_declarations") == 0)
                #expect(try await DatabaseProbe.rowCount(Register(owner.scoped(to: .all)), "people") == 4)
            }
            let forced = try await DatabaseProbe.text(
                register,
                """
                SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class
                WHERE relforcerowsecurity AND relnamespace = 'public'::regnamespace
                """)
            for table in ["people", "diversity_declarations", "diversity_objections", "alerts", "chair_reviews"] {
                #expect(forced.split(separator: ",").contains(Substring(table)), "\(table) is not FORCE: \(forced)")
            }
        }
    }

    /// Item 9: the service will not run as a login that escapes row-level security (the owner's
    /// here), unless told it is a single-user machine.
    @Test func theServiceRefusesALoginThatEscapesRowLevelSecurity() async throws {
        try await TestDatabase.withRegister { _, settings in
            let owner = TestDatabase.owner(settings.database)
            let refused = try await CommandRunner.run(["serve", "--port", String(ServeProcess.port())], database: owner)
            #expect(refused.status == 1 && refused.stderr.contains("member of govmon_owner"), "\(refused.stderr)")
        }
    }

    /// Item 9: the shipped deployment files keep the migration login and the service login apart,
    /// and no service runs as the database superuser.
    @Test func theDeploymentFilesUseSeparateLogins() throws {
        let root = TestDatabase.root.appendingPathComponent("deploy")
        func read(_ path: String) throws -> String { try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) }
        func user(_ url: Substring) -> String? {
            url.split(separator: "//").last?.split(separator: ":").first.map(String.init)
        }
        func urls(_ text: String) -> [Substring] {
            text.split(separator: "\n").compactMap { line in
                line.range(of: "postgres://").map { line[$0.lowerBound...] }
            }
        }
        let service = try urls(read("govmon.env.example")).compactMap(user)
        let migrate = try urls(read("migrate.env.example")).compactMap(user)
        #expect(service == ["govmon_service"] && migrate == ["govmon_migrator"])
        #expect(try read("systemd/govmon-migrate.service").contains("EnvironmentFile=/etc/govmon/migrate.env"))
        #expect(try !read("systemd/govmon.service").contains("migrate.env"))
        #expect(try read("systemd/govmon.service").contains("LimitNOFILE="))
        let compose = try read("docker/compose.yaml")
        let composeUsers = Set(urls(compose).compactMap(user))
        #expect(composeUsers == ["govmon_service", "govmon_migrator"], "\(composeUsers)")
        #expect(!compose.contains("POSTGRES_USER: govmon"))
        let roles = try read("docker/init-roles.sql")
        #expect(roles.contains("govmon_service LOGIN") && roles.contains("IN ROLE govmon_app"))
    }

    /// Item 8: a profile belongs to the authority whose area it describes. Sutton cannot add one for
    /// Merton's area, even naming Sutton; Merton's figures compare only with its own or shared
    /// profiles; a body cannot be linked to another authority's; a withdrawn profile is no longer
    /// a comparator, and the withdrawal is audited.
    @Test func communityProfilesBelongToTheirAuthority() async throws {
        try await TestDatabase.withRegister { register, settings in
            let w = try await TwoAuthorities.make(register)
            let mertonArea = try Fixtures.file(
                """
                geography_code,geography_name,dimension,category,count
                E09000024,Merton,sex,female,1
                E09000024,Merton,sex,male,99

                """)
            try await Database.with(settings, actor: "sutton officer", authorityScope: .only([319])) { sutton in
                await #expect(throws: StoreError.self) {
                    _ = try await ProfileImport(register: Register(sutton)).run(
                        path: mertonArea, displayName: "m.csv", encoding: nil,
                        source: ProfileSource(source: "Hostile", referenceDate: Self.d("2020-01-01")),
                        owner: ProfileOwner(laCode: 319, scope: .only([319])))
                }
            }
            // Even an every-authority importer cannot file Merton's area under Sutton.
            await #expect(throws: StoreError.self) {
                _ = try await ProfileImport(register: register).run(
                    path: mertonArea, displayName: "m.csv", encoding: nil,
                    source: ProfileSource(source: "Mislabelled", referenceDate: Self.d("2020-01-01")),
                    owner: ProfileOwner(laCode: 319))
            }
            let suttonProfile = try await register.profile(String(w.sutton.profile))
            await #expect(throws: StoreError.self) {
                _ = try await register.linkComparator(bodyID: w.merton.body, profile: suttonProfile)
            }
            func mertonComparator() async throws -> String? {
                let inputs = try await register.representationInputs(laCode: 315, asOf: Self.d("2015-11-30"))
                return inputs.sexProfile[w.merton.body]?.name
            }
            let mertonProfiles = try await register.profiles().filter { $0.laCode == 315 }
            let mertonSex = try #require(mertonProfiles.first { !$0.profile.classification.isEthnicity })
            let mertonEthnicity = try #require(mertonProfiles.first { $0.profile.classification.isEthnicity })
            #expect(try await mertonComparator() == mertonSex.profile.name)
            // Over HTTP the Sutton officer cannot withdraw Merton's (public) profile.
            let (_, suttonOfficer) = try await register.createToken(
                owner: "Sam Sutton", role: .officer, bodyID: nil, laCodes: [319], expiresOn: nil)
            try await ServiceFixture.service(settings) { api in
                let refused = try await api.call(
                    .post, "/api/v1/profiles/\(mertonEthnicity.id)/withdraw", as: suttonOfficer,
                    #"{"on": "2016-01-01", "reason": "x"}"#)
                #expect(refused.status == .forbidden)
            }
            #expect(try await register.profile(String(mertonEthnicity.id)).withdrawnOn == nil)
            try await register.withdrawProfile(mertonSex.id, on: Self.d("2016-01-01"), reason: "superseded")
            #expect(try await mertonComparator() == nil)
            let entry = try #require(try await register.audit(table: "community_profiles", limit: 1).first)
            #expect(entry.after?.contains("superseded") == true && entry.actor == "test-officer")
        }
    }
}
