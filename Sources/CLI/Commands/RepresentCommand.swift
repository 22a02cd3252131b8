import Application
import ArgumentParser
import Bootstrap
import Foundation
import Governance
import Reports
import Store

/// Who a figure is for: officers see counts; the board sees what the disclosure rule allows.
enum Audience: String, ExpressibleByArgument, CaseIterable {
    case officer, board
}

/// Options shared by the representativeness commands.
struct RepresentOptions: ParsableArguments {
    @Option(help: "The date (default today).") var asOf: CalendarDate?
    @Option(help: "Which ethnic minority definition: not-white-british or not-white (default from config).")
    var definition: String?
    @Option(help: "officer (all counts, OFFICIAL-SENSITIVE) or board (disclosure control applied).")
    var audience: Audience = .officer

    func minority(_ settings: RepresentationSettings) throws -> MinorityDefinition {
        try MinorityDefinition.parse(definition, option: "--definition", default: settings.definition)
    }
}

/// `govmon represent`: are bodies representative of their communities?
struct RepresentCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "represent",
        abstract: "Representativeness of bodies and of the borough against community profiles.",
        discussion: """
            Measures (docs/representativeness.md): share of declared members, Wilson 95% interval, gap and ratio to the \
            community, expected members, whole-person shortfall, exact binomial tails, bounds with unknowns, coverage; \
            dissimilarity and Rose index against its expectation under random selection; bands (reflects / below / \
            well below / insufficient data). Every figure names its comparator and its ethnic minority definition. \
            Unknowns (no declaration, prefer not to say, not asked, objected) are kept out of shares and reported as coverage.
            """,
        subcommands: [Body.self, Borough.self, Trend.self, Snapshot.self])

    struct Body: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One body against its comparator(s), with what-if.")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Option(help: "Compare with this profile (id or name) instead of the body's own comparator.") var against: String?
        @OptionGroup var options: RepresentOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let settings = context.configuration.representation
                let date = options.asOf ?? context.today
                let definition = try options.minority(settings)
                let b = try await context.register.body(body)
                let override = try await against.asyncMap { try await context.register.profile($0).profile }
                let groups = RepresentationFigures.groups(definition)
                let (figures, inputs) = try await FiguresQuery(register: context.register, bands: settings.bands)
                    .body(b, asOf: date, definition: definition, against: override)
                Console.out(
                    RepresentationText.body(
                        figures, inputs: inputs, groups: groups, settings: settings,
                        audience: options.audience, format: output.format))
            }
        }
    }

    struct Borough: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "All governors of an authority: pooled figures, breakdowns (LA governors, chairs, flow) and bands.")
        @Argument(help: "The LA code (e.g. 315) or name.") var la: String
        @Option(help: "Also show appointments made from this date to --as-of (the flow) against those in post.")
        var since: CalendarDate?
        @OptionGroup var options: RepresentOptions
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let settings = context.configuration.representation
                let date = options.asOf ?? context.today
                let code = try await context.register.localAuthority(la).code
                let (figures, inputs) = try await FiguresQuery(register: context.register, bands: settings.bands)
                    .borough(laCode: code, asOf: date, since: since, definition: try options.minority(settings))
                Console.out(
                    RepresentationText.borough(
                        figures.borough, inputs: inputs, groups: figures.groups, settings: settings,
                        audience: options.audience, format: output.format))
            }
        }
    }

    struct Trend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The borough's snapshots over time (aggregates only).")
        @Argument(help: "The LA code (e.g. 315) or name.") var la: String
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let code = try await context.register.localAuthority(la).code
                let rows = try await context.register.snapshots(laCode: code, boroughOnly: true).map { s -> [String?] in
                    [
                        s.asOf.iso, s.group, String(s.inPost), String(s.unknown), String(s.inGroup),
                        s.declaredShare.map(RepresentationText.percent),
                        s.communityShare.map(RepresentationText.percent), s.band,
                    ]
                }
                Console.out(
                    Listing(
                        columns: ["as of", "group", "in post", "unknown", "in group", "share", "community", "band"],
                        rows: rows
                    ).rendered(as: output.format))
            }
        }
    }

    struct Snapshot: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Store the aggregate results per body and for the borough on a date (no personal data).",
            discussion: "Snapshots survive when personal data is erased under the retention rule, so trends survive.")
        @Option(help: "The date.") var asOf: CalendarDate
        @Option(help: "Only this LA (default: every authority).") var la: String?
        @Option(help: "Which ethnic minority definition (default from config); both are stored when omitted.")
        var definition: String?
        @Flag(help: "Print how long loading, computing and storing took (for benchmarks).") var timings = false
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let codes = try await la.asyncMap { [try await context.register.localAuthority($0).code] }
                let chosen = try definition.map {
                    try MinorityDefinition.parse($0, option: "--definition", default: .notWhiteBritish)
                }
                let outcome = try await SnapshotRun(register: context.register, bands: context.configuration.representation.bands)
                    .take(asOf: asOf, laCodes: codes, definition: chosen)
                let stored = outcome.stored
                Console.out(
                    "Stored \(stored) snapshot row(s) for \(asOf.iso) (\(outcome.authorities) authorit\(outcome.authorities == 1 ? "y" : "ies")).\n"
                )
                if timings {
                    func seconds(_ d: Duration) -> String {
                        String(format: "%.3f s", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
                    }
                    Console.err(
                        "  \(outcome.bodies) bodies: load \(seconds(outcome.loading)), compute \(seconds(outcome.computing)), "
                            + "store \(seconds(outcome.storing))")
                }
            }
        }
    }
}
