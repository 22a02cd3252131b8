import Foundation
import Governance
import HTTPTypes
import TestSupport

/// How the boundary matrix calls each documented operation: a request against one authority's
/// objects (`side`), made unique by `n` where a repeated write would collide. A new operation in
/// openapi.yaml without an entry here fails `BoundaryMatrixTests`, naming it.
struct MatrixRoute: Sendable {
    typealias Build = @Sendable (_ side: TwoAuthorities.Side, _ world: TwoAuthorities, _ n: Int) -> (uri: String, body: String?)

    var build: Build
    /// Whether the request names one authority's object (path, query or body): then it is also
    /// made against the other authority's, which a token limited to Merton must not reach.
    var reachesObject = true
    /// Published statistics every caller with the role may read, whichever authority they describe.
    var publicData = false
    /// What a token limited to Merton gets for Sutton's object (404 unless the route refuses the
    /// input itself, as a profile upload for another authority's area does).
    var outside: HTTPResponse.Status = .notFound
    /// A URI naming an object that does not exist: answered exactly as one outside the token's reach.
    var missing: (@Sendable (TwoAuthorities) -> String)? = nil
    /// Writes that spoil later routes' objects run last.
    var late = false

    init(
        build: @escaping Build, reachesObject: Bool = true, publicData: Bool = false, outside: HTTPResponse.Status = .notFound,
        missing: (@Sendable (TwoAuthorities) -> String)? = nil, late: Bool = false
    ) {
        self.build = build
        self.reachesObject = reachesObject
        self.publicData = publicData
        self.outside = outside
        self.missing = missing
        self.late = late
    }

    static func get(_ path: @escaping @Sendable (TwoAuthorities.Side) -> String, missing: String? = nil) -> MatrixRoute {
        let build: Build = { side, _, _ in (uri: path(side), body: nil) }
        var absent: (@Sendable (TwoAuthorities) -> String)? = nil
        if let missing { absent = { @Sendable (_: TwoAuthorities) -> String in missing } }
        return MatrixRoute(build: build, missing: absent)
    }

    static func listing(_ path: String, other: (@Sendable (TwoAuthorities.Side) -> String)? = nil) -> MatrixRoute {
        let build: Build = { side, _, _ in
            guard side.laCode != 315, let other else { return (uri: path, body: nil) }
            return (uri: other(side), body: nil)
        }
        return MatrixRoute(build: build, reachesObject: other != nil)
    }

    static func post(
        _ path: @escaping @Sendable (TwoAuthorities.Side) -> String, missing: String? = nil, late: Bool = false,
        _ body: @escaping @Sendable (TwoAuthorities.Side, TwoAuthorities, Int) -> String
    ) -> MatrixRoute {
        let build: Build = { side, world, n in (uri: path(side), body: body(side, world, n)) }
        var absent: (@Sendable (TwoAuthorities) -> String)? = nil
        if let missing { absent = { @Sendable (_: TwoAuthorities) -> String in missing } }
        return MatrixRoute(build: build, missing: absent, late: late)
    }

    static func date(_ n: Int, from start: String = "2016-01-01") -> String {
        CalendarDate(iso: start)!.adding(days: n).iso
    }

    static let seats =
        #"[{"category": "parent", "seats": 2, "term_years": 4}, {"category": "headteacher", "seats": 1}, "#
        + #"{"category": "staff", "seats": 1, "term_years": 4}, {"category": "local_authority", "seats": 1, "term_years": 4}, "#
        + #"{"category": "co_opted", "seats": 3, "term_years": 4}]"#

