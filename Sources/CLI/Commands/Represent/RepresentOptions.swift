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

extension RepresentationInputs {
    /// Warns on stderr about each profile dated after `date` (the `--as-of` date).
    func warnAboutLaterProfiles(than date: CalendarDate) {
        for profile in profilesDescribingLater(than: date) {
            Console.err(
                "govmon: warning: profile \"\(profile.name)\" describes the community on \(profile.referenceDate.iso), "
                    + "after the --as-of date \(date.iso); the figures compare with a later community")
        }
    }
}
