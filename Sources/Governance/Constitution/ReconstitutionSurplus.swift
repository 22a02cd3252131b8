import Foundation

/// Surplus governors when a new instrument of government takes effect (reg 15 as substituted by
/// SI 2014/1257; docs/constitution.md s5). It computes how many must leave in each category and who
/// decides, and checks recorded decisions against that. It never chooses people.
public enum ReconstitutionSurplus {
    /// The categories where more governors serve on `instrument.effectiveFrom` than the
    /// instrument has seats, in category order. Associate members are never included.
    /// Nobody is removed: the result only says how many must go and who decides.
    public static func surpluses(instrument: InstrumentOfGovernment, appointments: [MemberAppointment]) -> [CategorySurplus] {
        let serving = appointments.filter { $0.category.isGovernor && $0.serves(on: instrument.effectiveFrom) }
        return GovernorCategory.governorCategories.compactMap { category in
            let ids = serving.filter { $0.category == category }.map(\.id)
            let surplus = CategorySurplus(
                category: category, seats: instrument.seats(for: category),
                servingAppointmentIDs: ids, decidedBy: DepartureAuthority.decider(for: category))
            return surplus.surplus > 0 ? surplus : nil
        }
    }

    /// For each surplus, whether the departures recorded on or before `date` resolve it.
    ///
    /// A decision counts when it is about one of the category's serving governors, was made on
    /// or before `date`, and was made by the authority for the category (or is a resignation).
    /// Each appointment counts once. Other decisions about the category's governors are listed
    /// as ignored, with the reason.
    public static func resolution(
        of surpluses: [CategorySurplus], decisions: [DepartureDecision], on date: CalendarDate
    ) -> [SurplusResolution] {
        surpluses.map { surplus in
            let category = surplus.category
            var counted: [DepartureDecision] = []
            var ignored: [SurplusResolution.IgnoredDecision] = []
            let relevant = decisions.filter { surplus.servingAppointmentIDs.contains($0.appointmentID) }
                .sorted { ($0.decidedOn, $0.appointmentID) < ($1.decidedOn, $1.appointmentID) }
            for decision in relevant {
                if decision.decidedOn > date {
                    ignored.append(
                        .init(
                            decision: decision,
                            reason:
                                "decided on \(decision.decidedOn), after \(date)"))
                } else if !decision.decidedBy.mayDecide(for: category) {
                    ignored.append(
                        .init(
                            decision: decision,
                            reason:
                                "\(decision.decidedBy.label) cannot decide that a \(category.label) governor leaves; \(surplus.decidedBy.label) decides (or the governor resigns)"
                        ))
                } else if counted.contains(where: { $0.appointmentID == decision.appointmentID }) {
                    ignored.append(
                        .init(
                            decision: decision,
                            reason:
                                "a departure for appointment \(decision.appointmentID) is already counted"))
                } else {
                    counted.append(decision)
                }
            }
            let remaining = max(surplus.surplus - counted.count, 0)
            let head =
                "\(surplus.serving) \(category.label) governors served against \(surplus.seats) \(surplus.seats == 1 ? "seat" : "seats") when the instrument took effect: \(surplus.surplus) surplus; \(counted.count) \(counted.count == 1 ? "departure" : "departures") recorded by \(date)"
            let finding =
                remaining == 0
                ? ConstitutionFinding(
                    .ok, .surplusResolution, citation: surplus.citation,
                    message: head + "; resolved", category: category, appointmentIDs: counted.map(\.appointmentID))
                : ConstitutionFinding(
                    .warning, .surplusResolution, citation: surplus.citation,
                    message: head
                        + "; \(remaining) still to leave, decided by \(surplus.decidedBy.label) (or by resignation); nobody is removed until the decision is recorded",
                    category: category, appointmentIDs: counted.map(\.appointmentID))
            return SurplusResolution(surplus: surplus, counted: counted, ignored: ignored, finding: finding)
        }
    }
}
