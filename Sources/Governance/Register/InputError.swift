/// Input that govmon refuses before it reaches the register (a setting, an option, a parameter),
/// each one sentence for stderr or a problem's detail.
public enum InputError: Error, CustomStringConvertible, Sendable {
    /// Wrong use of a command or option.
    case usage(String)
    /// A value on the command line that is not valid: which option, what was expected.
    case badValue(option: String, expected: String, found: String)

    public var description: String {
        switch self {
        case let .usage(text): return text
        case let .badValue(option, expected, found): return "\(option): expected \(expected), found \"\(found)\""
        }
    }
}
