import Foundation
import Governance

/// Generates a synthetic borough (about 60 schools of mixed categories, a federation, about 700
/// governors over 2011-2016) from a seed. Pure: no I/O; the same seed gives the same borough.
public struct DemoBoroughGenerator {
    /// The simulation runs from the borough's state on `start` to `end`.
    public static let start = CalendarDate(year: 2011, month: 9, day: 1)!
    public static let end = CalendarDate(year: 2016, month: 8, day: 31)!
    /// The reconstitution deadline the outcomes are drawn around.
    static let deadline = CalendarDate(year: 2015, month: 9, day: 1)!

    var random: SeededGenerator
    var events: [DemoEvent] = []
    var instruments: [DemoInstrument] = []
    var nextKey = 1

    public init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    /// The borough for this seed, labelled as synthetic in the authority's name.
    public mutating func generate(laCode: Int = 315, laName: String = "Merton (synthetic demo)") -> DemoBorough {
        let schools = makeSchools()
        let maintained = schools.filter { $0.category.isMaintained }
        // Two community primaries federate on 1 September 2014.
        let federated = Array(maintained.filter { $0.category == .community && $0.phase == "Primary" }.prefix(2))
        let federationDate = CalendarDate(year: 2014, month: 9, day: 1)!
        let places = federated.map { $0.name.replacingOccurrences(of: " Primary School", with: "") }
        let federation = DemoFederation(
            name: "\(places[0]) and \(places[1]) Federation", urns: federated.map(\.urn),
            from: federationDate)
        var heads: [Int: Int] = [:]
        for school in maintained {
            let isFederated = federated.contains { $0.urn == school.urn }
            let until = isFederated ? federationDate.adding(days: -1) : Self.end
            var body = DemoBodySimulation(
                generator: self, schools: [school], from: Self.start, until: until,
                outcome: isFederated ? .neverStarted : drawOutcome())
            body.run()
            self = body.generator
            heads[school.urn] = body.headPersonKeys.first
        }
        var federationBody = DemoBodySimulation(
            generator: self, schools: federated, from: federationDate, until: Self.end,
            outcome: .federationConstitutedUnder2012)
        federationBody.inheritedHeads = federated.compactMap { heads[$0.urn] }
        federationBody.run()
        self = federationBody.generator
        events.append(DemoEvent(date: federationDate, kind: .federate))
        addCandidates()
        events.sort { ($0.date, $0.kind.order) < ($1.date, $1.kind.order) }
        return DemoBorough(
            laCode: laCode, laName: laName, schools: schools, federations: [federation],
            instruments: instruments, courses: DemoBodySimulation.courses, events: events)
    }

    mutating func key() -> Int {
        defer { nextKey += 1 }
        return nextKey
    }

    /// 62 schools: maintained schools of every category, and academies (recorded, no body).
    mutating func makeSchools() -> [DemoSchool] {
        let plan: [(SchoolCategory, FoundationStatus?, String, Int)] = [
            (.community, nil, "Primary", 30), (.community, nil, "Secondary", 3), (.communitySpecial, nil, "Not applicable", 3),
            (.maintainedNursery, nil, "Nursery", 2), (.voluntaryAided, nil, "Primary", 8), (.voluntaryAided, nil, "Secondary", 2),
            (.voluntaryControlled, nil, "Primary", 2), (.foundation, .withoutFoundation, "Secondary", 1),
            (.foundation, .withFoundation, "Primary", 2), (.foundation, .qualifyingFoundation, "Secondary", 1),
            (.academy, nil, "Primary", 5), (.academy, nil, "Secondary", 3),
        ]
        var schools: [DemoSchool] = []
        var places = DemoNames.places
        for (category, foundation, phase, count) in plan {
            for _ in 0..<count {
                let place = places.remove(at: random.int(0...(places.count - 1)))
                let suffix: String
                switch (category, phase) {
                case (.voluntaryAided, _), (.voluntaryControlled, _):
                    suffix = random.chance(0.6) ? "CofE \(phase) School" : "RC \(phase) School"
                case (.communitySpecial, _): suffix = "School"
                case (.maintainedNursery, _): suffix = "Nursery School"
                case (.academy, _): suffix = "\(phase) Academy"
                default: suffix = phase == "Secondary" ? "High School" : "Primary School"
                }
                let number = 900_001 + schools.count
                let estab =
                    (phase == "Secondary"
                        ? 4000
                        : category == .voluntaryAided || category == .voluntaryControlled
                            ? 3300
                            : category == .communitySpecial ? 7000 : category == .maintainedNursery ? 1000 : 2000) + schools.count
                schools.append(
                    DemoSchool(
                        urn: number, establishmentNumber: estab, name: "\(place) \(suffix)", phase: phase,
                        category: category, foundationStatus: foundation,
                        ward: random.element(DemoNames.wards),
                        openDate: CalendarDate(year: random.int(1950...1995), month: 9, day: 1)!))
            }
        }
        return schools
    }

    /// Where a body stands with reconstitution: drawn to resemble a borough catching up in 2015.
    mutating func drawOutcome() -> ReconstitutionOutcome {
        random.pick([
            (.onTime, 0.70), (.late, 0.09), (.inProgress, 0.13), (.neverStarted, 0.08),
        ])
    }
}

/// How a body's reconstitution goes in the simulation.
enum ReconstitutionOutcome: Sendable {
    /// New instrument effective by 1 September 2015.
    case onTime
    /// Effective between September and November 2015.
    case late
    /// Started in 2015, not finished until 2016.
    case inProgress
    /// Still on its 2007 instrument at the end.
    case neverStarted
    /// A federation constituted under the 2012 federation regulations when it formed.
    case federationConstitutedUnder2012
}

extension DemoEvent.Kind {
    /// Same-day order: federation and endings before vacancies, appointments, then the rest. A
    /// vacancy opens before any closing on the same day, since a seat a new instrument removes may
    /// have fallen vacant that morning (seed 7 closed a vacancy it had not opened yet).
    var order: Int {
        switch self {
        case .federate: return 0
        case .instrument: return 1
        case .end: return 2
        case .openVacancy: return 3
        case .closeVacancy: return 4
        case .appoint: return 5
        case .fillVacancy: return 6
        // A candidate is recorded before their stages and answers; appointed after the appointment is.
        case .candidate: return 7
        case .candidateMonitoring, .candidateStage: return 8
        default: return 7
        }
    }
}
