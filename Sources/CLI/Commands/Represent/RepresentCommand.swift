import Application
import ArgumentParser
import Bootstrap
import Foundation
import Governance
import Reports
import Store

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
}
