import Foundation

/// When tracking runs: daily at a local time (`daily 06:00`, the default, Europe/London), or every
/// so many seconds (`every 30s`, for drills and tests). Slots are the instants it is due.
public enum ScheduleSpec: Sendable, Equatable, CustomStringConvertible {
    case daily(hour: Int, minute: Int, timeZone: TimeZone)
    case every(seconds: Int)

    /// Parses `daily HH:MM` or `every Ns`.
    public init?(_ text: String, timeZone: TimeZone) {
        let parts = text.lowercased().split(separator: " ")
        if parts.count == 2, parts[0] == "daily" {
            let time = parts[1].split(separator: ":")
            guard time.count == 2, let h = Int(time[0]), let m = Int(time[1]), (0..<24).contains(h), (0..<60).contains(m) else {
                return nil
            }
            self = .daily(hour: h, minute: m, timeZone: timeZone)
        } else if parts.count == 2, parts[0] == "every", parts[1].hasSuffix("s"), let n = Int(parts[1].dropLast()), n > 0 {
            self = .every(seconds: n)
        } else {
            return nil
        }
    }

    /// The latest slot at or before `now`.
    public func latestSlot(atOrBefore now: Date) -> Date {
        switch self {
        case .every(let seconds):
            let t = now.timeIntervalSince1970
            return Date(timeIntervalSince1970: (t / Double(seconds)).rounded(.down) * Double(seconds))
        case .daily(let hour, let minute, let zone):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            var components = calendar.dateComponents([.year, .month, .day], from: now)
            components.hour = hour
            components.minute = minute
            let today = calendar.date(from: components) ?? now
            return today <= now ? today : calendar.date(byAdding: .day, value: -1, to: today) ?? today
        }
    }

    public var description: String {
        switch self {
        case .daily(let h, let m, let zone): return String(format: "daily at %02d:%02d ", h, m) + zone.identifier
        case .every(let s): return "every \(s) seconds"
        }
    }
}
