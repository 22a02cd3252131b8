import Governance

extension BoardReportComposer {
    func dataQualitySection() -> ReportSection {
        let c = data.coverage
        // Every governor in post is in exactly one of these (Register.declarationCoverage), so
        // they are published as one table with its total; declared sex is the other way of
        // splitting the same total, shown only when what it leaves is publishable as well.
        let ethnicity = publishedPeople(
            [c.declaredEthnicity, c.preferNotToSay, c.notAsked, c.noDeclaration, c.objected],
            keys: Self.keys(
                "quality-declarations", row: "#0",
                ["Ethnic group declared", "Prefer not to say", "Not asked", "No declaration", "Objected", "Governors in post"]))
        let sex = publishedPeople(
            [c.declaredSex, c.serving - c.declaredSex],
            keys: Self.keys("quality-declarations", row: "#0", ["Sex declared", "", "Governors in post"]))
        let declaredSex = isBoard && (ethnicity.total == .suppressed || sex.total == .suppressed) ? .suppressed : sex.parts[0]
        let coverageShare = Self.share(ethnicity.parts[0], of: ethnicity.total)
        let coverage = ReportTable(
            id: "quality-declarations", caption: "Governors' diversity declarations on \(data.asOf.iso)",
            columns: [
                "Governors in post", "Ethnic group declared", "Coverage", "Sex declared", "Prefer not to say",
                "Not asked", "No declaration", "Objected",
            ],
            rows: [
                [ethnicity.total, ethnicity.parts[0], coverageShare, declaredSex]
                    + Array(ethnicity.parts[1...])
            ],
            footnote: "Unknowns (prefer not to say, not asked, no declaration, objected) are kept out of every share.",
            aboutPeople: true, sums: [.across(row: 0, parts: [1, 4, 5, 6, 7], total: 0)])
        let past = data.tracking.serving.filter { s in
            s.category.isGovernor && s.endedOn == nil && (s.termEnd.map { $0 < data.asOf } ?? false)
        }
        let pastCell = people(past.count, key: "quality-records|Appointments past their term end but not ended|Count")
        var records: [[ReportCell]] = [[.text("Appointments past their term end but not ended"), pastCell]]
        if let gias = data.lastGIASImport {
            // The board version names no local file and no import time.
            records.append([
                .text(
                    isBoard
                        ? "Rows read in the last GIAS governance import"
                        : "Last GIAS governance import: \(gias.fileName) (\(gias.startedAt))"),
                .count(gias.rowsRead),
            ])
            records.append([.text("Rows refused or rejected in that import"), .count(gias.rejected)])
            records.append([.text("Identity questions from that import still to resolve"), .count(gias.openQuestions)])
        } else {
            records.append([.text("GIAS governance data imported"), .text("none yet")])
        }
        let quality = ReportTable(
            id: "quality-records", caption: "Register records needing attention", columns: ["Check", "Count"],
            rows: records)
        let sexShare = Self.share(declaredSex, of: ethnicity.total)
        let declaredText =
            if case .share(let e) = coverageShare, case .share(let x) = sexShare {
                "\(ReportFormat.percent(e)) of governors in post have declared an ethnic group and \(ReportFormat.percent(x)) their sex; "
            } else if case .share(let e) = coverageShare {
                "\(ReportFormat.percent(e)) of governors in post have declared an ethnic group; "
            } else {
                "How many governors have declared an ethnic group cannot be published without revealing small counts; "
            }
        let pastText =
            if case .count(let n) = pastCell { "\(n) appointments are past their term end without an end recorded." } else {
                // Never a hidden count in words ("fewer than 5" would bound it): the table's c says it all.
                "The number of appointments past their term end without an end recorded is hidden (c in the table below)."
            }
        let finding =
            declaredText + "the rest are unknown and kept out of the shares, which the bounds in the officer figures show. "
            + pastText
        return ReportSection(id: "data-quality", title: "Data quality", finding: finding, tables: [coverage, quality])
    }

