/// The wording of the 2021 Census of England and Wales ethnic group question (docs/ethnicity.md),
/// used by the self-service monitoring form so a governor answers the question the comparator
/// profiles were counted with.
public enum CensusFormWording {
    /// A heading of the question and its answers, in the census's order.
    public struct Section: Sendable {
        public var heading: String
        public var answers: [(Ethnicity2021, String)]
    }

    public static let sections: [Section] = [
        Section(
            heading: "Asian, Asian British or Asian Welsh",
            answers: [
                (.bangladeshi, "Bangladeshi"), (.chinese, "Chinese"), (.indian, "Indian"), (.pakistani, "Pakistani"),
                (.otherAsian, "Any other Asian background"),
            ]),
        Section(
            heading: "Black, Black British, Black Welsh, Caribbean or African",
            answers: [
                (.african, "African"), (.caribbean, "Caribbean"),
                (.otherBlack, "Any other Black, Black British or Caribbean background"),
            ]),
        Section(
            heading: "Mixed or Multiple ethnic groups",
            answers: [
                (.whiteAndAsian, "White and Asian"), (.whiteAndBlackAfrican, "White and Black African"),
                (.whiteAndBlackCaribbean, "White and Black Caribbean"),
                (.otherMixed, "Any other Mixed or Multiple ethnic background"),
            ]),
        Section(
            heading: "White",
            answers: [
                (.whiteBritish, "English, Welsh, Scottish, Northern Irish or British"), (.irish, "Irish"),
                (.gypsyOrIrishTraveller, "Gypsy or Irish Traveller"), (.roma, "Roma"),
                (.otherWhite, "Any other White background"),
            ]),
        Section(heading: "Other ethnic group", answers: [(.arab, "Arab"), (.anyOther, "Any other ethnic group")]),
    ]

    /// The sex question's answers (the census asks "What is your sex?").
    public static let sexAnswers: [(DeclaredSex, String)] = [
        (.female, "Female"), (.male, "Male"), (.preferNotToSay, "Prefer not to say"),
    ]
}
