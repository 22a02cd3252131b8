/// A small, fast, seeded random number generator (SplitMix64, Steele, Lea and Flood 2014), so a
/// demo borough generated from the same seed is the same every time on every machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// An integer in `range`.
    public mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }

    /// One of `weighted`'s values, drawn with probability proportional to its weight.
    public mutating func pick<T>(_ weighted: [(T, Double)]) -> T {
        let total = weighted.reduce(0) { $0 + $1.1 }
        var x = Double.random(in: 0..<total, using: &self)
        for (value, weight) in weighted {
            if x < weight { return value }
            x -= weight
        }
        return weighted[weighted.count - 1].0
    }

    /// One element of a non-empty array.
    public mutating func element<T>(_ array: [T]) -> T { array[int(0...(array.count - 1))] }
}
