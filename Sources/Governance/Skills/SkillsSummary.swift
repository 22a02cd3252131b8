/// A governing body's skills on a date, by question and category, and what would be left if
/// some members went (docs/skills.md). Only 1-5 answers count; a member's latest answer to a
/// question on or before the date is theirs.
public struct SkillsSummary: Sendable, Equatable {
    /// A score at or above this is a strength: "confident" (4) or "expert" (5).
    public static let strongFrom = 4

    public struct Question: Sendable, Equatable {
        public var code: String
        public var category: String
        public var text: String
        /// Members who answered it.
        public var answered: Int
        /// Members who scored it 4 or 5.
        public var strong: Int
        /// Of those, members who would stay.
        public var strongStaying: Int
        /// The mean score of those who answered, nil when none did.
        public var mean: Double?
        /// No member scores it 4 or 5 (a gap), or none who would stay does (a gap if they left).
        public var isGap: Bool { strong == 0 }
        public var isGapIfTheyLeft: Bool { strongStaying == 0 }
    }

    public struct Category: Sendable, Equatable {
        public var name: String
        public var questions: Int
        public var gaps: Int
        public var gapsIfTheyLeft: Int
        /// The mean of every 1-5 answer in the category, nil when there are none.
        public var mean: Double?
    }

    public var members: Int
    /// Members with at least one answer.
    public var answeredMembers: Int
    public var questions: [Question]
    public var categories: [Category]

    /// - Parameters:
    ///   - framework: the questions, in order (text questions are left out of the figures).
    ///   - members: the members serving on the date.
    ///   - scores: each member's latest 1-5 score by question code.
    ///   - leaving: the members supposed to go, for "what if these people left".
    public init<Member: Hashable>(
        framework: [SkillQuestion], members: [Member], scores: [Member: [String: Int]], leaving: Set<Member>
    ) {
        self.members = members.count
        answeredMembers = members.filter { !(scores[$0] ?? [:]).isEmpty }.count
        var lines: [Question] = []
        var categoryScores: [String: [Int]] = [:]
        for q in framework where q.kind == .scale {
            let given = members.compactMap { m in scores[m]?[q.code].map { (m, $0) } }
            let strong = given.filter { $0.1 >= Self.strongFrom }
            categoryScores[q.category, default: []] += given.map(\.1)
            lines.append(
                Question(
                    code: q.code, category: q.category, text: q.text, answered: given.count, strong: strong.count,
                    strongStaying: strong.filter { !leaving.contains($0.0) }.count,
                    mean: given.isEmpty ? nil : Double(given.map(\.1).reduce(0, +)) / Double(given.count)))
        }
        questions = lines
        var order: [String] = []
        for q in lines where !order.contains(q.category) { order.append(q.category) }
        categories = order.map { name in
            let mine = lines.filter { $0.category == name }
            let all = categoryScores[name] ?? []
            return Category(
                name: name, questions: mine.count, gaps: mine.filter(\.isGap).count,
                gapsIfTheyLeft: mine.filter(\.isGapIfTheyLeft).count,
                mean: all.isEmpty ? nil : Double(all.reduce(0, +)) / Double(all.count))
        }
    }
}
