import Foundation

/// Whether a and b agree to `rel` relative error. Exact equality (including both exactly 0)
/// passes; otherwise |a - b| <= rel * max(|a|, |b|), or <= `abs` when an absolute tolerance is
/// given (for reference values that are 0 up to rounding residue).
func isClose(_ a: Double, _ b: Double, rel: Double = 1e-9, abs absolute: Double = 0) -> Bool {
    if a == b { return true }
    let difference = Swift.abs(a - b)
    return difference <= absolute || difference <= rel * max(Swift.abs(a), Swift.abs(b))
}

/// SplitMix64 (Steele, Lea & Flood 2014): a tiny deterministic generator, so property tests
/// replay exactly.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in the range (modulo bias is irrelevant for test generation).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A uniform Double in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
