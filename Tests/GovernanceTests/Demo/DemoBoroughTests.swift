import DemoBorough
import Testing

@testable import Governance

@Suite struct DemoBoroughTests {
    @Test func theSameSeedGivesTheSameBorough() {
        var a = DemoBoroughGenerator(seed: 2015)
        var b = DemoBoroughGenerator(seed: 2015)
        var c = DemoBoroughGenerator(seed: 7)
        let first = a.generate(), second = b.generate(), other = c.generate()
        #expect(first.events.count == second.events.count && first.peopleCount == second.peopleCount)
        #expect(first.schools.map(\.name) == second.schools.map(\.name))
        #expect(first.schools.map(\.name) != other.schools.map(\.name))
    }

    @Test func theBoroughHasTheMixTheIssueAsksFor() {
        var generator = DemoBoroughGenerator(seed: 2015)
        let borough = generator.generate()
        let categories = Set(borough.schools.map(\.category))
        #expect(borough.schools.count == 62 && borough.schools.filter(\.category.isMaintained).count == 54)
        #expect(categories.isSuperset(of: [.community, .voluntaryAided, .voluntaryControlled, .foundation, .academy]))
        #expect(borough.federations.count == 1 && borough.federations[0].urns.count == 2)
        #expect(borough.laName.contains("synthetic"))
        // Every appointment's term is 1-4 years and every date lies in the simulated years.
        for event in borough.events {
            #expect(
                event.date >= CalendarDate(year: 2003, month: 1, day: 1)!
                    && event.date <= CalendarDate(year: 2016, month: 9, day: 30)!)
            if case .appoint(let a) = event.kind, let end = a.termEnd {
                #expect(TermOfOffice.problem(start: event.date, end: end) == nil)
            }
        }
    }

    @Test func mostNewInstrumentsAreLawfulAndTheBrokenOnesAreFound() throws {
        var generator = DemoBoroughGenerator(seed: 2015)
        let borough = generator.generate()
        let schools = Dictionary(uniqueKeysWithValues: borough.schools.map { ($0.urn, $0) })
        var breaches = 0, lawful = 0
        for i in borough.instruments where i.regulations == 2012 {
            let school = try #require(schools[i.bodyURN])
            let federated = borough.federations.contains { $0.urns.first == i.bodyURN && i.effectiveFrom == $0.from }
            let instrument = try InstrumentOfGovernment(
                seats: i.seats, termYears: [:], regulations: .of2012, headIsGovernor: true,
                schoolsGoverned: federated ? 2 : 1, madeOn: i.madeOn, effectiveFrom: i.effectiveFrom)
            let governed: GovernedSchools =
                federated
                ? .federation([GovernedSchool(school.category), GovernedSchool(school.category)])
                : .single(GovernedSchool(school.category, foundationStatus: school.foundationStatus))
            let findings = ConstitutionCheck.check(school: governed, instrument: instrument)
            if findings.contains(where: { $0.severity == .breach }) {
                breaches += 1
                // The only rule the generator breaks on purpose: a VA body one foundation governor short.
                #expect(school.category == .voluntaryAided, "\(school.name): \(findings.filter { $0.severity == .breach })")
            } else {
                lawful += 1
            }
        }
        #expect(lawful > 40 && breaches < 5)
    }
}
