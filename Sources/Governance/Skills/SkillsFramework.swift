import Foundation

/// How a skills audit question is answered (docs/skills.md).
public enum SkillAnswerKind: String, CaseIterable, Sendable, Codable {
    /// A self-assessment from 1 (no knowledge or experience) to 5 (expert).
    case scale
    /// Free text (e.g. "which committees would you chair?").
    case text
}

/// One question of a skills audit framework, in its category.
public struct SkillQuestion: Sendable, Equatable, Codable {
    /// The framework's own short code, unique within it (e.g. `SL1`).
    public var code: String
    public var category: String
    public var text: String
    public var kind: SkillAnswerKind

    public init(code: String, category: String, text: String, kind: SkillAnswerKind) {
        self.code = code
        self.category = category
        self.text = text
        self.kind = kind
    }
}

/// What is wrong with one line of a framework file: the line, the field and what was expected.
public struct SkillsFrameworkProblem: Error, Sendable, Equatable {
    public var line: Int
    public var field: String?
    public var problem: String

    public init(line: Int, field: String?, problem: String) {
        self.line = line
        self.field = field
        self.problem = problem
    }
}

/// A skills audit framework as a board defines it (its own, or the NGA's), read from the rows of
/// a file with the header `category,code,question,answer` (docs/skills.md). The DfE's competency
/// framework was withdrawn in 2024, so govmon ships none: each authority loads its own.
public enum SkillsFrameworkFile {
    public static let header = ["category", "code", "question", "answer"]

    /// The questions in the order given; the first problem found is thrown.
    /// - Parameter rows: each record's fields and physical line, the header first.
    public static func questions(_ rows: [(fields: [String], line: Int)]) throws(SkillsFrameworkProblem) -> [SkillQuestion] {
        guard let head = rows.first else {
            throw SkillsFrameworkProblem(
                line: 1, field: nil, problem: "the file is empty; expected the header \(header.joined(separator: ","))")
        }
        let names = head.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard names == header else {
            throw SkillsFrameworkProblem(
                line: head.line, field: nil,
                problem: "expected the header \(header.joined(separator: ",")), found \(head.fields.joined(separator: ","))")
        }
        var seen: Set<String> = []
        var questions: [SkillQuestion] = []
        for row in rows.dropFirst() {
            guard row.fields.count == header.count else {
                throw SkillsFrameworkProblem(
                    line: row.line, field: nil, problem: "expected \(header.count) fields, found \(row.fields.count)")
            }
            let values = row.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            for (name, value) in zip(header.prefix(3), values) where value.isEmpty {
                throw SkillsFrameworkProblem(line: row.line, field: name, problem: "expected text, found nothing")
            }
            guard values[1].count <= 20, values[1].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }) else {
                throw SkillsFrameworkProblem(
                    line: row.line, field: "code",
                    problem: "expected a short code of letters, digits, '-' or '.' (at most 20), found \"\(values[1])\"")
            }
            guard let kind = SkillAnswerKind(rawValue: values[3].lowercased()) else {
                throw SkillsFrameworkProblem(
                    line: row.line, field: "answer", problem: "expected scale (1 to 5) or text, found \"\(values[3])\"")
            }
            guard seen.insert(values[1].uppercased()).inserted else {
                throw SkillsFrameworkProblem(
                    line: row.line, field: "code", problem: "code \(values[1]) is used twice; expected each code once")
            }
            questions.append(SkillQuestion(code: values[1], category: values[0], text: values[2], kind: kind))
        }
        guard questions.contains(where: { $0.kind == .scale }) else {
            throw SkillsFrameworkProblem(
                line: rows.last?.line ?? 1, field: nil, problem: "expected at least one question answered on the 1 to 5 scale")
        }
        return questions
    }
}
