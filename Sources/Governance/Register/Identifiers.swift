@_exported import Tagged

/// Identifiers of the register's records, each its own type (swift-tagged): a person's id cannot
/// be passed where an appointment's is expected. Each wraps the database's bigint and is written
/// as that number everywhere (JSON, command lines, SQL).
public enum Identified {
    /// A person (`people.person_id`).
    public enum Person {}
    /// A governing body (`governing_bodies.body_id`).
    public enum Body {}
    /// An appointment (`appointments.appointment_id`).
    public enum Appointment {}
    /// A vacancy (`vacancies.vacancy_id`).
    public enum Vacancy {}
}

public typealias PersonID = Tagged<Identified.Person, Int64>
public typealias BodyID = Tagged<Identified.Body, Int64>
public typealias AppointmentID = Tagged<Identified.Appointment, Int64>
public typealias VacancyID = Tagged<Identified.Vacancy, Int64>
