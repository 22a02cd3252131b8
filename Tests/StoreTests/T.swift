import Testing; @testable import Store; @Test func t() {}
