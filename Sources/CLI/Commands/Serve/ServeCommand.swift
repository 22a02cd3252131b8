import ArgumentParser
import Bootstrap
import Foundation
import Governance
import Logging
import Reports
import Server
import Store

#if canImport(Glibc)
    import Glibc
#endif

/// `govmon serve`: the HTTP service.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract:
            "Run the HTTP service: the API under /api/v1, /openapi.yaml, /health, /ready, /metrics, and scheduled tracking.",
        discussion: """
            Stateless: every replica against the same database schedules tracking (server.tracking_schedule, default \
            daily 06:00 Europe/London) under a PostgreSQL advisory lock, so each slot runs once. Refuses to start while \
            migrations are pending. SIGTERM finishes requests in flight and releases the scheduler lock.
            """)
    @Option(help: "Address to listen on (default server.host).") var host: String?
    @Option(help: "Port to listen on (default server.port).") var port: Int?
    @OptionGroup var global: GlobalOptions

    func run() async throws {
        let configuration = try await GovmonConfiguration.load(databaseURL: global.databaseURL, actor: global.actor)
        let server = configuration.server
        var logger = Logger(label: "govmon.serve")
        logger.logLevel = .info
        OpenFiles.raiseLimit(logger: logger)
        // The pool's connections see no authority until a request's token names one (sql/0009):
        // a read that forgot its scope finds nothing rather than everything.
        try await Database.with(
            configuration.database, actor: configuration.actor, source: "govmon serve", logger: Database.quietLogger,
            maximumConnections: server.maximumConnections, connectionWait: server.connectionWait, authorityScope: .none
        ) { database in
            let everyAuthority = database.scoped(to: .all)
            let migrator = Migrator(files: try MigrationFile.load(from: configuration.paths.migrations))
            try await migrator.requireCurrent(everyAuthority)
            // Each token's reach rests on row-level security, which a privileged login escapes.
            if let reason = try await everyAuthority.privilegedLoginReason() {
                guard server.allowPrivilegedLogin else {
                    throw CLIError.usage(
                        "govmon serve will not run as this login: \(reason), so row-level security would not hold its "
                            + "tokens to their authorities. Connect as a login in govmon_app (deploy/README.md, \"Database "
                            + "roles\"), or set GOVMON_SERVER_ALLOW_PRIVILEGED_LOGIN=true on a single-user machine")
                }
                logger.warning("running as a privileged login; row-level security does not hold", metadata: ["why": "\(reason)"])
            }
            var settings = BoardReportSettings(
                definition: configuration.representation.definition, bands: configuration.representation.bands,
                disclosure: configuration.representation.disclosure, tracking: configuration.tracking,
                rules: configuration.constitutionRules)
            settings.boardNames = configuration.boardNames
            var deps = ServiceDependencies(
                database: database, settings: settings, migrationsFolder: configuration.paths.migrations,
                openAPIPath: configuration.paths.home + "/openapi.yaml", timeZone: configuration.timeZone,
                cacheSeconds: server.cacheSeconds, maximumConnections: server.maximumConnections,
                retention: configuration.retention, limits: server.limits)
            deps.fixedToday = server.fixedToday
            deps.officerReadsDeclarations = configuration.officerReadsDeclarations
            if let problem = ServerApp.pagesProblem(deps) { throw CLIError.usage("govmon serve: \(problem)") }
            if let date = server.fixedToday {
                logger.warning("server.today is set: the service takes \(date.iso) as today (demo or training only)")
            }
            let replica = ProcessInfo.processInfo.hostName + ":" + String(ProcessInfo.processInfo.processIdentifier)
            var scheduler = TrackingScheduler(
                register: Register(everyAuthority.acting(as: "govmon scheduler (\(replica))", source: "scheduled tracking")),
                thresholds: configuration.tracking, schedule: server.schedule, tick: server.tick, replica: replica,
                timeZone: configuration.timeZone, webhook: server.webhookURL.map { WebhookNotifier(url: $0, logger: logger) },
                holdSeconds: server.holdSeconds,
                retention: configuration.retentionInService ? configuration.retention : nil, logger: logger)
            scheduler.fixedToday = server.fixedToday
            let app = ServerApp.application(
                deps, host: host ?? server.host, port: port ?? server.port, services: [scheduler],
                logger: logger)
            logger.info("govmon serve", metadata: ["schedule": "\(server.schedule)", "replica": "\(replica)"])
            let shown = host ?? server.host, listening = port ?? server.port
            Console.err(
                "govmon: open http://\(["0.0.0.0", "::"].contains(shown) ? "localhost" : shown):\(listening)/ in a browser "
                    + "(a first officer needs an invitation: govmon user invite --email ... --name ... --role officer)")
            try await ServerApp.run(app, shutdownSeconds: server.limits.shutdownSeconds, logger: logger)
            // Shut down: no request in flight, the scheduler stopped. The pool is not waited for:
            // a connection PostgreSQL dropped can keep it from closing (after a database restart it
            // held the process until the shutdown watchdog ended it with status 1), and the
            // process ending closes every connection anyway.
            logger.info("govmon serve stopped")
            fflush(nil)
            _exit(0)
        }
    }
}
