/// Terms of office (docs/constitution.md section 4): 1 to 4 years; ex officio governors have none.
public enum TermOfOffice {
    /// The longest term in years.
    public static let maximumYears = 4

    /// The last day of a term of `years` years starting on `start`: start + years - 1 day
    /// (a 4-year term from 2015-09-01 ends on 2019-08-31).
    public static func lastDay(start: CalendarDate, years: Int) -> CalendarDate {
        start.adding(years: years).adding(days: -1)
    }

    /// Nil when a term from `start` to `end` (inclusive) is 4 years or less and ends on or after it
    /// starts; otherwise what was expected, as a phrase.
    public static func problem(start: CalendarDate, end: CalendarDate) -> String? {
        if end < start { return "a term end on or after the start date (\(start.iso))" }
        let latest = lastDay(start: start, years: maximumYears)
        if end > latest {
            return "a term of at most 4 years: ending by \(latest.iso) for a start on \(start.iso)"
        }
        return nil
    }
}