    func methodSection() -> ReportSection {
        var profiles: [String: CommunityProfile] = [:]
        for p in data.representation.ethnicityProfile.values { profiles[p.name] = p }
        for p in data.representation.sexProfile.values { profiles[p.name] = p }
        for p in data.representation.boroughProfiles { profiles[p.name] = p }
        let comparators = ReportTable(
            id: "method-comparators", caption: "Community profiles compared with",
            columns: ["Profile", "Source", "Date", "Classification", "Population", "People"],
            rows: profiles.values.sorted { $0.name < $1.name }.map {
                [
                    .text($0.name), .text($0.source), .date($0.referenceDate),
                    .text($0.classification.rawValue.replacingOccurrences(of: "_", with: " ")), .text($0.population),
                    .count($0.total),
                ]
            })
        let measures = ReportTable(
            id: "method-measures", caption: "Measures used (docs/representativeness.md)", columns: ["Measure", "Meaning"],
            rows: [
                ("Share", "declared governors in the group divided by declared governors"),
                ("95% interval", "Wilson score interval: shares consistent with a body of this size"),
                (
                    "Community share",
                    "the group's share of the borough's own community profile (named below); each body is compared with its "
                        + "own comparator (the borough's, unless a ward or other profile is linked to it), and the borough's "
                        + "expected count and chance add up the bodies' own"
                ),
                ("Expected", "how many a random draw from the community would give on average"),
                ("Shortfall", "expected minus observed; one or more means at least a whole person short"),
                (
                    "Tail probability",
                    "exact chance of so few under random selection (binomial for a body; Poisson-binomial across bodies)"
                ),
                ("Band", "reflects / below / well below / insufficient data, from shortfall, tail and coverage"),
                ("Coverage", "the share of governors who declared"),
            ].map { [.text($0.0), .text($0.1)] })
        let threshold = settings.disclosure.threshold, bands = settings.bands
        let person =
            bands.wholePersonShortfall == 1
            ? "one whole person" : "\(ReportFormat.fixed(bands.wholePersonShortfall, digits: 1)) people"
        let chance = ReportFormat.percent(bands.significance)
        let glossary = ReportTable(
            id: "method-glossary", caption: "Words used in this report", columns: ["Word", "Meaning"],
            rows: [
                ("c", "confidential: fewer than \(threshold) people, or hidden so that such a number cannot be worked out"),
                ("Declared", "a governor who has told us their sex or ethnic group on a monitoring form"),
                ("Unknown", "a governor who has not declared, preferred not to say, or objected to the data being used"),
                ("Share of declared", "of the governors who declared, the part in the group; unknowns are left out"),
                (
                    "Community share",
                    "the group's part of the borough's population, from the profile named below (adults where the "
                        + "census gives ages, since governors are adults)"
                ),
                ("Reflects", "less than \(person) short of a proportionate share of the community"),
                ("Below", "\(person) or more short, by a gap that chance alone gives \(chance) of the time or more"),
                ("Well below", "\(person) or more short, and so few would arise by chance less than \(chance) of the time"),
                (
                    "Insufficient data",
                    "too few governors have declared to say (under \(ReportFormat.percent(bands.minimumCoverage)) of them, "
                        + "or fewer than \(bands.minimumDeclared))"
                ),
                ("Appointed since (flow)", "governors who started in the period, whether or not they still serve"),
                ("Reconstituted", "governing under an instrument made under the 2012 regulations"),
                ("Vacancy rate", "open vacancies as a part of the seats the instruments provide"),
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
            id: "method", title: "Method and glossary", finding: finding, tables: [glossary, measures, comparators],
            notes: [
                "Sources: School Governance (Constitution) (England) Regulations 2012; DfE statutory guidance; "
                    + "Census 2011/2021 classifications (ONS); Wilson (1927); Gerring, Jerzak and Öncel (2024)."
            ])
    }
}
