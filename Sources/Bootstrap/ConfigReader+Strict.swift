import Configuration
import Governance

// swift-configuration's `int(forKey:default:)` and friends return the default when a value is set
// but cannot be converted, so a typo in a setting would go unnoticed. These read the same way but
// refuse such a value with the setting's name, what was expected and what was found.
extension ConfigReader {
    /// A whole-number setting: the default when no layer sets it.
    func strictInt(forKey key: ConfigKey, default defaultValue: Int) throws -> Int {
        if let value = int(forKey: key) { return value }
        try refuseIfSet(key, expected: "a whole number")
        return defaultValue
    }

    /// A number setting: the default when no layer sets it.
    func strictDouble(forKey key: ConfigKey, default defaultValue: Double) throws -> Double {
        if let value = double(forKey: key) { return value }
        if let value = int(forKey: key) { return Double(value) }
        try refuseIfSet(key, expected: "a number")
        return defaultValue
    }

    /// A true/false setting (`true`, `false`, or those words in quotes): the default when unset.
    func strictBool(forKey key: ConfigKey, default defaultValue: Bool) throws -> Bool {
        if let value = bool(forKey: key) { return value }
        if let text = string(forKey: key) {
            switch text.lowercased() {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        try refuseIfSet(key, expected: "true or false")
        return defaultValue
    }

    private func refuseIfSet(_ key: ConfigKey, expected: String) throws {
        if let found = string(forKey: key) {
            throw InputError.badValue(option: key.components.joined(separator: "."), expected: expected, found: found)
        }
    }
}
