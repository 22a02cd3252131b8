import Governance

/// The demo borough's skills audit framework (docs/skills.md): invented questions in the shape
/// boards use, each answered on the 1-5 scale, and the answers a body's governors give.
public enum DemoSkills {
    public static let frameworkName = "Governor skills (synthetic demo)"
    public static let loadedOn = CalendarDate(year: 2015, month: 9, day: 1)!

    /// (category, code, question); every question is answered on the 1-5 scale.
    public static let questions: [(category: String, code: String, question: String)] = [
        ("Strategy", "ST1", "Setting the school's vision and priorities"),
        ("Strategy", "ST2", "Holding the headteacher to account"),
        ("Finance", "FI1", "Setting and monitoring the budget"),
        ("Finance", "FI2", "Audit and value for money"),
        ("People", "PE1", "Staffing, pay and performance management"),
        ("People", "PE2", "Safeguarding"),
        ("Community", "CO1", "Knowing the school's communities"),
        ("Community", "CO2", "Engaging parents and partners"),
    ]

    /// The framework as the file `govmon skills load` reads.
    public static var csv: String {
        "category,code,question,answer\n"
            + questions.map { "\($0.category),\($0.code),\"\($0.question)\",scale\n" }.joined()
    }

    /// What each of `members` serving governors answers (nil: did not answer), drawn from `seed`:
    /// most answer; scores lean to the middle, finance and audit skills are scarcer.
    public static func answers(seed: UInt64, members: Int) -> [[(code: String, score: Int)]?] {
        var random = SeededGenerator(seed: seed)
        return (0..<members).map { _ in
            guard random.chance(0.75) else { return nil }
            return questions.map { q in
                let scarce = q.category == "Finance"
                let score = random.chance(scarce ? 0.12 : 0.3) ? random.int(4...5) : random.int(1...3)
                return (q.code, score)
            }
        }
    }
}
