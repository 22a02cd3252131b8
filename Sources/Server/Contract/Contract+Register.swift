import APIContract
import Foundation
import Governance
import Store

// The register's records in the contract's shapes (openapi.yaml): snake_case on the wire, enums in
// their stored spelling, dates as YYYY-MM-DD. A record reaches a client only through these.

typealias Schemas = Components.Schemas

extension Schemas.LocalAuthority {
    init(_ la: LocalAuthority) { self.init(code: la.code, name: la.name) }
}

extension Schemas.School {
    init(_ s: School) {
        self.init(
            urn: s.urn, laCode: s.laCode, establishmentNumber: s.establishmentNumber, laestab: s.laestab, name: s.name,
            phase: s.phase, establishmentType: s.establishmentType, category: Wire.map(s.category),
            foundationStatus: s.foundationStatus.map { Wire.map($0) }, status: s.status, ward: s.ward,
            openDate: s.openDate?.iso, closeDate: s.closeDate?.iso)
    }
}

extension Schemas.SchoolListing {
    init(_ l: SchoolListing) { self.init(school: .init(l.school), bodyId: l.bodyID?.rawValue, bodyName: l.bodyName) }
}

extension Schemas.GoverningBody {
    init(_ b: GoverningBody) {
        self.init(
            id: b.id.rawValue, laCode: b.laCode, name: b.name, isFederation: b.isFederation, formedOn: b.formedOn?.iso,
            dissolvedOn: b.dissolvedOn?.iso, schoolUrns: b.schoolURNs)
    }
}

extension Schemas.Seat {
    init(_ s: SeatAllocation) { self.init(category: Wire.map(s.category), seats: s.seats, termYears: s.termYears) }
}

extension Schemas.Instrument {
    init(_ i: InstrumentRecord) {
        self.init(
            id: i.id, bodyId: i.bodyID.rawValue, madeOn: i.madeOn.iso, effectiveFrom: i.effectiveFrom.iso,
            regulations: i.regulations == 2007 ? ._2007 : ._2012, headIsGovernor: i.headIsGovernor, note: i.note,
            seats: i.seats.map(Schemas.Seat.init), totalSeats: i.totalSeats, draft: i.draft,
            staffEligibleCoOpted: i.staffEligibleCoOpted)
    }
}

extension Schemas.PersonName {
    init(_ n: PersonName) { self.init(title: n.title, forename1: n.forename1, forename2: n.forename2, surname: n.surname) }
}

extension Schemas.Appointment {
    init(_ a: Appointment) {
        self.init(
            id: a.id.rawValue, personId: a.personID.rawValue, personName: a.personName, bodyId: a.bodyID.rawValue,
            bodyName: a.bodyName,
            category: Wire.map(a.category), appointingBody: a.appointingBody, role: Wire.map(a.role), exOfficio: a.exOfficio,
            employedAtSchool: a.employedAtSchool, startDate: a.startDate.iso, termEnd: a.termEnd?.iso, endedOn: a.endedOn?.iso,
            endedReason: a.endedReason, giasGid: a.giasGID)
    }
}

extension Schemas.Vacancy {
    init(_ v: Vacancy) {
        self.init(
            id: v.id.rawValue, bodyId: v.bodyID.rawValue, bodyName: v.bodyName, category: Wire.map(v.category),
            openedOn: v.openedOn.iso,
            reason: Wire.map(v.reason), filledByAppointment: v.filledByAppointment?.rawValue, filledOn: v.filledOn?.iso,
            closedOn: v.closedOn?.iso, closedReason: v.closedReason, note: v.note)
    }
}

extension Schemas.Course {
    init(_ c: Course) { self.init(id: c.id, title: c.title, kind: Wire.map(c.kind), provider: c.provider) }
}

extension Schemas.TrainingRecord {
    init(_ t: TrainingRecord) {
        self.init(
            id: t.id, personId: t.personID.rawValue, personName: t.personName, course: .init(t.course),
            completedOn: t.completedOn.iso)
    }
}

