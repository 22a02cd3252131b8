import Application
import ArgumentParser
import Foundation
import Governance
import Interchange
import Store

/// `govmon profile`: community profiles bodies are compared with.
struct ProfileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile", abstract: "Community profiles: named, dated, sourced distributions to compare bodies with.",
        subcommands: [Import.self, List.self, Show.self, Link.self, Withdraw.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import profiles from a Nomis census CSV, DfE school-level pupil data, or a tidy CSV.",
            discussion: """
                The layout is recognised by its header. Nomis (ONS) bulk CSV: one profile per geography row, one column \
                per category (e.g. KS201EW, TS021, the sex tables); group subtotals and the total are checked, never \
                counted. DfE 'spc_school_level_underlying_data': a pupil ethnicity and a pupil sex profile per school \
                (rows of 'z' are skipped). Tidy: geography_code,geography_name,dimension,category,count. A column that \
                cannot be placed, a negative or non-numeric count, a repeated geography or a subtotal that does not \
                add up refuses the whole file. Each profile belongs to the authority whose area or school it describes \
                (or the one named with --la); only that authority's bodies are compared with it. Without either, it is \
                a shared profile (a national survey, say). Example: govmon profile import KS201EW.csv --source "ONS \
                Census 2011 KS201EW (Nomis)" --date 2011-03-27
                """)
        @Argument(help: "The CSV file.") var file: String
        @Option(help: "Where the figures come from (publisher and table), printed with every figure.") var source: String
        @Option(help: "The date the figures describe (census day, school census date).") var date: CalendarDate
        @Option(help: "borough, ward, school-pupils, school-workforce or other (default: borough; pupils for DfE files).")
        var kind: String?
        @Option(help: "The file's encoding (default: detected).") var encoding: TextEncoding?
        @Option(help: "The authority the profiles are for, when their area does not say (LA code or name).") var la: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let geography = try kind.map { text -> GeographyKind in
                guard let value = GeographyKind(rawValue: text.replacingOccurrences(of: "-", with: "_")) else {
                    throw CLIError.badValue(
                        option: "--kind", expected: "borough, ward, school-pupils, school-workforce or other",
                        found: text)
                }
                return value
            }
            try await CommandContext.run(global, source: commandSource()) { context in
                let owner = try await la.asyncMap { try await context.register.localAuthority($0).code }
                let report = try await ImportRun(register: context.register).profiles(
                    path: file, displayName: file, encoding: encoding,
                    source: ProfileSource(source: source, referenceDate: date, kind: geography),
                    owner: ProfileOwner(laCode: owner, scope: .all))
                Console.out("Imported \(report.profiles.count) profile(s) from \(file) (\(report.layout)).\n")
                if !report.skippedLines.isEmpty {
                    Console.out(
                        "Rows with no profile (values not applicable, 'z'): lines "
                            + report.skippedLines.map(String.init).joined(separator: ", ") + ".\n")
                }
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List profiles.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let rows = try await context.register.profiles().map { s -> [String?] in
                    let p = s.profile
                    return [
                        String(s.id), p.name, p.kind.commandLineName, p.geographyCode, p.classification.rawValue,
                        p.referenceDate.iso, String(p.total), String(p.unknown), p.source, s.laCode.map(String.init) ?? "shared",
                        s.withdrawnOn?.iso,
                    ]
                }
                Console.out(
                    Listing(
                        columns: [
                            "profile", "name", "kind", "geography", "classification", "date", "people",
                            "unknown", "source", "authority", "withdrawn",
                        ], rows: rows
                    ).rendered(as: output.format))
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a profile's counts and shares.")
        @Argument(help: "The profile id or exact name.") var profile: String
        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let p = try await context.register.profile(profile).profile
                var rows = p.counts.sorted { $0.key < $1.key }.map { key, count -> [String?] in
                    [key, String(count), String(format: "%.4f", Double(count) / Double(max(p.total, 1)))]
                }
                for (group, share) in p.headlineShares() {
                    rows.append(["share: \(group.label)", nil, String(format: "%.4f", share)])
                }
                if output.format == .table {
                    Console.out(
                        "\(p.name)\nsource: \(p.source); date \(p.referenceDate.iso); \(p.total) classified, \(p.unknown) not\n\n"
                    )
                }
                Console.out(Listing(columns: ["category", "count", "share"], rows: rows).rendered(as: output.format))
            }
        }
    }

    struct Link: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Judge a body against a profile (e.g. its pupils) instead of its borough's.",
            discussion: "The profile's classification decides the dimension (ethnicity or sex).")
        @Argument(help: "Body id, school URN, or exact body name.") var body: String
        @Argument(help: "The profile id or exact name.") var profile: String
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let b = try await context.register.body(body)
                let p = try await context.register.profile(profile)
                let dimension = try await context.register.linkComparator(bodyID: b.id, profile: p)
                Console.out("Body \(b.id) is now compared with \"\(p.profile.name)\" for \(dimension).\n")
            }
        }
    }

    struct Withdraw: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Withdraw a profile: it is kept and audited, but no body is compared with it any more.",
            discussion: """
                Bodies linked to it, and bodies whose borough profile it was, fall back to their borough's latest current \
                profile. Example: govmon profile withdraw 12 --reason "replaced by the 2021 census" --on 2023-01-10
                """)
        @Argument(help: "The profile id or exact name.") var profile: String
        @Option(help: "Why it is withdrawn (kept with it).") var reason: String
        @Option(help: "The date it is withdrawn (default today).") var on: CalendarDate?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            try await CommandContext.run(global, source: commandSource()) { context in
                let p = try await context.register.profile(profile)
                try await context.register.withdrawProfile(p.id, on: on ?? context.today, reason: reason)
                Console.out("Withdrew profile \(p.id) (\"\(p.profile.name)\").\n")
            }
        }
    }
}
