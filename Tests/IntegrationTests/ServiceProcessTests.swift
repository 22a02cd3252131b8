import Foundation
import Governance
import Store
import TestSupport
import Testing

/// Real `govmon serve` processes: replicas scheduling once, failover, SIGTERM, and PostgreSQL
/// going away and coming back, all through curl.
@Suite(.serialized) struct ServiceProcessTests {
    /// Two replicas against one database with a slot due: the tracking run happens once. The
    /// replica holding the lock is killed mid-slot; the other runs the slot on its next tick.
    @Test func scheduledTrackingRunsOnceAcrossReplicasAndFailsOver() async throws {
        try await TestDatabase.withRegister { register, settings in
            let hourly = ["GOVMON_SERVER_TRACKING_SCHEDULE": "every 3600s"]
            let a = try ServeProcess(port: ServeProcess.port(), database: settings, environment: hourly)
            let b = try ServeProcess(port: ServeProcess.port(), database: settings, environment: hourly)
            try await a.waitUntilUp()
            try await b.waitUntilUp()
            // Wait for the slot's run (tracking and retention take seconds when the whole suite
            // shares two cores), then long enough for the other replica's next tick to have run it
            // again had the lock not held.
            var polls = 0
            while try await register.schedulerCounts().trackingRuns == 0 && polls < 300 {
                try await Task.sleep(for: .milliseconds(200))
                polls += 1
            }
            try await Task.sleep(for: .seconds(3))
            var counts = try await register.schedulerCounts()
            #expect(counts.slots == 1 && counts.trackingRuns == 1, "\(counts)\n\(a.output)\n\(b.output)")
            // Prometheus metrics: requests by route and status, the tracking run on the replica that
            // made it (one of the two), open alerts and the pool size.
            let metrics = try await [a, b].asyncMap { try await ServeProcess.curl("http://127.0.0.1:\($0.port)/metrics") }
            #expect(metrics.allSatisfy { $0.status == 200 })
            let text = metrics.map(\.body)
            #expect(
                text.allSatisfy {
                    $0.contains(
                        "hb_requests{http_route=\"/health\",http_request_method=\"GET\",http_response_status_code=\"200\"}")
                })
            #expect(text.allSatisfy { $0.contains("http_server_request_duration_bucket{http_route=\"/health\"") })
            #expect(text.filter { $0.contains("govmon_tracking_runs_total 1") }.count == 1, "\(text)")
            #expect(text.allSatisfy { $0.contains("govmon_alerts_open ") && $0.contains("govmon_db_pool_max_connections ") })
            // SIGTERM: each replica finishes and exits cleanly.
            a.signal(SIGTERM)
            b.signal(SIGTERM)
            #expect(await a.waitForExit() == 0)
            #expect(await b.waitForExit() == 0)

            // Failover: C runs a new slot and holds the lock; killed with SIGKILL before it records the
            // slot; D, waiting, runs the slot on its next tick.
            let everyMinute = ["GOVMON_SERVER_TRACKING_SCHEDULE": "every 60s"]
            let c = try ServeProcess(
                port: ServeProcess.port(), database: settings,
                environment: everyMinute.merging(["GOVMON_SERVER_HOLD_SECONDS": "600"]) { $1 })
            try await c.waitUntilUp()
            let before = try await register.schedulerCounts()
            var waited = 0
            while try await register.schedulerCounts().trackingRuns == before.trackingRuns && waited < 150 {
                try await Task.sleep(for: .milliseconds(200))
                waited += 1
            }
            let d = try ServeProcess(port: ServeProcess.port(), database: settings, environment: everyMinute)
            try await d.waitUntilUp()
            try await Task.sleep(for: .seconds(1))
            counts = try await register.schedulerCounts()
            #expect(counts.slots == before.slots, "C holds the slot; it is not recorded yet")
            c.signal(SIGKILL)
            _ = await c.waitForExit()
            waited = 0
            while try await register.schedulerCounts().slots == before.slots && waited < 100 {
                try await Task.sleep(for: .milliseconds(200))
                waited += 1
            }
            counts = try await register.schedulerCounts()
            #expect(counts.slots == before.slots + 1, "D did not take over: \(d.output)")
            d.signal(SIGTERM)
            #expect(await d.waitForExit() == 0)
        }
    }

    /// The service's scheduled slot runs tracking and then retention (retention.in_service): a
    /// governor whose term ended in 2013 has their declaration erased by the service itself, and
    /// the run is recorded; with retention.in_service false, nothing is erased.
    @Test func theScheduledSlotAlsoAppliesRetention() async throws {
        try await TestDatabase.withRegister { register, settings in
            let body = try await Fixtures.communitySchool(register)
            // Term 2010-09-01 + 3 years: ended 2013-08-31, more than 12 months before any date the test runs on.
            let (person, _) = try await Fixtures.appoint(
                register, "Lena", "Leaver", body: body, start: "2010-09-01", years: 3, declared: (.female, .caribbean),
                leftAtTermEnd: true)
            let off = try ServeProcess(
                port: ServeProcess.port(), database: settings,
                environment: ["GOVMON_SERVER_TRACKING_SCHEDULE": "every 3600s", "GOVMON_RETENTION_IN_SERVICE": "false"])
            try await off.waitUntilUp()
            var waited = 0
            while try await register.schedulerCounts().trackingRuns == 0 && waited < 100 {
                try await Task.sleep(for: .milliseconds(200))
                waited += 1
            }
            off.signal(SIGTERM)
            #expect(await off.waitForExit() == 0)
            #expect(try await register.schedulerCounts().trackingRuns == 1, "\(off.output)")
            #expect(try await DatabaseProbe.count(register, "SELECT count(*) FROM retention_runs") == 0)
            #expect(try await DatabaseProbe.count(register, "SELECT count(*) FROM diversity_declarations") == 1)

            // Slots every 60 s. Slots are keyed by their start, so in the first minute of an hour the
            // current one is the hourly slot just taken: the wait allows for the next minute's, and
            // as long again for a machine busy with other work (the loop ends as soon as it runs).
            let on = try ServeProcess(
                port: ServeProcess.port(), database: settings,
                // One leaver of one who declared is the whole register: allowed here on purpose
                // (BoundaryTests holds a scheduled run that is too large).
                environment: ["GOVMON_SERVER_TRACKING_SCHEDULE": "every 60s", "GOVMON_RETENTION_LARGE_SHARE": "1"])
            try await on.waitUntilUp()
            waited = 0
            while try await DatabaseProbe.count(register, "SELECT count(*) FROM retention_runs") == 0 && waited < 750 {
                try await Task.sleep(for: .milliseconds(200))
                waited += 1
            }
            on.signal(SIGTERM)
            #expect(await on.waitForExit() == 0)
            #expect(try await DatabaseProbe.count(register, "SELECT count(*) FROM retention_runs") == 1, "\(on.output)")
            let erased = try await DatabaseProbe.count(
                register, "SELECT count(*) FROM diversity_declarations WHERE person_id = \(person)")
            #expect(erased == 0)
            #expect(
                try await DatabaseProbe.count(
                    register, "SELECT count(*) FROM retention_actions WHERE person_id = \(person)") >= 1)
        }
    }

    /// PostgreSQL stops while the service runs: /ready goes false, requests fail cleanly (503,
    /// problem+json) and write nothing; it starts again: /ready is true and requests succeed.
    @Test func theServiceRidesOutADatabaseOutage() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-pg-\(UUID().uuidString)").path
        // Below the kernel's ephemeral range (32768 up): a client socket elsewhere in the suite cannot hold it.
        let port = Int.random(in: 30_000...32_000)
        let cluster = ["GOVMON_PGDATA": folder + "/data", "GOVMON_PGPORT": String(port), "GOVMON_PGDATABASE": "govmon"]
        #expect(try Self.localPostgres("start", cluster) == 0)
        defer { _ = try? Self.localPostgres("stop", cluster); try? FileManager.default.removeItem(atPath: folder) }
        let database = DatabaseSettings(host: "127.0.0.1", port: port, user: "govmon", password: nil, database: "govmon")
        #expect(try await CommandRunner.run(["db", "migrate"], database: database).status == 0)
        let tokenOutput = try await CommandRunner.run(
            ["token", "create", "--owner", "Olive", "--role", "officer"], database: database)
        let token = String(tokenOutput.stdout.split(separator: "\n").last ?? "")
        #expect(try await CommandRunner.run(["la", "add", "315", "Merton"], database: database).status == 0)
        // The service connects as the cluster's least-privilege login, as it must.
        #expect(try Self.localPostgres("service-url", cluster) == 0)
        var service = database
        service.user = "govmon_service"
        let serve = try ServeProcess(port: ServeProcess.port(), database: service)
        try await serve.waitUntilUp()
        let base = "http://127.0.0.1:\(serve.port)"
        #expect(try await ServeProcess.curl(base + "/ready").status == 200)
        #expect(try Self.localPostgres("stop", cluster) == 0)
        #expect(try await ServeProcess.curl(base + "/ready").status == 503)
        let failed = try await ServeProcess.curl(base + "/api/v1/schools", token: token)
        #expect(failed.status == 503 && failed.body.contains("database"), "\(failed)")
        let write = try await ServeProcess.curl(
            base + "/api/v1/schools", method: "POST", token: token,
            body: "{\"urn\": 102649, \"la\": \"315\", \"number\": 2077, \"name\": \"X\", \"category\": \"community\"}")
        #expect(write.status == 503, "\(write)")
        #expect(try Self.localPostgres("start", cluster) == 0)
        var ready = 0
        for _ in 0..<50 where ready != 200 {
            ready = try await ServeProcess.curl(base + "/ready").status
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(ready == 200)
        let schools = try await ServeProcess.curl(base + "/api/v1/schools", token: token)
        #expect(schools.status == 200 && schools.body == "[]", "the failed write left nothing behind: \(schools)")
        serve.signal(SIGTERM)
        let exit = await serve.waitForExit()
        #expect(exit == 0, "exit status \(exit.map(String.init) ?? "none: still running after 20 s"): \(serve.output)")
    }

    /// Runs deploy/local-postgres.sh and waits for it with waitpid. Foundation's Process is not
    /// used here: on Linux it waits for a descriptor every descendant inherits, so it would wait
    /// for the PostgreSQL server the script leaves running.
    static func localPostgres(_ command: String, _ environment: [String: String]) throws -> Int32 {
        let script = TestDatabase.root.appendingPathComponent("deploy/local-postgres.sh").path
        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let arguments: [UnsafeMutablePointer<CChar>?] = [script, command].map { (text: String) in strdup(text) } + [nil]
        let variables: [UnsafeMutablePointer<CChar>?] = merged.map { (key, value) in strdup(key + "=" + value) } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, script, &actions, nil, arguments, variables)
        guard spawned == 0 else { throw StoreError.invalid("could not run \(script): errno \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED/WEXITSTATUS are macros Swift cannot import.
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    }
}
