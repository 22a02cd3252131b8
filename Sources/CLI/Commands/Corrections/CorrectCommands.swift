import ArgumentParser
import Governance

// `govmon <noun> correct ID [fields] --reason ...` for each noun: a new version with the fields
// given changed, the old one kept, void, with the reason. Each names its fields as the command
// that records it does.

extension GovernorCommand {
    struct Correct: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct an appointment: a new version with the fields given changed; the old one is kept, void.")
        @Argument(help: "The appointment id.") var appointment: RecordNumber<AppointmentNoun>
        @Option(help: "The person it belongs to (when entered against the wrong person).") var person: PersonID?
        @Option(help: "Governor category (or associate-member).") var category: GovernorCategory?
        @Option(help: "Office: member, chair or vice-chair.") var role: GovernorRole?
        @Option(help: "Who appointed them.") var appointingBody: String?
        @Option(help: "Employed at the school: true or false.") var employedAtSchool: Bool?
        @Option(help: "First day of the term.") var start: CalendarDate?
        @Option(help: "Last day of the term.") var termEnd: CalendarDate?
        @Option(help: "The last day served (with --end-reason).") var endedOn: CalendarDate?
        @Option(help: "Why it ended.") var endReason: EndReason?
        @Flag(help: "It has not ended (an end recorded by mistake).") var notEnded = false
        @OptionGroup var why: CorrectionReason
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            var correction = Correction()
            if let person { correction.set(.person, String(person.rawValue)) }
            if let category { correction.set(.category, category.rawValue) }
            if let role { correction.set(.role, role.rawValue) }
            if let appointingBody { correction.set(.appointingBody, appointingBody) }
            if let employedAtSchool { correction.set(.employedAtSchool, employedAtSchool) }
            if let start { correction.set(.startDate, start) }
            if let termEnd { correction.set(.termEnd, termEnd) }
            if let endedOn { correction.set(.endedOn, endedOn) }
            if let endReason { correction.set(.endedReason, endReason.rawValue) }
            if notEnded {
                guard endedOn == nil, endReason == nil else {
                    throw CLIError.usage("--not-ended: cannot be given with --ended-on or --end-reason")
                }
                correction.set(.endedOn, nil as String?)
                correction.set(.endedReason, nil as String?)
            }
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.correct(appointment, with: correction, reason: why.reason)
            }
        }
    }
}

extension PersonCommand {
    struct Correct: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a person's name: a new version takes their records; the old one is kept, void.")
        @Argument(help: "The person id.") var person: RecordNumber<PersonNoun>
        @Option(help: "Title, e.g. Mrs.") var title: String?
        @Option(help: "First forename.") var forename: String?
        @Option(help: "Second forename.") var forename2: String?
        @Option(help: "Surname.") var surname: String?
        @OptionGroup var why: CorrectionReason
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            var correction = Correction()
            if let title { correction.set(.title, NameText.normalized(title)) }
            if let forename { correction.set(.forename1, NameText.normalized(forename)) }
            if let forename2 { correction.set(.forename2, NameText.normalized(forename2)) }
            if let surname { correction.set(.surname, NameText.normalized(surname)) }
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.correct(person, with: correction, reason: why.reason)
            }
        }
    }
}

extension VacancyCommand {
    struct Correct: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a vacancy, or undo its fill or close: a new version; the old one is kept, void.")
        @Argument(help: "The vacancy id.") var vacancy: RecordNumber<VacancyNoun>
        @Option(help: "The seat's category.") var category: GovernorCategory?
        @Option(help: "The date the seat fell vacant.") var opened: CalendarDate?
        @Option(help: "Why it is vacant.") var whyVacant: VacancyReason?
        @Option(help: "A note.") var note: String?
        @Flag(help: "It is not filled (a fill recorded by mistake).") var unfill = false
        @Flag(help: "It is not closed (a close recorded by mistake).") var reopen = false
        @OptionGroup var why: CorrectionReason
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            var correction = Correction()
            if let category { correction.set(.category, category.rawValue) }
            if let opened { correction.set(.openedOn, opened) }
            if let whyVacant { correction.set(.vacancyReason, whyVacant.rawValue) }
            if let note { correction.set(.note, note) }
            if unfill {
                correction.set(.filledBy, nil as String?)
                correction.set(.filledOn, nil as String?)
            }
            if reopen {
                correction.set(.closedOn, nil as String?)
                correction.set(.closedReason, nil as String?)
            }
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.correct(vacancy, with: correction, reason: why.reason)
            }
        }
    }
}

extension InstrumentCommand {
    struct Correct: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct an instrument's dates or note (for other seats, void it and add the right one).")
        @Argument(help: "The instrument id.") var instrument: RecordNumber<InstrumentNoun>
        @Option(help: "Date the instrument was made.") var made: CalendarDate?
        @Option(help: "Date it takes effect.") var effective: CalendarDate?
        @Option(help: "A note.") var note: String?
        @OptionGroup var why: CorrectionReason
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            var correction = Correction()
            if let made { correction.set(.madeOn, made) }
            if let effective { correction.set(.effectiveFrom, effective) }
            if let note { correction.set(.note, note) }
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.correct(instrument, with: correction, reason: why.reason)
            }
        }
    }
}

