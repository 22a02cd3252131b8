import Testing; @testable import Governance; @Test func t() {}
