import Application
import ArgumentParser
import DemoBorough
import Foundation
import Governance
import Store

extension DemoCommand {
    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Generate the demo borough from a seed and load it through the register's own store code.",
            discussion: """
                About 60 schools of mixed categories (VA, VC, foundation, a federation, academies), about 700 \
                governors over 2011-2016 with terms, vacancies, training, reconstitution stages and diversity \
                declarations with realistic gaps. Every name is invented; the authority is labelled synthetic. \
                Load it into an empty database (the README's main command uses a database of its own).
                """)
        @Option(help: "The seed: the same seed gives the same borough.") var seed: UInt64 = 2015
        @Option(help: "The LA code to use.") var laCode: Int = 315
        @Option(help: "The LA name to use.") var laName: String = "Merton (synthetic demo)"
        @Option(help: "The ONS code to give the authority (links it to census profiles).") var onsCode: String = "E09000024"
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            var generator = DemoBoroughGenerator(seed: seed)
            let borough = generator.generate(laCode: laCode, laName: laName)
            try await CommandContext.run(global, source: commandSource()) { context in
                if try await context.register.localAuthorities().contains(where: { $0.code == laCode }) {
                    throw CLIError.usage("local authority \(laCode) is already in this database; load the demo into an empty one")
                }
                let started = Date()
                // All or nothing: a load that fails part way leaves the database as it was.
                try await context.register.inOneTransaction { register in
                    var loader = DemoLoader(register: register)
                    try await loader.load(borough, onsCode: onsCode)
                }
                Console.out(
                    "Loaded the synthetic borough \"\(laName)\" (seed \(seed)): \(borough.schools.count) schools, "
                        + "\(borough.peopleCount) people, \(borough.events.count) dated events in "
                        + String(format: "%.1f", Date().timeIntervalSince(started)) + " s.\n")
            }
        }
    }
}
