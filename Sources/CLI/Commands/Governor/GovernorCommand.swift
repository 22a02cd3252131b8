import ArgumentParser
import Governance
import Store

/// `govmon governor`: appointments.
struct GovernorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "governor",
        abstract: "Appoint, re-appoint and end governors (and associate members); list and show them.",
        discussion: "Re-appointment makes a new appointment row; nothing is overwritten.",
        subcommands: [
            Appoint.self, Reappoint.self, End.self, SetRole.self, List.self, Show.self, Correct.self,
            VoidRecord<AppointmentNoun>.self, RecordHistory<AppointmentNoun>.self,
        ])

    /// The listing every governor command prints.
    static func listing(_ appointments: [Appointment], today: CalendarDate) -> Listing {
        Listing(
            columns: [
                "appointment", "person", "name", "body", "category", "role", "start", "term end", "ended", "reason",
                "flags",
            ],
            rows: appointments.map { a in
                var flags: [String] = []
                if a.exOfficio { flags.append("ex officio") }
                if a.employedAtSchool && a.category == .coOpted { flags.append("staff-eligible") }
                if a.endedOn == nil, let end = a.termEnd, end < today { flags.append("PAST TERM END") }
                if !a.category.isGovernor { flags.append("not a governor") }
                return [
                    a.id.labelled, a.personID.labelled, a.personName, String(a.bodyID), a.category.commandLineName,
                    a.role.commandLineName, a.startDate.iso, a.termEnd?.iso, a.endedOn?.iso,
                    a.endedReason?.replacingOccurrences(of: "_", with: "-"), flags.joined(separator: ", "),
                ]
            })
    }
}
