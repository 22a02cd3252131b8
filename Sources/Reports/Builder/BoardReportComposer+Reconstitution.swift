import Governance

extension BoardReportComposer {
    func reconstitutionSection() -> ReportSection {
        let recon = data.reconstitution
        var onTime = 0, late = 0, inProgress = 0, notStarted = 0
        for body in recon {
            switch body.state {
            case .reconstituted(_, let byDeadline): if byDeadline { onTime += 1 } else { late += 1 }
            case .inProgress: inProgress += 1
            case .notStarted: notStarted += 1
            }
        }
        let deadline = settings.tracking.reconstitutionDeadline
        let states = ReportTable(
            id: "reconstitution-states", caption: "Maintained bodies by reconstitution state on \(data.asOf.iso)",
            columns: ["State", "Bodies"],
            rows: [
                [.text("Reconstituted by the deadline (\(deadline.iso))"), .count(onTime)],
                [.text("Reconstituted after the deadline"), .count(late)], [.text("In progress"), .count(inProgress)],
                [.text("Not started"), .count(notStarted)], [.text("All maintained bodies"), .count(recon.count)],
            ])
        let chart = ReportChart(
            id: "reconstitution-chart", title: "Reconstitution under the 2012 regulations, \(longDate)",
            description: "\(onTime) bodies reconstituted by the deadline, \(late) after it, \(inProgress) in progress and "
                + "\(notStarted) not started, of \(recon.count) maintained bodies.",
            xLabel: "Governing bodies", yLabel: "State",
            kind: .stacked([
                .init(label: "by the deadline", value: onTime, tone: "good"),
                .init(label: "after the deadline", value: late, tone: "warning"),
                .init(label: "in progress", value: inProgress, tone: "neutral"),
                .init(label: "not started", value: notStarted, tone: "bad"),
            ]),
            tableID: "reconstitution-states")
        let pending = recon.filter { if case .reconstituted = $0.state { return false } else { return true } }
        let pendingTable = ReportTable(
            id: "reconstitution-pending", caption: "Bodies not yet reconstituted",
            columns: ["Body", "State", "Furthest stage", "Since", "Overdue"],
            rows: pending.map { b in
                var stage = "", since: ReportCell = .empty
                if case .inProgress(let s, let d, _) = b.state { stage = s.label; since = .date(d) }
                return [
                    .text(b.bodyName), .text(b.state.key.replacingOccurrences(of: "_", with: " ")), .text(stage), since,
                    .text(b.state.isOverdue ? "yes" : "no"),
                ]
            })
        let surplus = recon.filter { $0.remainingSurplus > 0 }
        let surplusTable = ReportTable(
            id: "reconstitution-surplus", caption: "Surplus governors still to leave under a new instrument",
            columns: ["Body", "New instrument effective", "Categories", "Still to leave"],
            rows: surplus.map { b in
                [
                    .text(b.bodyName), b.newInstrumentEffective.map(ReportCell.date) ?? .empty,
                    .text(
                        b.surpluses.filter { $0.remaining > 0 }.map { "\($0.category.label) (decided by \($0.decidedBy.label))" }
                            .joined(separator: "; ")),
                    .count(b.remainingSurplus),
                ]
            },
            footnote: "The governing body, the appointing body (foundation governors) or the local authority (local "
                + "authority governors) decides who leaves" + (isBoard ? "" : " (reg 15 as substituted in 2014)")
                + "; govmon never chooses.")
        let findings = constitutionFindings()
        let finding =
            "By \(longDate), \(Self.ofPhrase(onTime + late, recon.count)) maintained bodies were constituted under "
            + "the 2012 regulations, \(onTime) of them by the deadline of \(ReportFormat.longDate(deadline)). \(inProgress) were "
            + "in progress and \(notStarted) had not started; \(recon.filter(\.state.isOverdue).count) were overdue. "
            + (surplus.isEmpty
                ? "No body has surplus governors awaiting a decision. "
                : "\(surplus.count) bodies still have surplus governors awaiting a decision on who leaves. ")
            + (findings.rows.isEmpty
                ? "Every instrument in force meets the constitution regulations."
                : "\(findings.rows.count) kinds of constitution breach remain open on instruments or membership.")
        return ReportSection(
            id: "reconstitution", title: "Reconstitution by September 2015", finding: finding, charts: [chart],
            tables: [states, pendingTable, surplusTable, findings])
    }

