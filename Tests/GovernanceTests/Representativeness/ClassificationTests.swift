import Foundation
import Governance
import Testing

@Test("Census 2011: 18 categories in 5 groups, and the 2021 mapping")
func ethnicity2011() {
    // docs/ethnicity.md: White 4, Mixed 4, Asian 5, Black 3, Other 2 = 18.
    #expect(Ethnicity2011.allCases.count == 18)
    let sizes = Dictionary(grouping: Ethnicity2011.allCases, by: \.group).mapValues(\.count)
    #expect(sizes == [.white: 4, .mixed: 4, .asian: 5, .black: 3, .other: 2])
    // Roma rolls up to Other White; unknowns have no 2011 category; the rest are one to one.
    #expect(Ethnicity2011(.roma) == .otherWhite)
    #expect(Ethnicity2011(.preferNotToSay) == nil && Ethnicity2011(.notAsked) == nil)
    for category in Ethnicity2021.censusCategories where category != .roma {
        #expect(Ethnicity2011(category)?.rawValue == category.rawValue, "\(category)")
        #expect(Ethnicity2011(category)?.group == category.group, "\(category)")
    }
    #expect(Ethnicity2011.chinese.group == .asian && Ethnicity2011.arab.group == .other)
}

@Test("Merton 2011: 35.1% not White and 51.6% not White British")
func mertonMinorityShares() {
    // KS201EW, Merton (E09000024), the 18 category counts in 2011 order, copied from
    // ../data/census2011_ks201ew/london_boroughs_ethnic_group_2011.csv.
    let counts: [(Ethnicity2011, Int)] = [
        (.whiteBritish, 96658), (.irish, 4417), (.gypsyOrIrishTraveller, 216), (.otherWhite, 28315),
        (.whiteAndBlackCaribbean, 2579), (.whiteAndBlackAfrican, 1279), (.whiteAndAsian, 2829),
        (.otherMixed, 2647), (.indian, 8106), (.pakistani, 7337), (.bangladeshi, 2216),
        (.chinese, 2618), (.otherAsian, 15866), (.african, 10442), (.caribbean, 8126),
        (.otherBlack, 2243), (.arab, 1413), (.anyOther, 2386),
    ]
    let total = counts.reduce(0) { $0 + $1.1 }
    #expect(total == 199_693)
    func share(_ definition: MinorityDefinition) -> Double {
        Double(counts.filter { definition.includes($0.0) }.reduce(0) { $0 + $1.1 }) / Double(total)
    }
    // By hand: not White = 199,693 - 129,606 = 70,087 -> 35.10%; not White British
    // = 199,693 - 96,658 = 103,035 -> 51.60% (the figures quoted in docs/ethnicity.md).
    #expect((share(.notWhite) * 1000).rounded() / 10 == 35.1)
    #expect((share(.notWhiteBritish) * 1000).rounded() / 10 == 51.6)
}

@Test("DfE codes map to 2021 by table, extended codes roll up")
func dfeCodes() {
    #expect(DfEEthnicityCode.allCases.count == 20)
    #expect(DfEEthnicityCode.CHNE.ethnicity2021 == .chinese)
    #expect(DfEEthnicityCode.CHNE.ethnicity2021.group == .asian)
    #expect(DfEEthnicityCode.WROM.ethnicity2021 == .roma)
    #expect(DfEEthnicityCode.WIRT.ethnicity2021 == .gypsyOrIrishTraveller)
    #expect(DfEEthnicityCode.REFU.ethnicity2021 == .preferNotToSay)
    #expect(DfEEthnicityCode.NOBT.ethnicity2021 == .notAsked)
    // Every known code lands in the group its DfE heading names (docs/ethnicity.md), unknowns in none.
    let expectedGroups: [EthnicGroup2021?] = [
        .white, .white, .white, .white, .white, .mixed, .mixed, .mixed, .mixed,
        .asian, .asian, .asian, .asian, .asian, .black, .black, .black, .other, nil, nil,
    ]
    #expect(DfEEthnicityCode.allCases.map(\.ethnicity2021.group) == expectedGroups)
    // The 20 codes hit 20 different 2021 values (18 categories and the two unknowns).
    #expect(Set(DfEEthnicityCode.allCases.map(\.ethnicity2021)).count == 20)
    for code in ["WENG", "WSCO", "WWEL", "WNIR", "WCOR", "WOWB", "weng", " WSCO "] {
        #expect(DfEEthnicityCode(code: code) == .WBRI, "\(code)")
    }
    #expect(DfEEthnicityCode(code: "CHKC") == .CHNE)
    #expect(DfEEthnicityCode(code: "WROG") == .WROM)
    #expect(DfEEthnicityCode(code: "BNGN") == .BAFR)
    #expect(DfEEthnicityCode(code: "OARA") == .OOTH)
    #expect(DfEEthnicityCode(code: "wbri") == .WBRI)
    #expect(DfEEthnicityCode(code: "XXXX") == nil && DfEEthnicityCode(code: "") == nil)
    // No extended code shadows a main code, and every extended code keeps its main code's first
    // letter; the Chinese codes start with C, not A, yet are Asian: groups come from the table.
    for (extended, main) in DfEEthnicityCode.extendedCodes {
        #expect(DfEEthnicityCode(rawValue: extended) == nil)
        #expect(extended.first == main.rawValue.first, "\(extended) -> \(main)")
    }
}

