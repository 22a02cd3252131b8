import Foundation

extension InstrumentOfGovernment {
    /// The day the 2012 regulations came into force (reg 1): no 2012 instrument takes effect earlier.
    public static let regulations2012InForce = CalendarDate(year: 2012, month: 9, day: 1)!

    /// The day the 2007 regulations stopped applying (docs/constitution.md s5): no 2007 instrument is made later.
    public static let regulations2007Revoked = CalendarDate(year: 2015, month: 9, day: 1)!

    /// Every reason the given fields cannot form an instrument: negative seats, associate-member
    /// seats or terms, a headteacher term, terms outside 1 to 4 years, fewer than one school, an
    /// effective date before the made date, or dates the named regulations cannot cover.
    /// Empty when the input is possible (it may still breach the rules: see `ConstitutionCheck`).
    public static func validate(
        seats: [GovernorCategory: Int], termYears: [GovernorCategory: Int],
        regulations: Regulations, headIsGovernor: Bool, schoolsGoverned: Int,
        madeOn: CalendarDate, effectiveFrom: CalendarDate
    ) -> [InstrumentProblem] {
        var problems: [InstrumentProblem] = []
        // Category order, not dictionary order, so the same input always gives the same list.
        for category in GovernorCategory.allCases {
            let field = "seats[\(category.rawValue)]"
            guard let count = seats[category] else { continue }
            if !category.isGovernor, count != 0 {
                problems.append(
                    .init(
                        field: field,
                        message:
                            "associate members are not governors and hold no seats on an instrument (reg 12); expected no entry, found \(count)"
                    ))
            } else if count < 0 {
                problems.append(.init(field: field, message: "expected 0 or more seats, found \(count)"))
            }
        }
        for category in GovernorCategory.allCases {
            let field = "termYears[\(category.rawValue)]"
            guard let years = termYears[category] else { continue }
            if !category.isGovernor {
                problems.append(
                    .init(
                        field: field,
                        message:
                            "associate members are not governors and have no term on an instrument; expected no entry, found \(years)"
                    ))
            } else if category == .headteacher {
                problems.append(
                    .init(
                        field: field,
                        message:
                            "the headteacher is a governor ex officio while in post and has no term; expected no entry, found \(years)"
                    ))
            } else if !allowedTermYears.contains(years) {
                problems.append(
                    .init(
                        field: field,
                        message:
                            "expected a term of 1 to 4 years (docs/constitution.md s4), found \(years)"))
            }
        }
        if schoolsGoverned < 1 {
            problems.append(
                .init(
                    field: "schoolsGoverned",
                    message:
                        "expected 1 school, or more for a federation, found \(schoolsGoverned)"))
        }
        if effectiveFrom < madeOn {
            problems.append(
                .init(
                    field: "effectiveFrom",
                    message:
                        "expected a date on or after madeOn (\(madeOn)), found \(effectiveFrom)"))
        }
        if regulations == .of2012, effectiveFrom < regulations2012InForce {
            problems.append(
                .init(
                    field: "effectiveFrom",
                    message:
                        "an instrument under the 2012 regulations cannot take effect before they came into force on \(regulations2012InForce); found \(effectiveFrom)"
                ))
        }
        if regulations == .of2007, madeOn >= regulations2007Revoked {
            problems.append(
                .init(
                    field: "madeOn",
                    message:
                        "the 2007 regulations were revoked from \(regulations2007Revoked), so no instrument can be made under them then or later; found \(madeOn)"
                ))
        }
        return problems
    }
}
