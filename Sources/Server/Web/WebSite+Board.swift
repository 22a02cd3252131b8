import Application
import Foundation
import Governance
import HTTPTypes
import Hummingbird
import Reports
import Store

/// The MGA Board's pages: the report for each authority in reach, its downloads, and the
/// chairs' reviews as the board may see them.
extension WebSite {
    func boardPage(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let register = register(for: person)
        let asOf = try reportDate(page)
        struct Authority {
            var code: Int
            var name: String
            var asOf: String
        }
        struct Review {
            var body: String
            var date: String
            var judgement: String
            var takenToBoard: String
        }
        struct Run {
            var la: Int
            var asOf: String
            var madeOn: String
        }
        struct View {
            var asOf: String
            var runs: [Run]
            var authorities: [Authority]
            var reviews: [Review]
        }
        let authorities = try await register.localAuthorities().filter { person.identity.mayRead(laCode: $0.code) }
        let published = ReviewFigures(reviews: try await register.chairReviews()).published(deps.settings)
            .sorted { ($0.reviewedOn, $0.bodyName) > ($1.reviewedOn, $1.bodyName) }
        // Earlier runs of the board's version, one line per authority and date, newest first: each
        // opens again as it was (suppression stays consistent across runs).
        var seen = Set<String>()
        let runs = try await register.reportRuns(limit: 500).filter { $0.kind == "mga_board" && $0.audience == "board" }
            .filter { seen.insert("\($0.laCode)|\($0.asOf.iso)").inserted }.prefix(20)
            .map { Run(la: $0.laCode, asOf: $0.asOf.iso, madeOn: String($0.generatedAt.prefix(10))) }
        let view = View(
            asOf: asOf.iso, runs: Array(runs),
            authorities: authorities.map { Authority(code: $0.code, name: $0.name, asOf: asOf.iso) },
            reviews: published.map {
                Review(
                    body: $0.bodyName, date: $0.reviewedOn.iso, judgement: $0.judgement.replacingOccurrences(of: "_", with: " "),
                    takenToBoard: $0.takenToBoardOn?.iso ?? "not yet")
            })
        return self.page(title: "MGA Board reports", template: "board", view: view, person: person, path: page.path)
    }

    /// The report for an authority on a date, as the board sees it (officers too, here: the
    /// officers' version is the command line's and the API's), in the page or as a download.
    func boardReport(_ page: PageRequest) async throws -> Response {
        let person = page.signedIn
        let register = register(for: person)
        let la = try await register.localAuthority(Self.query(page.request, "la") ?? "")
        let format = Self.query(page.request, "format") ?? "html"
        guard ["html", "pdf", "csv", "json"].contains(format) else {
            throw InputError.usage("format: expected html, pdf, csv or json")
        }
        let run = BoardReportRun(register: register, settings: deps.settings)
        let report = try await run.compose(laCode: la.code, asOf: try reportDate(page), since: nil, audience: .board)
        let rendered = try await deps.printing.render(report, format: format, table: nil, channel: page.context.channel)
        try await run.record(report, format: format, sha256: ReportOutput.sha256(rendered.bytes), path: nil, via: "web")
        var headers: HTTPFields = [.contentType: rendered.contentType]
        if format == "html" {
            // The report's own policy: its inline styles and inline SVG, no script.
            headers[.contentSecurityPolicy] = SecurityHeadersMiddleware<ServiceContext>.contentSecurityPolicy
        } else {
            headers[.contentDisposition] = "attachment; filename=\"mga-board-\(la.code)-\(report.asOf.iso).\(format)\""
        }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: rendered.bytes)))
    }

    /// The `as_of` of the query, or today; a malformed date is a 400 page naming the field.
    private func reportDate(_ page: PageRequest) throws -> CalendarDate {
        guard let text = Self.query(page.request, "as_of"), !text.isEmpty else { return deps.today }
        guard let date = CalendarDate(typed: text), date <= deps.today else {
            throw InputError.usage("as_of: expected a date as YYYY-MM-DD, today or earlier")
        }
        return date
    }
}
