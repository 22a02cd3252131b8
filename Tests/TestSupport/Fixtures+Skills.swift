extension Fixtures {
    /// A small skills audit framework file (docs/skills.md): two categories, three 1-5 questions
    /// and one text question.
    package static let skillsFramework = """
        category,code,question,answer
        Finance,FIN1,Setting and monitoring the budget,scale
        Finance,FIN2,Audit and value for money,scale
        Strategy,SL1,Setting the school's direction,scale
        Strategy,SL2,Which committee would you chair?,text

        """
}
