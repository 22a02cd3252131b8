/// Splits a migration file into single statements, because PostgresNIO speaks only the extended
/// query protocol, which takes one statement at a time.
///
/// Understands what can hide a semicolon: `-- comments`, `/* block comments */`, 'strings',
/// "identifiers" and $tag$ dollar-quoted bodies $tag$. Empty statements are dropped.
enum SQLStatementSplitter {
    static func split(_ sql: String) -> [String] {
        let chars = Array(sql.unicodeScalars)
        var statements: [String] = []
        var current = String.UnicodeScalarView()
        var i = 0
        func flush() {
            let text = String(current).trimmingWhitespace()
            if !text.isEmpty && !text.allCommentLines { statements.append(text) }
            current = String.UnicodeScalarView()
        }
        while i < chars.count {
            let c = chars[i]
            let next: Unicode.Scalar? = i + 1 < chars.count ? chars[i + 1] : nil
            if c == "-" && next == "-" {
                while i < chars.count && chars[i] != "\n" { current.append(chars[i]); i += 1 }
                continue
            }
            if c == "/" && next == "*" {
                current.append(c); current.append("*"); i += 2
                while i < chars.count && !(chars[i] == "*" && i + 1 < chars.count && chars[i + 1] == "/") {
                    current.append(chars[i]); i += 1
                }
                if i < chars.count { current.append("*"); current.append("/"); i += 2 }
                continue
            }
            if c == "'" || c == "\"" {
                current.append(c); i += 1
                while i < chars.count {
                    current.append(chars[i])
                    if chars[i] == c {
                        if i + 1 < chars.count && chars[i + 1] == c { current.append(c); i += 2; continue }
                        i += 1
                        break
                    }
                    i += 1
                }
                continue
            }
            if c == "$", let tag = dollarTag(chars, at: i) {
                let tagScalars = Array(tag.unicodeScalars)
                for s in tagScalars { current.append(s) }
                i += tagScalars.count
                while i < chars.count && !matches(chars, at: i, tagScalars) { current.append(chars[i]); i += 1 }
                if i < chars.count { for s in tagScalars { current.append(s) }; i += tagScalars.count }
                continue
            }
            if c == ";" { flush(); i += 1; continue }
            current.append(c)
            i += 1
        }
        flush()
        return statements
    }

    /// `$$` or `$name$` starting at `i`, if any.
    private static func dollarTag(_ chars: [Unicode.Scalar], at i: Int) -> String? {
        var j = i + 1
        while j < chars.count,
            chars[j] == "_" || chars[j].properties.isAlphabetic
                || (j > i + 1 && ("0"..."9").contains(chars[j]))
        {
            j += 1
        }
        guard j < chars.count, chars[j] == "$" else { return nil }
        return String(String.UnicodeScalarView(chars[i...j]))
    }

    private static func matches(_ chars: [Unicode.Scalar], at i: Int, _ tag: [Unicode.Scalar]) -> Bool {
        guard i + tag.count <= chars.count else { return false }
        return Array(chars[i..<(i + tag.count)]) == tag
    }
}

extension String {
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }

    /// True when every non-blank line is a `--` comment.
    var allCommentLines: Bool {
        split(separator: "\n").allSatisfy { line in
            let trimmed = String(line).trimmingWhitespace()
            return trimmed.isEmpty || trimmed.hasPrefix("--")
        }
    }
}
