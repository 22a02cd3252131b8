import DemoBorough
import Foundation
import Governance
import Interchange
import Reports
import Store

/// Loads a generated demo borough through the register's own store methods (the same ones the
/// data-entry commands call), event by event in date order, so the audit trail, constraints and
/// checks all apply to it as to real data.
public struct DemoLoader {
    public let register: Register
    private var bodies: [Int: BodyID] = [:]
    private var people: [Int: PersonID] = [:]
    private var appointments: [Int: AppointmentID] = [:]
    private var vacancies: [Int: VacancyID] = [:]
    private var courses: [String: Int64] = [:]
    private var latestInstrument: [Int: Int64] = [:]
    /// Each body's latest planned headteacher appointment, by the body's first URN.
    private var recruitments: [Int: Int64] = [:]
    private var candidates: [Int: Int64] = [:]
    private var skillsFramework: StoredSkillsFramework?

    public init(register: Register) { self.register = register }

    /// Loads `borough`; the register must not hold its local authority yet.
    public mutating func load(_ borough: DemoBorough, onsCode: String) async throws {
        try await register.addLocalAuthority(LocalAuthority(code: borough.laCode, name: borough.laName))
        try await register.setONSCode(laCode: borough.laCode, onsCode: onsCode)
        try await loadProfiles(onsCode: onsCode, name: borough.laName)
        for s in borough.schools {
            let body = try await register.addSchool(
                School(
                    urn: s.urn, laCode: borough.laCode, establishmentNumber: s.establishmentNumber, name: s.name, phase: s.phase,
                    establishmentType: s.category.label.capitalizedFirst + " school (synthetic)", category: s.category,
                    foundationStatus: s.foundationStatus, status: "Open", ward: s.ward, openDate: s.openDate))
            if let body { bodies[s.urn] = body }
        }
        for course in borough.courses {
            guard let kind = CourseKind(rawValue: course.kind) else { continue }
            courses[course.key] = try await register.addCourse(title: course.title, kind: kind, provider: "Governor Services")
        }
        skillsFramework = try await loadSkillsFramework()
        for event in borough.events { try await apply(event, borough) }
    }

