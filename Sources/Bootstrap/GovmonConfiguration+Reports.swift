import Configuration
import Governance

extension GovmonConfiguration {
    /// The board each authority's report goes to, from `reports.board_names`: a list of
    /// `"LA_CODE=Board name"` (Merton's is the Merton Governors' Association Board; Sutton's is
    /// not). An authority with none gets a report "to the board", and the command warns.
    static func boardNames(_ reader: ConfigReader) throws -> [Int: String] {
        var names: [Int: String] = [:]
        for entry in reader.stringArray(forKey: "reports.board_names") ?? [] {
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let code = Int(parts[0]), (100...999).contains(code), !parts[1].isEmpty,
                names[code] == nil
            else {
                throw InputError.badValue(
                    option: "reports.board_names", expected: "entries LA_CODE=Board name, one per authority", found: entry)
            }
            names[code] = parts[1]
        }
        return names
    }
}
