import Governance
import Store

extension BoardReportComposer {
    func dataQualitySection() -> ReportSection {
        let c = data.coverage
        let coverage = ReportTable(
            id: "quality-declarations", caption: "Governors' diversity declarations on \(data.asOf.iso)",
            columns: [
                "Governors in post", "Ethnic group declared", "Coverage", "Sex declared", "Prefer not to say",
                "Not asked", "No declaration", "Objected",
            ],
            rows: [
                [
                    people(c.serving), people(c.declaredEthnicity), peopleShare(c.declaredEthnicity, of: c.serving),
                    people(c.declaredSex), people(c.preferNotToSay), people(c.notAsked), people(c.noDeclaration),
                    people(c.objected),
                ]
            ],
            footnote: "Unknowns (prefer not to say, not asked, no declaration, objected) are kept out of every share.",
            aboutPeople: true)
        let past = data.tracking.serving.filter { s in
            s.category.isGovernor && s.endedOn == nil && (s.termEnd.map { $0 < data.asOf } ?? false)
        }
        var records: [[ReportCell]] = [[.text("Appointments past their term end but not ended"), people(past.count)]]
        if let gias = data.lastGIASImport {
            records.append([.text("Last GIAS governance import: \(gias.fileName) (\(gias.startedAt))"), .count(gias.rowsRead)])
            records.append([.text("Rows refused or rejected in that import"), .count(gias.rejected)])
            records.append([.text("Identity questions from that import still to resolve"), .count(gias.openQuestions)])
        } else {
            records.append([.text("GIAS governance data imported"), .text("none yet")])
        }
        let quality = ReportTable(
            id: "quality-records", caption: "Register records needing attention", columns: ["Check", "Count"],
            rows: records)
        let finding =
            "\(data.coverage.serving > 0 ? ReportFormat.percent(Double(c.declaredEthnicity) / Double(c.serving)) : "0%") "
            + "of governors in post have declared an ethnic group and "
            + "\(data.coverage.serving > 0 ? ReportFormat.percent(Double(c.declaredSex) / Double(c.serving)) : "0%") their sex; "
            + "the rest are unknown and kept out of the shares, which the bounds in the officer figures show. \(past.count) "
            + "appointments are past their term end without an end recorded."
        return ReportSection(id: "data-quality", title: "Data quality", finding: finding, tables: [coverage, quality])
    }

    func methodSection() -> ReportSection {
        var profiles: [String: CommunityProfile] = [:]
        for p in data.representation.ethnicityProfile.values { profiles[p.name] = p }
        for p in data.representation.sexProfile.values { profiles[p.name] = p }
        let comparators = ReportTable(
            id: "method-comparators", caption: "Community profiles compared with",
            columns: ["Profile", "Source", "Date", "Classification", "People"],
            rows: profiles.values.sorted { $0.name < $1.name }.map {
                [
                    .text($0.name), .text($0.source), .date($0.referenceDate),
                    .text($0.classification.rawValue.replacingOccurrences(of: "_", with: " ")),
                    .count($0.total),
                ]
            })
        let measures = ReportTable(
            id: "method-measures", caption: "Measures used (representativeness.md)", columns: ["Measure", "Meaning"],
            rows: [
                ("Share", "declared governors in the group divided by declared governors"),
                ("95% interval", "Wilson score interval: shares consistent with a body of this size"),
                ("Community share", "the group's share of the comparator profile (weighted by declared governors across bodies)"),
                ("Expected", "how many a random draw from the community would give on average"),
                ("Shortfall", "expected minus observed; one or more means at least a whole person short"),
                (
                    "Tail probability",
                    "exact chance of so few under random selection (binomial for a body; Poisson-binomial across bodies)"
                ),
                ("Band", "reflects / below / well below / insufficient data, from shortfall, tail and coverage"),
                ("Coverage", "the share of governors who declared"),
            ].map { [.text($0.0), .text($0.1)] })
        let finding =
            "Ethnic minority means \"\(settings.definition.label)\" throughout this report; women are counted from "
            + "self-declared sex. "
            + (isBoard
                ? "This is the board version: " + settings.disclosure.footnote
                    + " Per-body results are shown as bands only, and no "
                    + "person's diversity data appears. "
                : "This is the officer version with every count: OFFICIAL-SENSITIVE, not for publication. ")
            + "Figures are for \(longDate)" + (data.since.map { ", with changes since \(ReportFormat.longDate($0))" } ?? "") + "."
        return ReportSection(
            id: "method", title: "Method", finding: finding, tables: [measures, comparators],
            notes: [
                "Sources: School Governance (Constitution) (England) Regulations 2012; DfE statutory guidance; "
                    + "Census 2011/2021 classifications (ONS); Wilson (1927); Gerring, Jerzak and Öncel (2024)."
            ])
    }
}