    private mutating func apply(_ event: DemoEvent, _ borough: DemoBorough) async throws {
        let date = event.date
        switch event.kind {
        case .federate:
            for federation in borough.federations where federation.from == date {
                let result = try await register.federate(name: federation.name, urns: federation.urns, on: date)
                for urn in federation.urns { bodies[urn] = result.bodyID }
            }
        case .instrument(let index):
            let i = borough.instruments[index]
            let seats = i.seats.sorted { $0.key.rawValue < $1.key.rawValue }.map {
                SeatAllocation(category: $0.key, seats: $0.value, termYears: $0.key == .headteacher ? nil : i.termYears)
            }
            latestInstrument[i.bodyURN] = try await register.addInstrument(
                NewInstrument(
                    bodyID: try body(i.bodyURN), madeOn: i.madeOn, effectiveFrom: i.effectiveFrom, regulations: i.regulations,
                    headIsGovernor: true, note: "synthetic demo instrument", seats: seats))
        case .appoint(let a):
            let appointee: AppointeeChoice =
                a.existingPerson
                ? .existing(personID: try id(people, a.personKey, "person"))
                : .new(PersonName(title: a.title, forename1: a.forename, surname: a.surname))
            let appointmentID = try await register.appoint(
                NewAppointment(
                    appointee: appointee, bodyID: try body(a.bodyURN), category: a.category, appointingBody: a.appointingBody,
                    role: a.role, startDate: date, termEnd: a.termEnd, exOfficio: a.category == .headteacher,
                    employedAtSchool: a.employedAtSchool))
            appointments[a.key] = appointmentID
            if !a.existingPerson { people[a.personKey] = try await register.appointment(appointmentID).personID }
        case .end(let key, let reason):
            let appointment = try id(appointments, key, "appointment")
            // A body dissolved on federation has already ended its appointments.
            if try await register.appointment(appointment).endedOn == nil {
                try await register.endAppointment(appointment, on: date, reason: EndReason(rawValue: reason) ?? .other)
            }
        case .openVacancy(let key, let urn, let category, let reason):
            vacancies[key] = try await register.openVacancy(
                bodyID: try body(urn), category: category, openedOn: date,
                reason: VacancyReason(rawValue: reason) ?? .other, note: nil)
        case .fillVacancy(let key, let appointmentKey):
            try await register.fillVacancy(
                try id(vacancies, key, "vacancy"), with: try id(appointments, appointmentKey, "appointment"),
                on: date)
        case .closeVacancy(let key, let reason):
            try await register.closeVacancy(try id(vacancies, key, "vacancy"), on: date, reason: reason)
        case .training(let person, let course):
            _ = try await register.recordTraining(
                personID: try id(people, person, "person"),
                courseID: try id(courses, course, "course"), completedOn: date)
        case .reconstitution(let urn, let stageName):
            guard let stage = ReconstitutionStage(rawValue: stageName) else { return }
            let linksInstrument = stage == .instrumentMade || stage == .instrumentEffective
            _ = try await register.recordReconstitutionStage(
                bodyID: try body(urn), stage: stage, on: date, instrumentID: linksInstrument ? latestInstrument[urn] : nil,
                note: nil)
        case .declaration(let person, let sex, let ethnicity):
            _ = try await register.recordDiversity(
                personID: try id(people, person, "person"), on: date, sex: sex,
                ethnicity: ethnicity, collectedBy: person % 3 == 0 ? .onlineForm : .paperForm)
        case .objection(let person):
            try await register.recordObjection(personID: try id(people, person, "person"), on: date)
        case .surplusDeparture(let key, let decidedBy):
            try await register.recordSurplusDeparture(
                appointmentID: try id(appointments, key, "appointment"),
                decidedBy: DepartureAuthority(rawValue: decidedBy) ?? .governingBody, decidedOn: date, leavesOn: date,
                note: "synthetic demo decision")
        case .recruitment(let urn, let planned):
            recruitments[urn] = try await register.planHeadteacherRecruitment(
                bodyID: try body(urn), recordedOn: date, plannedOn: planned,
                note: nil)
        case .successionPolicy(let urn, let model, let evidenced, let review, let minute):
            _ = try await register.recordSuccessionPolicy(
                NewSuccessionPolicy(
                    urn: urn, source: model ? .model : .own, modelVersion: model ? "Merton model policy v1" : nil,
                    adoptedOn: date, reviewOn: review, diversityEvidenced: evidenced,
                    diversityNote: evidenced ? nil : "no section on representation and diversity", minute: minute))
        case .recruitmentStage(let urn, let stage):
            _ = try await register.addRecruitmentStage(
                try id(recruitments, urn, "recruitment"), stage: stage, on: date, note: nil)
        case .recruitmentPanel(let urn, let members):
            let recruitment = try id(recruitments, urn, "recruitment")
            let serving = try await register.appointments(bodyID: try body(urn))
                .filter { $0.category.isGovernor && $0.serves(on: date) }
                .sorted { ($0.role == .chair ? 0 : 1, $0.id.rawValue) < ($1.role == .chair ? 0 : 1, $1.id.rawValue) }
            for member in serving.prefix(members) {
                _ = try await register.addPanelMember(recruitment, appointmentID: member.id, joinedOn: date)
            }
        case .candidate(let key, let vacancy, let name, let route):
            candidates[key] = try await register.addCandidate(
                laCode: borough.laCode, name: name, route: CandidateRoute(rawValue: route) ?? .other,
                vacancyID: try id(vacancies, vacancy, "vacancy"), recordedOn: date, note: nil)
            _ = try await register.addCandidateStage(
                try id(candidates, key, "candidate"), stage: .expressedInterest, on: date, appointmentID: nil)
        case .candidateStage(let key, let stage, let appointment):
            _ = try await register.addCandidateStage(
                try id(candidates, key, "candidate"), stage: stage, on: date,
                appointmentID: try appointment.map { try id(appointments, $0, "appointment") })
        case .candidateMonitoring(let key, let sex, let ethnicity):
            try await register.recordCandidateMonitoring(
                try id(candidates, key, "candidate"), on: date, sex: sex, ethnicity: ethnicity, collectedBy: .onlineForm)
        case .panelConfirmation(let urn, let minute):
            _ = try await register.confirmPanel(try id(recruitments, urn, "recruitment"), on: date, minute: minute, note: nil)
        case .dbs(let person):
            _ = try await register.recordDBSCheck(personID: try id(people, person, "person"), appliedOn: date, issuedOn: nil)
        case .skillsAudit(let urn, let seed):
            try await skillsAudit(bodyID: try body(urn), on: date, seed: seed)
        case .chairReview(let urn, let chair, let judgement, let actions, let board):
            _ = try await ChairReviewRun(register: register, bands: BandThresholds()).record(
                bodyID: try body(urn), chairAppointmentID: try id(appointments, chair, "appointment"), reviewedOn: date,
                judgement: ReviewJudgement(rawValue: judgement) ?? .cannotTell, actions: actions, takenToBoardOn: board)
        }
    }

