import Foundation
import Governance

/// Number formatting shared by every renderer, so the same figure reads the same everywhere.
public enum ReportFormat {
    /// `0.3512` as "35.1%".
    public static func percent(_ share: Double) -> String { fixed(share * 100, digits: 1) + "%" }

    /// A number with a fixed count of decimals, rounding half away from zero.
    public static func fixed(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// "30 November 2015".
    public static func longDate(_ date: CalendarDate) -> String {
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let c = date.components
        return "\(c.day) \(months[c.month - 1]) \(c.year)"
    }
}
