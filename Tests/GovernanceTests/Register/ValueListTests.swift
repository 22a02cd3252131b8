import Testing

@testable import Governance

@Suite struct ValueListTests {
    @Test func appointingBodiesImplyCategories() {
        // The table in docs/gias.md, "Appointing body values and the governor category they imply".
        #expect(AppointingBody(gias: "Elected by parents") == .governor(.parent, exOfficio: false))
        #expect(AppointingBody(gias: "elected  BY parents") == .governor(.parent, exOfficio: false))
        #expect(
            AppointingBody(gias: "Parent appointed by GB/board due to no election candidates")
                == .governor(.parent, exOfficio: false))
        #expect(AppointingBody(gias: "Elected by school staff") == .governor(.staff, exOfficio: false))
        #expect(
            AppointingBody(gias: "Ex-officio by virtue of office as headteacher/principal")
                == .governor(.headteacher, exOfficio: true))
        #expect(AppointingBody(gias: "Nominated by LA and appointed by GB") == .governor(.localAuthority, exOfficio: false))
        #expect(AppointingBody(gias: "Appointed by GB/board") == .governor(.coOpted, exOfficio: false))
        #expect(AppointingBody(gias: "Nominated by other body and appointed by GB") == .governor(.partnership, exOfficio: false))
        #expect(AppointingBody(gias: "Appointed by foundation/Trust") == .governor(.foundation, exOfficio: false))
        #expect(
            AppointingBody(gias: "Ex-officio foundation governor (appointed by foundation by virtue of the office they hold)")
                == .governor(.foundation, exOfficio: true))
        #expect(AppointingBody(gias: "Interim Executive Board") == .interimExecutiveBoard)
        #expect(AppointingBody(gias: "Original (signatory) members") == .academyOnly)
        #expect(AppointingBody(gias: "N/A") == .notApplicable)
        #expect(AppointingBody(gias: "Elected by pupils") == nil)
    }

    @Test func rolesAreMatchedCaseInsensitively() {
        #expect(GIASRole(gias: "Chair of Governors") == .governor(.chair))
        #expect(GIASRole(gias: "chair of governors") == .governor(.chair))
        #expect(GIASRole(gias: "Governor") == .governor(.member))
        #expect(GIASRole(gias: "Shared local governor - group") == .governor(.member))
        #expect(GIASRole(gias: "Trustee") == .notAGovernor)
        #expect(GIASRole(gias: "Governance professional to a local authority maintained school") == .notAGovernor)
        #expect(GIASRole(gias: "Chair of Trustees") == .notAGovernor)
        #expect(GIASRole(gias: "Head boy") == nil)
    }

    @Test func establishmentTypesDecideTheRules() {
        #expect(SchoolCategory(giasEstablishmentType: "Community school") == .community)
        #expect(SchoolCategory(giasEstablishmentType: "Voluntary aided school") == .voluntaryAided)
        #expect(SchoolCategory(giasEstablishmentType: "Voluntary controlled school") == .voluntaryControlled)
        #expect(SchoolCategory(giasEstablishmentType: "Foundation school") == .foundation)
        #expect(SchoolCategory(giasEstablishmentType: "Foundation special school") == .foundationSpecial)
        #expect(SchoolCategory(giasEstablishmentType: "Community special school") == .communitySpecial)
        #expect(SchoolCategory(giasEstablishmentType: "Local authority nursery school") == .maintainedNursery)
        #expect(SchoolCategory(giasEstablishmentType: "Academy converter") == .academy)
        #expect(SchoolCategory(giasEstablishmentType: "Free schools") == .freeSchool)
        #expect(SchoolCategory(giasEstablishmentType: "Other independent school") == .independent)
        #expect(SchoolCategory(giasEstablishmentType: "Pupil referral unit") == .pupilReferralUnit)
        #expect(SchoolCategory(giasEstablishmentType: "Miscellaneous") == .other)
        #expect(SchoolCategory.allCases.filter(\.isMaintained).count == 7)
    }

    @Test func categoriesReadAsPeopleTypeThem() {
        #expect(GovernorCategory(userInput: "co-opted") == .coOpted)
        #expect(GovernorCategory(userInput: "LA") == .localAuthority)
        #expect(GovernorCategory(userInput: "Local-Authority") == .localAuthority)
        #expect(GovernorCategory(userInput: "governor") == nil)
        #expect(!GovernorCategory.associateMember.isGovernor)
        #expect(Ethnicity2021(userInput: "white-british") == .whiteBritish)
        // A bare number is ambiguous between the classifications: refused; with its year, read
        // by that year's list (ONS 2021: 1-5 Asian, 6-8 Black, 9-12 Mixed, 13-17 White, 18-19
        // Other; Census 2011: 1-4 White, 5-8 Mixed, 9-13 Asian, 14-16 Black, 17-18 Other).
        #expect(Ethnicity2021(userInput: "13") == nil)
        #expect(Ethnicity2021(code: 13, classification: 2021) == .whiteBritish)
        #expect(Ethnicity2021(code: 1, classification: 2011) == .whiteBritish)
        #expect(Ethnicity2021(code: 10, classification: 2011) == .pakistani)
        #expect(Ethnicity2021(code: 10, classification: 2021) == .whiteAndBlackAfrican)
        #expect(Ethnicity2021(code: 4, classification: 2011) == .otherWhite)
        #expect(Ethnicity2021(code: 19, classification: 2011) == nil)
        #expect(Ethnicity2021(code: 13, classification: 2001) == nil)
        #expect(Ethnicity2021.censusCategories.count == 19)
        #expect(Ethnicity2021.roma.onsCode == 16)
    }
}
