extension Appointment {
    /// The appointment as the constitution and membership checks see it.
    public var member: MemberAppointment {
        MemberAppointment(
            id: id, personID: personID, category: category, role: role, exOfficio: exOfficio,
            employedAtSchool: employedAtSchool, startDate: startDate, termEnd: termEnd, endedOn: endedOn)
    }
}

extension InstrumentRecord {
    /// The instrument as the constitution checks see it, or the problems that make it invalid.
    public func domain(schoolsGoverned: Int) -> Result<InstrumentOfGovernment, InstrumentProblems> {
        var seatMap: [GovernorCategory: Int] = [:]
        var terms: [GovernorCategory: Int] = [:]
        for seat in seats {
            seatMap[seat.category] = seat.seats
            if let years = seat.termYears { terms[seat.category] = years }
        }
        return Result { () throws(InstrumentProblems) in
            try InstrumentOfGovernment(
                seats: seatMap, termYears: terms,
                regulations: InstrumentOfGovernment.Regulations(rawValue: regulations) ?? .of2012,
                headIsGovernor: headIsGovernor, schoolsGoverned: max(schoolsGoverned, 1), madeOn: madeOn,
                effectiveFrom: effectiveFrom)
        }
    }
}
