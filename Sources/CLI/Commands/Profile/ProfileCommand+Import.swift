import Application
import ArgumentParser
import Foundation
import Governance
import Interchange
import Store

extension ProfileCommand {
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
        @Option(
            help:
                "borough, ward, school-pupils, school-workforce, other, or governors (a national survey of governors: context in the board report, never a comparator; default: borough; pupils for DfE files)."
        )
        var kind: String?
        @Option(help: "The file's encoding (default: detected).") var encoding: TextEncoding?
        @Option(help: "The authority the profiles are for, when their area does not say (LA code or name).") var la: String?
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let geography = try kind.map { text -> GeographyKind in
                guard let value = GeographyKind(rawValue: text.replacingOccurrences(of: "-", with: "_")) else {
                    throw CLIError.badValue(
                        option: "--kind", expected: "borough, ward, school-pupils, school-workforce, other or governors",
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
}
