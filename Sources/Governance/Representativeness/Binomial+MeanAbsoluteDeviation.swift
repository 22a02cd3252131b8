import Foundation

extension Binomial {
    /// E|X - np|, the mean absolute deviation of the count from its expectation (people), by de
    /// Moivre's closed form `2 (1-p)^(n-m) p^(m+1) (m+1) C(n, m+1)` with m = floor(np).
    ///
    /// The closed form equals `2 (m+1) (1-p) P(X = m+1)`, computed here from the log-probability,
    /// so no power or binomial coefficient overflows. When np is a whole number, m and m-1 give
    /// the same value, so rounding in floor(np) cannot change the result. 0 when n = 0 or p is 0
    /// or 1.
    public var meanAbsoluteDeviation: Double {
        guard trials > 0, successProbability > 0, successProbability < 1 else { return 0 }
        let m = min(Int((Double(trials) * successProbability).rounded(.down)), trials - 1)
        let logValue =
            log(2.0) + log(Double(m + 1)) + log1p(-successProbability)
            + logProbability(of: m + 1)
        return exp(logValue)
    }
}