    /// Constitution breaches still open, by rule: how many bodies, and which.
    func constitutionFindings() -> ReportTable {
        var byRule: [String: (citation: String, bodies: [String])] = [:]
        for body in data.constitution {
            guard let record = body.instrument else {
                byRule["no instrument of government in force", default: ("", [])].bodies.append(body.bodyName)
                continue
            }
            let governed: GovernedSchools = body.schools.count > 1 ? .federation(body.schools) : .single(body.schools[0])
            switch record.domain(schoolsGoverned: body.schools.count) {
            case .failure:
                byRule["the instrument is not valid", default: ("instrument", [])].bodies.append(body.bodyName)
            case .success(let instrument):
                var findings = ConstitutionCheck.check(
                    school: governed, instrument: instrument, rules: settings.rules,
                    staffEligibleCoOptedSeats: record.staffEligibleCoOpted)
                findings +=
                    MembershipCheck.check(
                        instrument: instrument, appointments: body.appointments, on: data.asOf,
                        rules: settings.rules
                    ).findings
                for f in findings where f.severity == .breach {
                    let key = isBoard ? f.rule.plainLabel : f.rule.rawValue.replacingOccurrences(of: "_", with: " ")
                    if !(byRule[key]?.bodies.contains(body.bodyName) ?? false) {
                        byRule[key, default: (f.citation, [])].bodies.append(body.bodyName)
                    }
                }
            }
        }
        // The board reads the rule in plain words; the citation and the readings of ambiguous
        // rules are for officers (docs/constitution.md).
        return ReportTable(
            id: "constitution-findings", caption: "Constitution breaches still open (instrument and membership checks)",
            columns: isBoard ? ["Rule", "Bodies", "Which"] : ["Rule", "Citation", "Bodies", "Which"],
            rows: byRule.sorted { $0.key < $1.key }.map { rule, value in
                isBoard
                    ? [.text(rule), .count(value.bodies.count), .text(value.bodies.sorted().joined(separator: "; "))]
                    : [
                        .text(rule), .text(value.citation), .count(value.bodies.count),
                        .text(value.bodies.sorted().joined(separator: "; ")),
                    ]
            }, footnote: isBoard ? nil : "Readings used where sources disagree: \(settings.rules.description)")
    }