extension TrainingCommand {
    struct Correct: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a training record's course or date; the old one is kept, void.")
        @Argument(help: "The training record id.") var record: RecordNumber<TrainingNoun>
        @Option(help: "The course id.") var course: Int64?
        @Option(help: "The date completed.") var completed: CalendarDate?
        @OptionGroup var why: CorrectionReason
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            var correction = Correction()
            if let course { correction.set(.course, String(course)) }
            if let completed { correction.set(.completedOn, completed) }
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.correct(record, with: correction, reason: why.reason)
            }
        }
    }
}

extension ReconstitutionCommand {
    struct CorrectStage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "correct-stage", abstract: "Correct the date or note of a reconstitution stage reached.")
        @Argument(help: "The stage record's id (reconstitution list).") var stage: RecordNumber<StageNoun>
        @Option(help: "The date it was reached.") var date: CalendarDate?
        @Option(help: "A note.") var note: String?
        @OptionGroup var why: CorrectionReason
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            var correction = Correction()
            if let date { correction.set(.reachedOn, date) }
            if let note { correction.set(.note, note) }
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.correct(stage, with: correction, reason: why.reason)
            }
        }
    }
}

extension DiversityCommand {
    struct Correct: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a declaration on the same date (a new one on another date is 'diversity record').")
        @Argument(help: "The declaration id (diversity show).") var declaration: RecordNumber<DeclarationNoun>
        @Option(help: "Declared sex.") var sex: DeclaredSex?
        @Option(help: "Declared ethnic group: its name, or its number with --classification.") var ethnicity: String?
        @Option(help: "With a numbered --ethnicity: 2011 or 2021.") var classification: Int?
        @Option(help: "How it was collected.") var collectedBy: CollectionMethod?
        @OptionGroup var why: CorrectionReason
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            var correction = Correction()
            if let sex { correction.set(.sex, sex.rawValue) }
            if let ethnicity {
                correction.set(.ethnicity, try Record.ethnicity(ethnicity, classification: classification).rawValue)
            }
            if let collectedBy { correction.set(.collectedBy, collectedBy.rawValue) }
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.correct(declaration, with: correction, reason: why.reason)
            }
        }
    }
}

extension DBSCommand {
    struct Correct: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Correct a DBS record's dates; the old one is kept, void.")
        @Argument(help: "The DBS record id.") var record: RecordNumber<DBSNoun>
        @Option(help: "The date the check was applied for.") var applied: CalendarDate?
        @Option(help: "The date the certificate was issued.") var issued: CalendarDate?
        @Flag(help: "No certificate has been issued yet (an issue date recorded by mistake).") var notIssued = false
        @OptionGroup var why: CorrectionReason
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            var correction = Correction()
            if let applied { correction.set(.appliedOn, applied) }
            if let issued { correction.set(.certificateIssuedOn, issued) }
            if notIssued { correction.set(.certificateIssuedOn, nil as String?) }
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.correct(record, with: correction, reason: why.reason)
            }
        }
    }
}

extension ReviewCommand {
    struct Correct: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Correct a chair's review; the old one is kept, void.")
        @Argument(help: "The review id.") var review: RecordNumber<ReviewNoun>
        @Option(help: "The date of the review.") var date: CalendarDate?
        @Option(help: "The chair's judgement.") var judgement: ReviewJudgement?
        @Option(help: "Actions agreed.") var actions: String?
        @Option(help: "The date the review was taken to the MGA Board.") var board: CalendarDate?
        @OptionGroup var why: CorrectionReason
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            var correction = Correction()
            if let date { correction.set(.reviewedOn, date) }
            if let judgement { correction.set(.judgement, judgement.rawValue) }
            if let actions { correction.set(.actionsAgreed, actions) }
            if let board { correction.set(.takenToBoardOn, board) }
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.correct(review, with: correction, reason: why.reason)
            }
        }
    }
}

extension RecruitmentCommand {
    struct Correct: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct a planned headteacher appointment, or undo its cancelling; the old one is kept, void.")
        @Argument(help: "The plan's id.") var plan: RecordNumber<RecruitmentNoun>
        @Option(help: "The planned appointment date.") var planned: CalendarDate?
        @Option(help: "The date the plan was recorded.") var recorded: CalendarDate?
        @Option(help: "A note.") var note: String?
        @Flag(help: "It was not cancelled (a cancel recorded by mistake).") var notCancelled = false
        @OptionGroup var why: CorrectionReason
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            var correction = Correction()
            if let planned { correction.set(.plannedAppointmentOn, planned) }
            if let recorded { correction.set(.recordedOn, recorded) }
            if let note { correction.set(.note, note) }
            if notCancelled { correction.set(.cancelledOn, nil as String?) }
            try await CommandContext.run(global, source: commandSource()) { context in
                try await context.correct(plan, with: correction, reason: why.reason)
            }
        }
    }
}
