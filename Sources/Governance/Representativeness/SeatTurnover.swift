import Foundation

/// The seats that change hands on a body within a horizon: seats vacant now, and members in post
/// whose terms end within the horizon, split by what is known about them.
///
/// The what-if model (`GroupMeasures.whatIf`) assumes that every member whose term ends leaves
/// (a re-appointment is counted as a new appointment, in or out of the group like any other),
/// that every seat counted here is filled within the horizon by someone who declares, and that
/// seats outside it, and the community share, do not change.
public struct SeatTurnover: Sendable, Hashable, Codable {
    /// Seats vacant now (not counted in N).
    public let vacant: Int
    /// Declared members whose terms end within the horizon.
    public let leavingDeclared: Int
    /// Of those, members of the group.
    public let leavingInGroup: Int
    /// Members with an unknown value whose terms end within the horizon.
    public let leavingUnknown: Int

    /// Turnover of `vacant` empty seats and the leavers described; throws on negative counts or
    /// when more group members leave than declared members leave.
    public init(vacant: Int, leavingDeclared: Int, leavingInGroup: Int, leavingUnknown: Int)
        throws(MeasureInputError)
    {
        for count in [vacant, leavingDeclared, leavingInGroup, leavingUnknown] where count < 0 {
            throw .negativeCount(count)
        }
        guard leavingInGroup <= leavingDeclared else {
            throw .impossibleTurnover("\(leavingInGroup) group members leave but only \(leavingDeclared) declared members do")
        }
        self.vacant = vacant
        self.leavingDeclared = leavingDeclared
        self.leavingInGroup = leavingInGroup
        self.leavingUnknown = leavingUnknown
    }

    /// h: the seats to be filled within the horizon (vacancies plus every leaver).
    public var seats: Int { vacant + leavingDeclared + leavingUnknown }
}
