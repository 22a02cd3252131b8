/// The thresholds of the deadline checks, all from configuration (`tracking.*` in
/// config/govmon.json), with the defaults the issue and docs/constitution.md give.
public struct TrackingThresholds: Sendable, Equatable, Codable {
    /// Warn when a term ends within each of these many days (each crossing is a new alert).
    public var termEndingDays: [Int] = [90, 60, 30]
    /// A vacancy open longer than this many days is an alert.
    public var vacancyDays = 90
    /// Induction is due within this many months of a person's first appointment.
    public var inductionMonths = 6
    /// Refresher training is looked for this many days ahead of a planned headteacher appointment...
    public var refresherLeadDays = 90
    /// ...and counts if completed within this many months before the planned appointment.
    public var refresherLookbackMonths = 12
    /// Every body constituted under the 2012 regulations by this date.
    public var reconstitutionDeadline = CalendarDate(year: 2015, month: 9, day: 1)!
    /// Warn this many days before the reconstitution deadline.
    public var reconstitutionWarningDays = 60
    /// Chairs' reviews are to reach the MGA Board by this date.
    public var mgaBoardDeadline = CalendarDate(year: 2015, month: 12, day: 1)!
    /// Warn this many days before the MGA Board deadline.
    public var chairReviewWarningDays = 60
    /// An enhanced DBS check is applied for within this many days of appointment...
    public var dbsDays = 21
    /// ...for governors appointed on or after this date.
    public var dbsFrom = CalendarDate(year: 2016, month: 4, day: 1)!
    /// Schools have their own succession planning policy or the authority's model by this date (rec 1)...
    public var successionFirstMilestone = CalendarDate(year: 2015, month: 3, day: 31)!
    /// ...all schools have one, evidencing representation and diversity, by this date (recs 4, 12).
    public var successionDeadline = CalendarDate(year: 2015, month: 12, day: 31)!
    /// Warn this many days before each succession milestone.
    public var successionWarningDays = 60
    /// A headteacher appointed this many days ago without the panel's confirmation to the full
    /// governing body (rec 12) is overdue; before that, a warning.
    public var panelConfirmationDays = 60
    /// ...for headteachers appointed on or after this date (after the guidance rec 12 asked for).
    public var panelConfirmationFrom = CalendarDate(year: 2015, month: 1, day: 1)!

    public init() {}
}