extension Schemas.Declaration {
    init(_ d: DiversityDeclaration) {
        self.init(
            id: d.id, personId: d.personID.rawValue, recordedOn: d.recordedOn.iso, sex: Wire.map(d.sex),
            ethnicity: Wire.map(d.ethnicity),
            collectedBy: Wire.map(d.collectedBy))
    }
}

extension Schemas.StageReached {
    init(_ s: Reconstitution.StageReached) { self.init(stage: Wire.map(s.stage), reachedOn: s.reachedOn.iso) }
}

extension Schemas.ReconstitutionRound {
    init(_ r: Reconstitution) {
        self.init(
            id: r.id, bodyId: r.bodyID.rawValue, bodyName: r.bodyName, startedOn: r.startedOn.iso, instrumentId: r.instrumentID,
            note: r.note,
            stages: r.stages.map(Schemas.StageReached.init))
    }
}

extension Schemas.BodyReconstitution {
    init(_ b: BodyReconstitution) {
        self.init(
            bodyId: b.bodyID.rawValue, bodyName: b.bodyName, laCode: b.laCode, state: Self.state(b.state),
            overdue: b.state.isOverdue, description: b.state.phrase, stages: b.stages.map(Schemas.StageReached.init),
            newInstrumentEffective: b.newInstrumentEffective?.iso,
            surpluses: b.surpluses.map {
                Schemas.Surplus(
                    category: Wire.map($0.category), seats: $0.seats, serving: $0.serving, surplus: $0.surplus,
                    decidedBy: Wire.map($0.decidedBy), decided: $0.decided, remaining: $0.remaining)
            }, remainingSurplus: b.remainingSurplus, note: b.note)
    }

    static func state(_ state: ReconstitutionState) -> StatePayload {
        switch state {
        case .reconstituted: return .reconstituted
        case .inProgress: return .inProgress
        case .notStarted: return .notStarted
        }
    }
}

extension Schemas.Recruitment {
    init(_ r: HeadteacherRecruitment) {
        self.init(
            id: r.id, bodyId: r.bodyID.rawValue, bodyName: r.bodyName, recordedOn: r.recordedOn.iso, plannedOn: r.plannedOn.iso,
            note: r.note,
            cancelledOn: r.cancelledOn?.iso,
            stages: r.stages.map { .init(id: $0.id, stage: $0.stage.rawValue, reachedOn: $0.reachedOn.iso, note: $0.note) },
            panel: r.panel.map {
                .init(id: $0.id, appointmentId: $0.appointmentID.rawValue, name: $0.personName, joinedOn: $0.joinedOn.iso)
            },
            confirmation: r.confirmation.map {
                .init(id: $0.id, confirmedOn: $0.confirmedOn.iso, minute: $0.minute, note: $0.note)
            })
    }
}

extension Schemas.SuccessionPolicy {
    init(_ p: SuccessionPolicy) {
        self.init(
            id: p.id, urn: p.urn, schoolName: p.schoolName, source: p.source == .model ? .model : .own,
            modelVersion: p.modelVersion, adoptedOn: p.adoptedOn.iso, reviewOn: p.reviewOn?.iso,
            diversityEvidenced: p.diversityEvidenced, diversityNote: p.diversityNote, minute: p.minute)
    }
}

extension Schemas.Person {
    init(id: Int64, name: PersonName, appointments: [Appointment], training: [TrainingRecord]) {
        self.init(
            personId: id, name: .init(name), appointments: appointments.map(Schemas.Appointment.init),
            training: training.map(Schemas.TrainingRecord.init))
    }
}

extension Schemas.PersonDiversity {
    init(id: Int64, objectedOn: CalendarDate?, declarations: [DiversityDeclaration]) {
        self.init(personId: id, objectedOn: objectedOn?.iso, declarations: declarations.map(Schemas.Declaration.init))
    }
}

extension Schemas.Federation {
    init(_ f: FederationResult) {
        self.init(
            bodyId: f.bodyID.rawValue, dissolvedBodies: f.dissolvedBodies.map(\.rawValue), endedAppointments: f.endedAppointments)
    }
}
