import Governance
import Testing

/// The skills summary's figures against a hand count, and the framework file's refusals.
@Suite struct SkillsSummaryTests {
    static let framework = [
        SkillQuestion(code: "FIN1", category: "Finance", text: "Budget setting", kind: .scale),
        SkillQuestion(code: "FIN2", category: "Finance", text: "Audit", kind: .scale),
        SkillQuestion(code: "SL1", category: "Strategy", text: "Setting direction", kind: .scale),
        SkillQuestion(code: "SL2", category: "Strategy", text: "Which committee would you chair?", kind: .text),
    ]
    // Ann: FIN1 5, FIN2 2, SL1 3; Ben: FIN1 4, SL1 2; Cat: no answers.
    static let scores: [String: [String: Int]] = ["ann": ["FIN1": 5, "FIN2": 2, "SL1": 3], "ben": ["FIN1": 4, "SL1": 2]]

    @Test func figuresMatchAHandCount() {
        let s = SkillsSummary(framework: Self.framework, members: ["ann", "ben", "cat"], scores: Self.scores, leaving: ["ann"])
        #expect(s.members == 3 && s.answeredMembers == 2)
        // The text question is not counted.
        #expect(s.questions.map(\.code) == ["FIN1", "FIN2", "SL1"])
        // FIN1: 5 and 4, both strong, mean 4.5; Ben stays. FIN2: 2 only, a gap. SL1: 3 and 2, mean 2.5, a gap.
        #expect(s.questions.map(\.answered) == [2, 1, 2])
        #expect(s.questions.map(\.strong) == [2, 0, 0])
        #expect(s.questions.map(\.strongStaying) == [1, 0, 0])
        #expect(s.questions.map(\.mean) == [4.5, 2.0, 2.5])
        #expect(s.questions.map(\.isGap) == [false, true, true])
        // Finance: (5 + 4 + 2) / 3 = 3.67, one gap (FIN2), still one if Ann left (Ben holds FIN1).
        // Strategy: (3 + 2) / 2 = 2.5, one gap (SL1).
        #expect(s.categories.map(\.name) == ["Finance", "Strategy"])
        #expect(s.categories.map(\.questions) == [2, 1])
        #expect(s.categories.map(\.gaps) == [1, 1] && s.categories.map(\.gapsIfTheyLeft) == [1, 1])
        #expect(abs((s.categories[0].mean ?? 0) - 11.0 / 3.0) < 1e-12 && s.categories[1].mean == 2.5)
    }

    @Test func losingBothFinanceHoldersOpensAGap() {
        let s = SkillsSummary(
            framework: Self.framework, members: ["ann", "ben", "cat"], scores: Self.scores, leaving: ["ann", "ben"])
        // FIN1's two strong holders both go: Finance would have two gaps, not one.
        #expect(s.questions.first?.isGapIfTheyLeft == true)
        #expect(s.categories.map(\.gapsIfTheyLeft) == [2, 1])
    }

    @Test func aBodyWithNoAnswersIsAllGapsWithNoMeans() {
        let s = SkillsSummary(framework: Self.framework, members: ["cat"], scores: [:], leaving: [])
        #expect(s.answeredMembers == 0 && s.questions.allSatisfy { $0.isGap && $0.mean == nil })
        #expect(s.categories.allSatisfy { $0.mean == nil })
    }

    static func problem(_ lines: [String]) -> SkillsFrameworkProblem? {
        let rows = lines.enumerated().map {
            (fields: $0.element.split(separator: ",", omittingEmptySubsequences: false).map(String.init), line: $0.offset + 1)
        }
        do {
            _ = try SkillsFrameworkFile.questions(rows)
            return nil
        } catch { return error }
    }

    @Test func badFrameworkLinesAreRefusedNamingLineAndField() {
        let head = "category,code,question,answer"
        #expect(Self.problem([head, "Finance,FIN1,Budget,scale"]) == nil)
        #expect(
            Self.problem([])
                == SkillsFrameworkProblem(
                    line: 1, field: nil, problem: "the file is empty; expected the header category,code,question,answer"))
        #expect(Self.problem(["cat,code,q,a", "Finance,FIN1,Budget,scale"])?.line == 1)
        #expect(Self.problem([head, "Finance,FIN1,Budget,scale", "Finance,FIN2,Audit,stars"])?.field == "answer")
        #expect(Self.problem([head, "Finance,FIN1,Budget,scale", "Finance,fin1,Audit,scale"])?.line == 3)
        #expect(Self.problem([head, ",FIN1,Budget,scale"])?.field == "category")
        #expect(Self.problem([head, "Finance,FIN 1,Budget,scale"])?.field == "code")
        #expect(Self.problem([head, "Finance,FIN1,Budget"])?.problem == "expected 4 fields, found 3")
        #expect(
            Self.problem([head, "Strategy,SL2,Which committee?,text"])?.problem
                == "expected at least one question answered on the 1 to 5 scale")
    }
}