    func membershipSection() -> ReportSection {
        var seats: [GovernorCategory: Int] = [:]
        for body in data.constitution {
            for seat in body.instrument?.seats ?? [] { seats[seat.category, default: 0] += seat.seats }
        }
        var vacant: [GovernorCategory: Int] = [:]
        for v in data.vacancies { vacant[v.category, default: 0] += 1 }
        let serving = data.summary.servingByCategory
        let categories = GovernorCategory.governorCategories.filter { (seats[$0] ?? 0) > 0 || (serving[$0] ?? 0) > 0 }
        let seatTotal = seats.values.reduce(0, +)
        let vacantTotal = categories.map { vacant[$0] ?? 0 }.reduce(0, +)
        // The board sees governors in post by category in the representation tables, suppressed
        // together with them; here it sees seats and vacancies only. Those bound the governors in
        // post (at least seats minus vacancies), so categories whose governors in post are hidden
        // share one row: their seats and vacancies cannot pin any one of them.
        let hidden = isBoard ? hiddenInPostCategories : []
        let shown = categories.filter { !hidden.contains($0) }
        let together = categories.filter { hidden.contains($0) }
        func row(_ label: String, _ group: [GovernorCategory]) -> [ReportCell] {
            let s = group.map { seats[$0] ?? 0 }.reduce(0, +), v = group.map { vacant[$0] ?? 0 }.reduce(0, +)
            return [.text(label), .count(s)] + (isBoard ? [] : [.count(group.map { serving[$0] ?? 0 }.reduce(0, +))])
                + [.count(v), s > 0 ? .share(Double(v) / Double(s)) : .empty]
        }
        let byCategory = ReportTable(
            id: "membership-by-category", caption: "Seats, governors in post and vacancies by category on \(data.asOf.iso)",
            columns: ["Category", "Seats"] + (isBoard ? [] : ["Governors in post"]) + ["Vacancies open", "Vacancy rate"],
            rows: shown.map { row($0.label, [$0]) }
                + (together.isEmpty ? [] : [row(ReportFormat.list(together.map(\.label)), together)]) + [
                    [.text("All categories"), .count(seatTotal)] + (isBoard ? [] : [.count(data.summary.servingGovernors)])
                        + [.count(vacantTotal), seatTotal > 0 ? .share(Double(vacantTotal) / Double(seatTotal)) : .empty]
                ],
            footnote: together.isEmpty
                ? nil
                : "\(ReportFormat.sentenceCase(ReportFormat.list(together.map(\.label)))) share a row: their governors in post are hidden "
                    + "in the representation tables, and separate seats and vacancies would give them away.",
            sums: isBoard ? [] : [.down(column: 2, parts: Array(categories.indices), total: categories.count)])
        let old = data.vacancies.filter { $0.openedOn.days(until: data.asOf) > settings.tracking.vacancyDays }
        let oldTable = ReportTable(
            id: "membership-long-vacancies", caption: "Vacancies open longer than \(settings.tracking.vacancyDays) days",
            columns: ["Body", "Category", "Open since", "Days"],
            rows: old.map {
                [.text($0.bodyName), .text($0.category.label), .date($0.openedOn), .count($0.openedOn.days(until: data.asOf))]
            })
        let horizon = data.asOf.adding(months: 6)
        // Terms due to end in the window, whatever was decided about them since.
        let ending = data.serving.filter { a in
            a.category.isGovernor && (a.termEnd.map { $0 >= data.asOf && $0 <= horizon } ?? false)
        }
        var endingByCategory: [GovernorCategory: Int] = [:]
        for a in ending { endingByCategory[a.category, default: 0] += 1 }
        let endingCells = publishedPeople(
            categories.map { endingByCategory[$0] ?? 0 },
            keys: (categories.map(\.label) + ["All categories"]).map { "membership-terms-ending|\($0)|Governors" })
        let endingTable =
            isBoard
            ? ReportTable(
                id: "membership-terms-ending", caption: "Terms ending in the next 6 months (to \(horizon.iso))",
                columns: ["Category", "Governors"],
                rows: categories.enumerated().map { [.text($1.label), endingCells.parts[$0]] }
                    + [[.text("All categories"), endingCells.total]],
                aboutPeople: true, sums: [.down(column: 1, parts: Array(categories.indices), total: categories.count)])
            : ReportTable(
                id: "membership-terms-ending", caption: "Terms ending in the next 6 months (to \(horizon.iso))",
                columns: ["Body", "Governor", "Category", "Term ends"],
                rows: ending.sorted { ($0.termEnd!, $0.bodyName) < ($1.termEnd!, $1.bodyName) }.map {
                    [.text($0.bodyName), .text($0.personName), .text($0.category.label), .date($0.termEnd!)]
                })
        let endingText =
            if case .count(let n) = endingCells.total { "\(n) governors' terms end in the next six months" } else {
                "The number of governors whose terms end in the next six months is too small to publish"
            }
        let finding =
            "On \(longDate) the instruments in force provided \(seatTotal) seats; \(data.summary.openVacancies) "
            + "vacancies were open (\(seatTotal > 0 ? ReportFormat.percent(Double(data.summary.openVacancies) / Double(seatTotal)) : "0%") "
            + "of seats), \(old.count) of them for more than \(settings.tracking.vacancyDays) days. \(endingText): "
            + "each is a chance to widen who governs."
        return ReportSection(
            id: "membership", title: "Membership and vacancies", finding: finding,
            tables: [byCategory, oldTable, endingTable])
    }

    /// Categories whose governors in post the board's representation tables hide.
    var hiddenInPostCategories: Set<GovernorCategory> {
        guard let table = boardByCategory.first else { return [] }
        return Set(
            GovernorCategory.governorCategories.filter { c in
                table.contains { $0.label == c.label + " governors" && $0.total == .suppressed }
            })
    }
}