    /// The synthetic borough profiles, through the same importer `govmon profile import` uses.
    private func loadProfiles(onsCode: String, name: String) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-demo-profiles-\(UUID().uuidString).csv")
            .path
        let writer = try CSVWriter(path: path, header: TidyLayout.header)
        for row in DemoProfiles.tidyRows(geographyCode: onsCode, geographyName: name) { writer.write(row) }
        try writer.close()
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try await ProfileImport(register: register).run(
            path: path, displayName: "demo profiles", encoding: .utf8,
            source: ProfileSource(source: DemoProfiles.source, referenceDate: CalendarDate(year: 2011, month: 3, day: 27)!))
    }

    /// The demo framework, through the same reader and use case `govmon skills load` uses.
    private func loadSkillsFramework() async throws -> StoredSkillsFramework {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("govmon-demo-skills-\(UUID().uuidString).csv")
            .path
        try DemoSkills.csv.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try await SkillsAudit(register: register).load(
            path: path, displayName: "demo skills framework", name: DemoSkills.frameworkName, on: DemoSkills.loadedOn)
    }

    /// The governors serving that day answer as drawn; the body's open vacancies are then tagged
    /// with up to two of the audit's gaps, as an officer would after reading the summary.
    private func skillsAudit(bodyID: BodyID, on date: CalendarDate, seed: UInt64) async throws {
        guard let framework = skillsFramework else { return }
        let members = try await register.appointments(bodyID: bodyID, servingOn: date).filter(\.category.isGovernor)
            .sorted { $0.id.rawValue < $1.id.rawValue }
        for (member, answers) in zip(members, DemoSkills.answers(seed: seed, members: members.count)) {
            for answer in answers ?? [] {
                _ = try await register.recordSkillAnswer(
                    appointmentID: member.id, framework: framework, code: answer.code, on: date, score: answer.score,
                    text: nil)
            }
        }
        let audit = SkillsAudit(register: register)
        let gaps = try await audit.summary(
            bodyID: bodyID, framework: framework.name, asOf: date, leaving: .termsEndingWithin(months: 12)
        ).summary.questions.filter(\.isGap).prefix(2).map(\.code)
        guard !gaps.isEmpty else { return }
        for vacancy in try await register.vacancies(bodyID: bodyID, openOn: date) {
            _ = try await audit.seek(vacancy.id, codes: gaps, framework: framework.name, on: date)
        }
    }

    private func body(_ urn: Int) throws -> BodyID { try id(bodies, urn, "body for school") }

    private func id<Key: Hashable, ID>(_ map: [Key: ID], _ key: Key, _ what: String) throws -> ID {
        guard let value = map[key] else { throw StoreError.invalid("demo generator: no \(what) \(key) (a generator bug)") }
        return value
    }
}
