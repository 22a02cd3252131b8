import APIContract
import Application
import Foundation
import Governance
import Store

/// Schools, federations and local authorities (`govmon school`, `federation`, `la`, `register summary`).
extension GovmonAPI {
    func getSchools(_ input: Operations.GetSchools.Input) async throws -> Operations.GetSchools.Output {
        let register = try register()
        let schools = try await register.schools(laCode: try await authority(input.query.la, register))
        return .ok(.init(body: .json(schools.map(Schemas.SchoolListing.init))))
    }

    func postSchools(_ input: Operations.PostSchools.Input) async throws -> Operations.PostSchools.Output {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let bodyID = try await SchoolEntry(register: try register()).add(
            .init(
                urn: b.urn, authority: b.la, number: b.number, name: b.name, category: Wire.map(b.category),
                foundation: b.foundation.map { Wire.map($0) }, phase: b.phase, ward: b.ward,
                opened: try bodyDate(b.opened, "opened")))
        return .created(.init(body: .json(.init(urn: b.urn, bodyId: bodyID?.rawValue))))
    }

    func getSchoolsUrn(_ input: Operations.GetSchoolsUrn.Input) async throws -> Operations.GetSchoolsUrn.Output {
        .ok(.init(body: .json(.init(try await register().school(urn: input.path.urn)))))
    }

    func postSchoolsUrn(_ input: Operations.PostSchoolsUrn.Input) async throws -> Operations.PostSchoolsUrn.Output {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let changes = SchoolChanges(
            name: b.name, category: b.category.map { Wire.map($0) }, foundationStatus: b.foundation.map { Wire.map($0) },
            phase: b.phase, ward: b.ward, closeDate: try bodyDate(b.closed, "closed"))
        let school = try await SchoolEntry(register: try register()).update(urn: input.path.urn, changes: changes)
        return .ok(.init(body: .json(.init(school))))
    }

    func postFederations(_ input: Operations.PostFederations.Input) async throws -> Operations.PostFederations.Output {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let result = try await SchoolEntry(register: try register())
            .federate(name: b.name, urns: b.schools, on: try bodyDate(b.from, "from"))
        return .created(.init(body: .json(.init(result))))
    }

    func getAuthorities(_ input: Operations.GetAuthorities.Input) async throws -> Operations.GetAuthorities.Output {
        .ok(.init(body: .json(try await register().localAuthorities().map(Schemas.LocalAuthority.init))))
    }

    func postAuthorities(_ input: Operations.PostAuthorities.Input) async throws -> Operations.PostAuthorities.Output {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let added = try await SchoolEntry(register: try register())
            .addAuthority(LocalAuthority(code: b.code, name: b.name), onsCode: b.onsCode)
        return .created(.init(body: .json(.init(added))))
    }

    func postAuthoritiesLaOnsCode(_ input: Operations.PostAuthoritiesLaOnsCode.Input) async throws
        -> Operations.PostAuthoritiesLaOnsCode.Output
    {
        guard case .json(let b) = input.body else { throw APIError.unsupportedBody }
        let la = try await SchoolEntry(register: try register()).setONSCode(authority: input.path.la, onsCode: b.onsCode)
        return .ok(.init(body: .json(.init(laCode: la.code, onsCode: b.onsCode))))
    }

    func getAuthoritiesLaSummary(_ input: Operations.GetAuthoritiesLaSummary.Input) async throws
        -> Operations.GetAuthoritiesLaSummary.Output
    {
        let (identity, register) = try caller()
        let la = try await register.localAuthority(input.path.la)
        let summary = SummaryFigures(summary: try await register.summary(laCode: la.code, asOf: try asOf(input.query.asOf)))
        let answer = AudienceGate.answer(
            summary, for: identity, deps.settings, officer: { Schemas.Summary.officer(.init($0)) },
            board: { .board(.init($0)) })
        return .ok(.init(body: .json(answer)))
    }
}
