import Foundation

/// A day in the proleptic Gregorian calendar, with no time and no time zone: what the register
/// means by a date (appointment start, term end, deadline). Ordered, hashable, and stored in
/// PostgreSQL as `date`.
///
/// Arithmetic counts whole days using the days-from-civil algorithm (H. Hinnant,
/// "chrono-Compatible Low-Level Date Algorithms"), so it never depends on the machine's time zone.
public struct CalendarDate: Comparable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before).
    public let daysSinceEpoch: Int

    /// The date `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch: Int) { self.daysSinceEpoch = daysSinceEpoch }

    /// The date with this year, month (1-12) and day (1-31), or nil if no such date exists.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year),
            (1...9999).contains(year)
        else { return nil }
        self.daysSinceEpoch = Self.days(year: year, month: month, day: day)
    }

    /// Parses ISO `YYYY-MM-DD` exactly (four-digit year, two-digit month and day); nil otherwise.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses the DfE's `dd/MM/yyyy` (one- or two-digit day and month accepted); nil otherwise.
    public init?(dayMonthYear text: some StringProtocol) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
            parts[2].count == 4, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// A date as a person types it: ISO `2015-11-30` or the UK's `30/11/2015`; nil otherwise
    /// (`11/30/2015` is not a date in either form, so it is refused rather than guessed).
    public init?(typed text: some StringProtocol) {
        guard let date = CalendarDate(iso: text) ?? CalendarDate(dayMonthYear: text) else { return nil }
        self = date
    }

    /// The forms `init(typed:)` accepts, for error messages and help.
    public static let typedForms = ["YYYY-MM-DD", "DD/MM/YYYY"]

    /// Today in the given time zone (the register's dates are UK dates: Europe/London).
    public static func today(in timeZone: TimeZone = TimeZone(identifier: "Europe/London")!) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: c.year!, month: c.month!, day: c.day!)!
    }

    /// (year, month, day) of this date.
    public var components: (year: Int, month: Int, day: Int) {
        // civil_from_days (Hinnant)
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        // Hand-padded: String(format:) goes through CoreFoundation and is slow on hot import paths.
        let c = components
        return Self.padded(c.year, 4) + "-" + Self.padded(c.month, 2) + "-" + Self.padded(c.day, 2)
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    public var description: String { iso }

    /// The date `n` days later (earlier for negative `n`).
    public func adding(days n: Int) -> CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + n) }

    /// The same day `n` months later; a day past the end of the target month becomes its last day
    /// (31 January + 1 month = 28 or 29 February).
    public func adding(months n: Int) -> CalendarDate {
        let c = components
        let total = c.year * 12 + (c.month - 1) + n
        let year = total / 12, month = total % 12 + 1
        let day = min(c.day, Self.daysIn(month: month, year: year))
        return CalendarDate(daysSinceEpoch: Self.days(year: year, month: month, day: day))
    }

    /// The same day `n` years later (29 February becomes 28 February in a common year).
    public func adding(years n: Int) -> CalendarDate { adding(months: 12 * n) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "expected a date as YYYY-MM-DD, found \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // days_from_civil (Hinnant)
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}

extension CalendarDate {
    /// `dd/MM/yyyy`, as the DfE writes dates.
    public var dayMonthYear: String {
        let c = components
        return Self.padded(c.day, 2) + "/" + Self.padded(c.month, 2) + "/" + Self.padded(c.year, 4)
    }
}
