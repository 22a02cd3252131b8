import Bootstrap
import Foundation
import Governance
import Reports
import Store

/// Printing representativeness figures for officers (counts) and for the board (disclosure control).
enum RepresentationText {
    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
    static func number(_ value: Double) -> String { String(format: "%.2f", value) }
    static func probability(_ value: Double) -> String {
        value < 0.0001 ? String(format: "%.2e", value) : String(format: "%.4f", value)
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) }.map { $0 + "\n" } ?? "{}\n"
    }

    static func marking(_ audience: Audience) -> String {
        audience == .officer ? "OFFICIAL-SENSITIVE: officer view with all counts; not for publication.\n" : ""
    }

    static func body(
        _ b: BodyRepresentation, inputs: RepresentationInputs, groups: [RepresentedGroup],
        settings: RepresentationSettings, audience: Audience, format: OutputFormat
    ) -> String {
        if audience == .board {
            // Per-body results are published as bands only (docs/representativeness.md, disclosure control).
            let rows = b.groups.map { g -> [String?] in [g.label, g.comparator, g.band.label] }
            let listing = Listing(columns: ["group", "compared with", "band"], rows: rows)
            if format == .table {
                return "\(b.bodyName) on \(b.asOf.iso) (board view: bands only)\n" + listing.rendered(as: .table)
            }
            return listing.rendered(as: format)
        }
        if format == .json { return json(b) }
        let rows = b.groups.map { g -> [String?] in
            let m = g.measures
            return [
                g.label, g.comparator, String(g.counts.inPost), String(g.counts.unknown), String(g.counts.inGroup),
                m?.share.map(percent), m?.interval.map { "\(percent($0.lower))-\(percent($0.upper))" },
                g.communityShare.map(percent), m?.gap.map { String(format: "%+.1f", $0 * 100) }, m?.ratio.map(number),
                m.map { number($0.expected) }, m.map { number($0.shortfall) }, m.map { probability($0.lowerTail) },
                m.map { probability($0.upperTail) }, m?.bounds.map { "\(percent($0.lower))-\(percent($0.upper))" },
                m?.coverage.map(percent), g.band.label, g.seatsToThreshold.map(String.init),
            ]
        }
        let listing = Listing(
            columns: [
                "group", "compared with", "in post", "unknown", "in group", "share", "95% interval", "community",
                "gap (pp)", "ratio", "expected", "shortfall", "P(X<=k)", "P(X>=k)", "bounds", "coverage", "band",
                "seats to threshold",
            ], rows: rows)
        guard format == .table else { return listing.rendered(as: format) }
        var text = marking(audience) + "\(b.bodyName) (body \(b.bodyID)) on \(b.asOf.iso)\n" + listing.rendered(as: .table)
        if let c = b.composition {
            text +=
                "\nComposition over the five census groups (\(c.declared) declared): dissimilarity D = \(number(c.dissimilarity)) "
                + "(\(number(c.seatsToChange)) seats would have to change group), Rose R = \(number(c.rose)), expected under "
                + "random selection E[R] = \(number(c.expectedRose)), R - E[R] = \(String(format: "%+.2f", c.roseExcess)).\n"
        }
        for (group, result) in zip(groups, b.groups) {
            let table = RepresentationFigures.whatIf(
                inputs, bodyID: b.bodyID, result: result, group: group, asOf: b.asOf,
                horizonMonths: settings.whatIfHorizonMonths, bands: settings.bands)
            guard table.count > 1 else { continue }
            text +=
                "\nWhat-if (\(result.label)): \(table.count - 1) seat(s) vacant or with terms ending within "
                + "\(settings.whatIfHorizonMonths) months; if j of them go to members of the group:\n"
            text += Listing(
                columns: ["j", "share", "band"],
                rows: table.map {
                    [String($0.newInGroup), $0.measures.share.map(percent), $0.band.label]
                }
            ).rendered(as: .table)
        }
        return text
    }

    static func borough(
        _ b: BoroughRepresentation, inputs: RepresentationInputs, groups: [RepresentedGroup],
        settings: RepresentationSettings, audience: Audience, format: OutputFormat
    ) -> String {
        if audience == .board { return boardBorough(b, inputs: inputs, groups: groups, settings: settings, format: format) }
        if format == .json { return json(b) }
        let rows = b.rows.map { r -> [String?] in
            [
                r.label, r.breakdown, String(r.bodies), String(r.counts.inPost), String(r.counts.unknown),
                String(r.counts.inGroup),
                r.pooledShare.map(percent), r.communityShare.map(percent), number(r.expected), number(r.shortfall),
                probability(r.lowerTail), r.band.label,
            ]
        }
        let listing = Listing(
            columns: [
                "group", "breakdown", "bodies", "in post", "unknown", "in group", "pooled share",
                "community (weighted)", "expected", "shortfall", "P(sum<=k)", "band",
            ], rows: rows)
        guard format == .table else { return listing.rendered(as: format) }
        var text =
            marking(audience) + "Local authority \(b.laCode) on \(b.asOf.iso): \(inputs.bodies.count) bodies\n"
            + listing.rendered(as: .table) + "\nBodies by band:\n"
        for group in groups {
            let counts = b.bands[group.commandLineName] ?? [:]
            text +=
                "  \(group.label): "
                + RepresentationBand.allCases.map { "\($0.label) \(counts[$0.rawValue] ?? 0)" }
                .joined(separator: ", ") + "\n"
        }
        return text
    }

    /// The board sees counts only through the disclosure rule: a category-by-group table with
    /// secondary suppression, chairs as a one-way table, and bands per body as counts of bodies.
    static func boardBorough(
        _ b: BoroughRepresentation, inputs: RepresentationInputs, groups: [RepresentedGroup],
        settings: RepresentationSettings, format: OutputFormat
    ) -> String {
        let members = inputs.members.values.flatMap { $0 }
        var rows: [[String?]] = []
        for group in groups {
            var published = BoardDisclosure.byCategory(members, group: group, policy: settings.disclosure)
            if let chairs = BoardDisclosure.oneWay(
                "chairs", members.filter { $0.role == .chair }, group: group,
                policy: settings.disclosure)
            {
                published.append(chairs)
            }
            rows += published.map {
                [
                    group.label, $0.label, $0.total.description, $0.inGroup.description,
                    $0.notInGroup.description, $0.unknown.description, $0.share.description,
                ]
            }
        }
        let listing = Listing(
            columns: ["group", "governors", "in post", "in group", "not in group", "unknown", "share"],
            rows: rows)
        guard format == .table else { return listing.rendered(as: format) }
        var text = "Local authority \(b.laCode) on \(b.asOf.iso) (board view)\n" + listing.rendered(as: .table)
        text += settings.disclosure.footnote + "\nBodies by band:\n"
        for group in groups {
            let counts = b.bands[group.commandLineName] ?? [:]
            text +=
                "  \(group.label): "
                + RepresentationBand.allCases.map { "\($0.label) \(counts[$0.rawValue] ?? 0)" }
                .joined(separator: ", ") + "\n"
        }
        return text
    }
}
