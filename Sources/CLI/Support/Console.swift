import Foundation

/// Writing to standard output and standard error.
public enum Console {
    /// Prints `text` to standard output as is.
    public static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Prints one line to standard error.
    public static func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
