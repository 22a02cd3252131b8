import Foundation
import Governance

/// Number formatting shared by every renderer, so the same figure reads the same everywhere.
public enum ReportFormat {
    /// `0.3512` as "35.1%".
    public static func percent(_ share: Double) -> String { fixed(share * 100, digits: 1) + "%" }

    /// A number with a fixed count of decimals, rounding half away from zero; never "-0.0" (a
    /// small negative that rounds to zero is zero).
    public static func fixed(_ value: Double, digits: Int) -> String {
        let text = String(format: "%.\(digits)f", value)
        return text.hasPrefix("-") && (Double(text) ?? 1) == 0 ? String(text.dropFirst()) : text
    }

    /// A count of people as a reader reads it: 1343 as "1,343".
    public static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// Words as a sentence lists them: "a", "a and b", "a, b and c".
    public static func list(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The text with its first letter in capitals ("headteacher and partnership" as "Headteacher and partnership").
    public static func sentenceCase(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

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