    /// Every /api/v1 operation, keyed as openapi.yaml and `AccessPolicy` key it.
    static let all: [String: MatrixRoute] = [
        "GET /api/v1/schools": .listing("/api/v1/schools", other: { "/api/v1/schools?la=\($0.laCode)" }),
        "POST /api/v1/schools": .post({ _ in "/api/v1/schools" }) { side, _, n in
            #"{"urn": \#(103_000 + n), "la": "\#(side.laCode)", "number": \#(3000 + n), "name": "School \#(n)", "category": "community"}"#
        },
        "GET /api/v1/schools/{urn}": .get({ "/api/v1/schools/\($0.urn)" }, missing: "/api/v1/schools/999999"),
        "POST /api/v1/schools/{urn}": .post({ "/api/v1/schools/\($0.urn)" }, missing: "/api/v1/schools/999999") { _, _, n in
            #"{"ward": "Ward \#(n)"}"#
        },
        "POST /api/v1/federations": .post({ _ in "/api/v1/federations" }) { side, _, n in
            #"{"name": "Federation \#(n)", "schools": [\#(side.urn)], "from": "2016-09-01"}"#
        },
        "GET /api/v1/authorities": .listing("/api/v1/authorities"),
        "POST /api/v1/authorities": MatrixRoute(
            build: { _, _, n in ("/api/v1/authorities", #"{"code": \#(400 + n), "name": "Authority \#(n)"}"#) },
            reachesObject: false),
        "POST /api/v1/authorities/{la}/ons-code": .post(
            { "/api/v1/authorities/\($0.laCode)/ons-code" }, missing: "/api/v1/authorities/998/ons-code"
        ) { side, _, _ in #"{"ons_code": "\#(side.laCode == 315 ? "E09000024" : "E09000029")"}"# },
        "GET /api/v1/authorities/{la}/summary": .get(
            { "/api/v1/authorities/\($0.laCode)/summary?as_of=2015-11-30" }, missing: "/api/v1/authorities/998/summary"),
        "GET /api/v1/bodies": .listing("/api/v1/bodies", other: { "/api/v1/bodies?la=\($0.laCode)" }),
        "GET /api/v1/bodies/{body}": .get({ "/api/v1/bodies/\($0.body)" }, missing: "/api/v1/bodies/999999"),
        "GET /api/v1/bodies/{body}/instruments": .get(
            { "/api/v1/bodies/\($0.body)/instruments" }, missing: "/api/v1/bodies/999999/instruments"),
        "POST /api/v1/bodies/{body}/instruments": .post(
            { "/api/v1/bodies/\($0.body)/instruments" }, missing: "/api/v1/bodies/999999/instruments"
        ) { _, _, n in #"{"made": "2016-01-01", "effective": "\#(date(n, from: "2016-02-01"))", "seats": \#(seats)}"# },
        "GET /api/v1/bodies/{body}/appointments": .get(
            { "/api/v1/bodies/\($0.body)/appointments?as_of=2015-11-30" }, missing: "/api/v1/bodies/999999/appointments"),
        "GET /api/v1/bodies/{body}/check": .get(
            { "/api/v1/bodies/\($0.body)/check?as_of=2015-11-30" }, missing: "/api/v1/bodies/999999/check"),
        "GET /api/v1/bodies/{body}/training": .get(
            { "/api/v1/bodies/\($0.body)/training" }, missing: "/api/v1/bodies/999999/training"),
        "GET /api/v1/bodies/{body}/skills": .get(
            { "/api/v1/bodies/\($0.body)/skills" }, missing: "/api/v1/bodies/999999/skills"),
        "POST /api/v1/bodies/{body}/reconstitution-stages": .post(
            { "/api/v1/bodies/\($0.body)/reconstitution-stages" }, missing: "/api/v1/bodies/999999/reconstitution-stages"
        ) { _, _, n in #"{"stage": "review_started", "date": "\#(date(n))"}"# },
        "POST /api/v1/bodies/{body}/reconstitution-rounds": .post(
            { "/api/v1/bodies/\($0.body)/reconstitution-rounds" }, missing: "/api/v1/bodies/999999/reconstitution-rounds"
        ) { _, _, n in #"{"date": "\#(date(n))"}"# },
        "POST /api/v1/bodies/{body}/headteacher-recruitments": .post(
            { "/api/v1/bodies/\($0.body)/headteacher-recruitments" },
            missing: "/api/v1/bodies/999999/headteacher-recruitments"
        ) { _, _, n in #"{"planned": "\#(date(n, from: "2017-01-01"))", "recorded": "2016-01-01"}"# },
        "POST /api/v1/bodies/{body}/comparators": .post(
            { "/api/v1/bodies/\($0.body)/comparators" }, missing: "/api/v1/bodies/999999/comparators"
        ) { side, _, _ in #"{"profile": "\#(side.profile)"}"# },
        "GET /api/v1/bodies/{body}/reviews": .get(
            { "/api/v1/bodies/\($0.body)/reviews" }, missing: "/api/v1/bodies/999999/reviews"),
        "POST /api/v1/bodies/{body}/reviews": .post(
            { "/api/v1/bodies/\($0.body)/reviews" }, missing: "/api/v1/bodies/999999/reviews"
        ) { side, _, n in
            #"{"chair_appointment_id": \#(side.chairAppointment), "date": "\#(date(n, from: "2015-10-01"))", "judgement": "representative"}"#
        },
        "GET /api/v1/appointments": .listing("/api/v1/appointments", other: { "/api/v1/appointments?la=\($0.laCode)" }),
        "POST /api/v1/appointments": .post({ _ in "/api/v1/appointments" }) { side, _, n in
            #"{"body": "\#(side.body)", "forename": "New\#(n)", "surname": "Appointee", "category": "co_opted", "start": "2016-01-01"}"#
        },
        "POST /api/v1/appointments/{id}/end": .post(
            { "/api/v1/appointments/\($0.memberAppointment)/end" }, missing: "/api/v1/appointments/999999/end", late: true
        ) { _, _, _ in #"{"on": "2016-08-31", "reason": "resigned"}"# },
        "POST /api/v1/appointments/{id}/reappoint": .post(
            { "/api/v1/appointments/\($0.memberAppointment)/reappoint" }, missing: "/api/v1/appointments/999999/reappoint"
        ) { _, _, _ in #"{"start": "2019-01-01"}"# },
        "POST /api/v1/appointments/{id}/role": .post(
            { "/api/v1/appointments/\($0.memberAppointment)/role" }, missing: "/api/v1/appointments/999999/role"
        ) { _, _, _ in #"{"role": "vice_chair"}"# },
        "POST /api/v1/appointments/{id}/surplus-departure": .post(
            { "/api/v1/appointments/\($0.memberAppointment)/surplus-departure" },
            missing: "/api/v1/appointments/999999/surplus-departure", late: true
        ) { _, _, _ in #"{"decided_by": "governing_body", "decided_on": "2016-01-01"}"# },
        "GET /api/v1/vacancies": .listing("/api/v1/vacancies", other: { "/api/v1/vacancies?la=\($0.laCode)" }),
        "POST /api/v1/vacancies": .post({ _ in "/api/v1/vacancies" }) { side, _, n in
            #"{"body": "\#(side.body)", "category": "parent", "opened": "\#(date(n))", "reason": "resigned"}"#
        },
        "POST /api/v1/vacancies/{id}/fill": .post(
            { "/api/v1/vacancies/\($0.vacancy)/fill" }, missing: "/api/v1/vacancies/999999/fill"
        ) { side, _, _ in #"{"appointment_id": \#(side.chairAppointment)}"# },
        "POST /api/v1/vacancies/{id}/close": .post(
            { "/api/v1/vacancies/\($0.vacancy)/close" }, missing: "/api/v1/vacancies/999999/close", late: true
        ) { _, _, _ in #"{"on": "2016-02-01", "reason": "not needed"}"# },
        "POST /api/v1/vacancies/{id}/skills-sought": .post(
            { "/api/v1/vacancies/\($0.vacancy)/skills-sought" }, missing: "/api/v1/vacancies/999999/skills-sought"
        ) { _, _, _ in #"{"questions": ["FIN2"]}"# },
        "GET /api/v1/people/{person}": .get({ "/api/v1/people/\($0.person)" }, missing: "/api/v1/people/999999"),
        "GET /api/v1/people/{person}/training": .get(
            { "/api/v1/people/\($0.person)/training" }, missing: "/api/v1/people/999999/training"),
        "GET /api/v1/people/{person}/diversity": .get(
            { "/api/v1/people/\($0.person)/diversity?reason=matrix" }, missing: "/api/v1/people/999999/diversity?reason=matrix"),
        "POST /api/v1/people/{person}/diversity": .post(
            { "/api/v1/people/\($0.person)/diversity" }, missing: "/api/v1/people/999999/diversity"
        ) { _, _, n in #"{"date": "\#(date(n))", "sex": "female", "ethnicity": "indian", "collected_by": "paper_form"}"# },
        "POST /api/v1/people/{person}/objection": .post(
            { "/api/v1/people/\($0.person)/objection" }, missing: "/api/v1/people/999999/objection", late: true
        ) { _, _, _ in #"{"date": "2016-06-01"}"# },
        "POST /api/v1/people/{person}/dbs-checks": .post(
            { "/api/v1/people/\($0.person)/dbs-checks" }, missing: "/api/v1/people/999999/dbs-checks"
        ) { _, _, n in #"{"applied": "\#(date(n))"}"# },
        "GET /api/v1/people/{person}/export": .get(
            { "/api/v1/people/\($0.person)/export?reason=matrix" }, missing: "/api/v1/people/999999/export?reason=matrix"),
        "GET /api/v1/courses": .listing("/api/v1/courses"),
        "POST /api/v1/courses": MatrixRoute(
            build: { _, _, n in ("/api/v1/courses", #"{"title": "Course \#(n)", "kind": "other"}"#) }, reachesObject: false),
        "POST /api/v1/training": .post({ _ in "/api/v1/training" }) { side, world, n in
            #"{"person_id": \#(side.person), "course_id": \#(world.course), "completed": "\#(date(n))"}"#
        },
        "GET /api/v1/reconstitution": .listing(
            "/api/v1/reconstitution?as_of=2015-11-30", other: { "/api/v1/reconstitution?la=\($0.laCode)" }),
        "GET /api/v1/reconstitution/rounds": .listing(
            "/api/v1/reconstitution/rounds", other: { "/api/v1/reconstitution/rounds?body=\($0.body)" }),
        "GET /api/v1/headteacher-recruitments": .listing(
            "/api/v1/headteacher-recruitments", other: { "/api/v1/headteacher-recruitments?body=\($0.body)" }),
        "POST /api/v1/headteacher-recruitments/{id}/cancel": .post(
            { "/api/v1/headteacher-recruitments/\($0.recruitment)/cancel" },
            missing: "/api/v1/headteacher-recruitments/999999/cancel", late: true
        ) { _, _, _ in #"{"on": "2016-02-01"}"# },
        "GET /api/v1/succession-policies": .listing(
            "/api/v1/succession-policies", other: { "/api/v1/succession-policies?la=\($0.laCode)" }),
        "POST /api/v1/schools/{urn}/succession-policies": .post(
            { "/api/v1/schools/\($0.urn)/succession-policies" }, missing: "/api/v1/schools/999999/succession-policies"
        ) { _, _, n in #"{"source": "own", "adopted": "\#(date(n))", "diversity_evidenced": true, "minute": "minute \#(n)"}"# },
        "POST /api/v1/headteacher-recruitments/{id}/stages": .post(
            { "/api/v1/headteacher-recruitments/\($0.recruitment)/stages" },
            missing: "/api/v1/headteacher-recruitments/999999/stages"
        ) { _, _, n in #"{"stage": "advertised", "on": "\#(date(n, from: "2015-09-10"))"}"# },
        "POST /api/v1/headteacher-recruitments/{id}/panel": .post(
            { "/api/v1/headteacher-recruitments/\($0.recruitment)/panel" },
            missing: "/api/v1/headteacher-recruitments/999999/panel"
        ) { side, _, _ in #"{"appointment_id": \#(side.chairAppointment.rawValue), "joined": "2015-09-05"}"# },
        "POST /api/v1/headteacher-recruitments/{id}/confirmation": .post(
            { "/api/v1/headteacher-recruitments/\($0.recruitment)/confirmation" },
            missing: "/api/v1/headteacher-recruitments/999999/confirmation"
        ) { _, _, _ in #"{"on": "2016-01-10", "minute": "FGB minute 4"}"# },
        "GET /api/v1/authorities/{la}/recruitment-funnel": .get(
            { "/api/v1/authorities/\($0.laCode)/recruitment-funnel?from=2015-01-01&to=2015-12-31" },
            missing: "/api/v1/authorities/998/recruitment-funnel?from=2015-01-01&to=2015-12-31"),
        "GET /api/v1/candidates": .listing("/api/v1/candidates", other: { "/api/v1/candidates?la=\($0.laCode)" }),
        "POST /api/v1/candidates": .post({ _ in "/api/v1/candidates" }) { side, _, n in
            #"{"la": "\#(side.laCode)", "name": "Candidate \#(n)", "route": "co_option", "on": "\#(date(n))"}"#
        },
        "POST /api/v1/candidates/{id}/stages": .post(
            { "/api/v1/candidates/\($0.candidate)/stages" }, missing: "/api/v1/candidates/999999/stages"
        ) { _, _, n in #"{"stage": "applied", "on": "\#(date(n))"}"# },
        "GET /api/v1/candidates/{id}/export": .get(
            { "/api/v1/candidates/\($0.candidate)/export?reason=matrix" },
            missing: "/api/v1/candidates/999999/export?reason=matrix"),
        "POST /api/v1/candidates/{id}/monitoring": .post(
            { "/api/v1/candidates/\($0.candidate)/monitoring" }, missing: "/api/v1/candidates/999999/monitoring"
        ) { _, _, n in
            #"{"on": "\#(date(n))", "sex": "prefer_not_to_say", "ethnicity": "prefer_not_to_say", "collected_by": "paper_form"}"#
        },
        "GET /api/v1/profiles": MatrixRoute(
            build: { _, _, _ in ("/api/v1/profiles", nil) }, reachesObject: false, publicData: true),
        "POST /api/v1/profiles": MatrixRoute(
            build: { side, _, n in
                let code = side.laCode == 315 ? "E09000024" : "E09000029"
                return (
                    "/api/v1/profiles?source=Upload%20\(n)&date=2011-03-27",
                    "geography_code,geography_name,dimension,category,count\n\(code),Area,sex,female,51\n\(code),Area,sex,male,49\n"
                )
            }, outside: .unprocessableContent),
        "GET /api/v1/profiles/{profile}": MatrixRoute(
            build: { side, _, _ in ("/api/v1/profiles/\(side.profile)", nil) }, publicData: true),
        // Profiles are public, so another authority's is seen and refused (403), not hidden.
        "POST /api/v1/profiles/{profile}/withdraw": MatrixRoute(
            build: { side, _, _ in ("/api/v1/profiles/\(side.profile)/withdraw", #"{"on": "2016-06-01", "reason": "replaced"}"#)
            },
            outside: .forbidden, late: true),
        "GET /api/v1/bodies/{body}/representativeness": .get(
            { "/api/v1/bodies/\($0.body)/representativeness?as_of=2015-11-30" },
            missing: "/api/v1/bodies/999999/representativeness"),
        "GET /api/v1/authorities/{la}/representativeness": .get(
            { "/api/v1/authorities/\($0.laCode)/representativeness?as_of=2015-11-30" },
            missing: "/api/v1/authorities/998/representativeness"),
        "GET /api/v1/authorities/{la}/representativeness/trend": .get(
            { "/api/v1/authorities/\($0.laCode)/representativeness/trend" },
            missing: "/api/v1/authorities/998/representativeness/trend"),
        "POST /api/v1/representativeness/snapshots": MatrixRoute(
            build: { _, _, n in ("/api/v1/representativeness/snapshots?as_of=\(date(n, from: "2015-06-01"))", nil) },
            reachesObject: false),
        "GET /api/v1/reports/board": .get({ "/api/v1/reports/board?la=\($0.laCode)&as_of=2015-11-30&format=json" }),
        "GET /api/v1/reports/runs": .listing("/api/v1/reports/runs"),
        "GET /api/v1/alerts": .listing("/api/v1/alerts", other: { "/api/v1/alerts?la=\($0.laCode)" }),
        "POST /api/v1/tracking/runs": MatrixRoute(
            build: { _, _, _ in ("/api/v1/tracking/runs?as_of=2015-11-30", nil) }, reachesObject: false),
        "GET /api/v1/tracking/checks": .listing("/api/v1/tracking/checks"),
        "POST /api/v1/imports/{kind}": MatrixRoute(
            build: { _, _, _ in ("/api/v1/imports/schools", "not,a,gias,file\n") }, reachesObject: false),
        "GET /api/v1/audit": .listing("/api/v1/audit?limit=5"),
        "POST /api/v1/retention/runs": MatrixRoute(
            build: { _, _, _ in ("/api/v1/retention/runs?as_of=2015-11-30&dry_run=true", nil) }, reachesObject: false),
    ]
}
