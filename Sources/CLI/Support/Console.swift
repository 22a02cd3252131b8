import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writing to standard output and standard error.
public enum Console {
    /// Prints `text` to standard output as is. When the reader has gone away (`govmon ... | head`),
    /// the command stops quietly with success, as the shell's own tools do; any other failure to
    /// write (a full disk) is one line on standard error and exit status 1.
    public static func out(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if written < 0 && errno == EINTR {
                continue
            } else if written < 0 && errno == EPIPE {
                exit(0)
            } else {
                err("govmon: cannot write to standard output: \(String(cString: strerror(errno)))")
                exit(1)
            }
        }
    }

    /// Prints one line to standard error.
    public static func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
