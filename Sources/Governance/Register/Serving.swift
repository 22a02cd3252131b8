/// When a governor serves and when they have left: the register's one definition, used by every
/// count, check, report and the retention run. The store's SQL functions `govmon_serves` and
/// `govmon_not_left` (sql/0009) say the same, and a test holds the two to each other.
public enum Serving {
    /// Serving on `date`: started by then and not ended before it. The day an appointment ends is
    /// its last day of service. A term end that passed without a recorded end does not end service
    /// (the register flags it as past term end for an officer to resolve).
    public static func serves(start: CalendarDate, endedOn: CalendarDate?, on date: CalendarDate) -> Bool {
        start <= date && hasNotLeft(endedOn: endedOn, on: date)
    }

    /// Not yet left on `date`: serving, or appointed to start later. A person has left when none of
    /// their appointments has not left.
    public static func hasNotLeft(endedOn: CalendarDate?, on date: CalendarDate) -> Bool {
        endedOn.map { $0 >= date } ?? true
    }
}
