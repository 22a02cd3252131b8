import Testing

@testable import Governance

@Suite struct CalendarDateTests {
    // Expected day counts from Python: (datetime.date(y, m, d) - datetime.date(1970, 1, 1)).days
    @Test(arguments: [
        (2015, 9, 1, 16679), (2000, 1, 1, 10957), (1969, 12, 31, -1), (2016, 2, 29, 16860), (2400, 3, 1, 157_114),
    ])
    func daysSinceEpoch(year: Int, month: Int, day: Int, expected: Int) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(date.daysSinceEpoch == expected)
        #expect(date.components == (year, month, day))
    }

    @Test func parsesISOAndDfEDatesStrictly() {
        #expect(CalendarDate(iso: "2015-09-01")?.iso == "2015-09-01")
        #expect(CalendarDate(dayMonthYear: "01/09/2015")?.iso == "2015-09-01")
        #expect(CalendarDate(dayMonthYear: "1/9/2015")?.iso == "2015-09-01")
        #expect(CalendarDate(iso: "2015-9-1") == nil)
        #expect(CalendarDate(iso: "2015-02-29") == nil)  // 2015 is not a leap year
        #expect(CalendarDate(dayMonthYear: "31/04/2015") == nil)  // April has 30 days
        #expect(CalendarDate(dayMonthYear: "01/13/2016") == nil)
        #expect(CalendarDate(dayMonthYear: "2015-09-01") == nil)
    }

    @Test func monthAndYearArithmeticClampsToMonthEnd() throws {
        // By hand: 31 Jan 2016 + 1 month = 29 Feb 2016 (leap year); 29 Feb 2016 + 1 year = 28 Feb 2017
        // (Python: date(2016,2,29) + timedelta(days=365) = 2017-02-28, the same day here).
        let jan31 = try #require(CalendarDate(iso: "2016-01-31"))
        #expect(jan31.adding(months: 1).iso == "2016-02-29")
        #expect(try #require(CalendarDate(iso: "2016-02-29")).adding(years: 1).iso == "2017-02-28")
        #expect(jan31.adding(days: 30).iso == "2016-03-01")
        #expect(jan31.days(until: try #require(CalendarDate(iso: "2016-03-01"))) == 30)
    }

    @Test func termOfOfficeLastDay() throws {
        // A 4-year term from 2015-09-01 ends on 2019-08-31 (start + 4 years - 1 day).
        let start = try #require(CalendarDate(iso: "2015-09-01"))
        #expect(TermOfOffice.lastDay(start: start, years: 4).iso == "2019-08-31")
        #expect(TermOfOffice.problem(start: start, end: try #require(CalendarDate(iso: "2019-08-31"))) == nil)
        #expect(TermOfOffice.problem(start: start, end: try #require(CalendarDate(iso: "2019-09-01"))) != nil)
        #expect(TermOfOffice.problem(start: start, end: try #require(CalendarDate(iso: "2015-08-31"))) != nil)
    }
}
