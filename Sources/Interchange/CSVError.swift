/// Why a delimited file could not be read, with the physical line (1-based) it happened on.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The physical line (1-based) where the problem was found.
    public var line: Int
    /// The field (header name or 1-based column number), when known.
    public var field: String?
    /// What was wrong and what was expected, as a plain phrase.
    public var problem: String

    public init(file: String, line: Int, field: String? = nil, problem: String) {
        self.file = file
        self.line = line
        self.field = field
        self.problem = problem
    }

    /// `file:line: field "X": problem`: one line, as the command line prints it.
    public var description: String {
        if let field { return "\(file):\(line): field \"\(field)\": \(problem)" }
        return "\(file):\(line): \(problem)"
    }
}
