import Foundation
import HummingbirdOTP

/// Time-based one-time codes (RFC 6238, as authenticator apps make them), through HummingbirdAuth's
/// OTP: 6 digits, 30-second steps, SHA-1, the app's clock allowed one step either way.
public enum SecondFactor {
    /// The code for `secret` at `date`.
    public static func code(secret: String, at date: Date, digits: Int = 6) -> Int {
        TOTP(secret: secret, length: digits).compute(date: date)
    }

    /// Whether `typed` is the code of this step, the one before or the one after.
    public static func matches(secret: String, typed: String, now: Date = Date()) -> Bool {
        let digits = typed.filter { !$0.isWhitespace }
        guard digits.count == 6, let value = Int(digits) else { return false }
        return [-30.0, 0, 30].contains { code(secret: secret, at: now.addingTimeInterval($0)) == value }
    }

    /// The otpauth:// address an authenticator app reads (typed in, or shown as a QR code).
    public static func authenticatorURL(secret: String, account: String) -> String {
        TOTP(secret: secret).createAuthenticatorURL(label: "govmon:\(account)", issuer: "govmon")
    }
}