@Test("school census column headers map to DfE codes")
func schoolCensusLabels() {
    // The 20 ethnicity headers of spc_school_level_underlying_data (2022/23 Merton-Sutton extract,
    // columns 221-258 of ../data/school_census), in file order.
    let labels = [
        "white British", "Irish", "traveller of Irish heritage", "any other white background",
        "Gypsy/Roma", "white and black Caribbean", "white and black African", "white and Asian",
        "any other mixed background", "Indian", "Pakistani", "Bangladeshi",
        "any other Asian background", "Caribbean", "African", "any other black background",
        "Chinese", "any other ethnic group",
    ]
    let codes: [DfEEthnicityCode] = [
        .WBRI, .WIRI, .WIRT, .WOTH, .WROM, .MWBC, .MWBA, .MWAS, .MOTH, .AIND, .APKN, .ABAN,
        .AOTH, .BCRB, .BAFR, .BOTH, .CHNE, .OOTH,
    ]
    for (label, code) in zip(labels, codes) {
        #expect(DfEEthnicityCode(schoolCensusLabel: label) == code)
        #expect(DfEEthnicityCode(schoolCensusLabel: "number of pupils classified as \(label) ethnic origin") == code)
        #expect(DfEEthnicityCode(schoolCensusLabel: "% of pupils classified as \(label) ethnic origin") == code)
    }
    #expect(DfEEthnicityCode(schoolCensusLabel: "number of pupils unclassified") == .NOBT)
    #expect(DfEEthnicityCode(schoolCensusLabel: "number of pupils whose first language is unclassified") == nil)
    #expect(DfEEthnicityCode(schoolCensusLabel: "headcount of pupils") == nil)
}

@Test("minority definitions and represented groups")
func minorityAndGroups() {
    let nwb = MinorityDefinition.notWhiteBritish, nw = MinorityDefinition.notWhite
    #expect(nwb.label == "ethnic minority (not White British)" && nw.label == "ethnic minority (not White)")
    #expect(nwb.commandLineName == "not-white-british" && nw.commandLineName == "not-white")
    #expect(MinorityDefinition(commandLineName: "not-white-british") == nwb)
    #expect(nwb.includes(Ethnicity2021.whiteBritish) == false && nw.includes(Ethnicity2021.whiteBritish) == false)
    #expect(nwb.includes(Ethnicity2021.irish) == true && nw.includes(Ethnicity2021.irish) == false)
    #expect(nwb.includes(Ethnicity2021.roma) == true && nw.includes(Ethnicity2021.roma) == false)
    #expect(nwb.includes(Ethnicity2021.chinese) == true && nw.includes(Ethnicity2021.chinese) == true)
    #expect(nwb.includes(Ethnicity2021.preferNotToSay) == nil && nw.includes(Ethnicity2021.notAsked) == nil)

    let groups: [RepresentedGroup] = [.women, .ethnicMinority(nwb), .ethnicMinority(nw), .ethnicGroup(.black)]
    for group in groups { #expect(RepresentedGroup(commandLineName: group.commandLineName) == group) }
    #expect(RepresentedGroup.women.label == "women")
    #expect(RepresentedGroup.ethnicMinority(nw).label == "ethnic minority (not White)")
    #expect(RepresentedGroup.ethnicGroup(.asian).label == "Asian, Asian British or Asian Welsh")
    #expect(RepresentedGroup.women.includes(sex: .female, ethnicity: .notAsked) == true)
    #expect(RepresentedGroup.women.includes(sex: .preferNotToSay, ethnicity: .irish) == nil)
    #expect(RepresentedGroup.ethnicGroup(.asian).includes(sex: .male, ethnicity: .chinese) == true)
    #expect(RepresentedGroup.ethnicMinority(nw).includes(sex: .notAsked, ethnicity: .otherWhite) == false)
    #expect(RepresentedGroup(commandLineName: "men") == nil)
}
