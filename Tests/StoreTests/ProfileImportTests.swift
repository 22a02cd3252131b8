import Foundation
import Governance
import Store
import TestSupport
import Testing

@Suite struct ProfileImportTests {
    static func importing(_ register: Register, _ text: String) async throws -> ProfileImport.Report {
        let path = try Fixtures.file(text, name: "profile.csv")
        return try await ProfileImport(register: register).run(
            path: path, displayName: "profile.csv", encoding: nil,
            source: ProfileSource(source: "Test census", referenceDate: CalendarDate(iso: "2011-03-27")!))
    }

    @Test func nomisRowsBecomeProfilesWithSharesFromCounts() async throws {
        try await TestDatabase.withRegister { register, _ in
            let report = try await Self.importing(register, Fixtures.nomis)
            #expect(report.layout == "Nomis census bulk CSV" && report.profiles.count == 2)
            let test = try #require(report.profiles.first { $0.geographyCode == "E09000099" })
            // Not White British: 100 - 60 = 40 of 100; not White: 100 - 80 = 20 of 100 (by hand).
            #expect(test.share(of: .ethnicMinority(.notWhiteBritish)) == 0.4)
            #expect(test.share(of: .ethnicMinority(.notWhite)) == 0.2)
            #expect(test.total == 100)
            #expect(try await register.profiles().count == 2)
        }
    }

    /// A census table by age gives a profile of adults: only the bands from 18 up are counted.
    @Test func aTableByAgeGivesAnAdultProfile() async throws {
        try await TestDatabase.withRegister { register, _ in
            let report = try await Self.importing(register, Fixtures.nomisByAge)
            let adults = try #require(report.profiles.first)
            // By hand (Fixtures.nomisByAge): 38 + 13 + 14 = 65 adults, 27 of them not White British.
            #expect(report.profiles.count == 1 && adults.minimumAge == 18 && adults.total == 65)
            #expect(adults.share(of: .ethnicMinority(.notWhiteBritish)) == 27.0 / 65.0)
            #expect(adults.name.contains("aged 18 and over") && adults.population == "people aged 18 and over")
            let stored = try #require(try await register.profiles().first)
            #expect(stored.profile.minimumAge == 18 && stored.profile.total == 65)
        }
    }

    /// 2021's RM032 bands start at 16 ("Aged 16 to 24 years"): the profile says so.
    @Test func bandsThatStartAt16GiveAProfileFrom16() throws {
        let header = [
            "date", "geography", "geography code",
            "Age: Aged 15 years and under; Ethnic group: White: English, Welsh, Scottish, Northern Irish or British",
            "Age: Aged 16 to 24 years; Ethnic group: White: English, Welsh, Scottish, Northern Irish or British",
            "Age: Aged 25 years and over; Ethnic group: Asian, Asian British or Asian Welsh: Indian",
        ]
        let layout = try NomisLayout(header: header)
        #expect(layout.minimumAge == 16 && layout.classification == .census2021Ethnicity)
        // By hand: 7 + 5 counted from 16 up; the 9 under 16 are not.
        let profile = try layout.profile(
            ["2021", "Place", "E09000099", "9", "7", "5"], header: header,
            source: ProfileSource(source: "RM032", referenceDate: CalendarDate(iso: "2021-03-21")!))
        #expect(profile.total == 12 && profile.minimumAge == 16)
    }

    /// Each broken file is refused whole, naming line and column.
    @Test(arguments: [
        // White subtotal 81 but its categories sum to 80.
        (
            Fixtures.nomisHeader + "\n2011,T,E09000099,Total,100,81,60,5,1,14,4,1,1,1,1,10,4,2,1,1,2,4,2,1,1,2,1,1\n",
            "profile.csv:2: field \"Ethnic Group: White; measures: Value\": expected the sum of its categories, 80"
        ),
        (
            Fixtures.nomisHeader + "\n2011,T,E09000099,Total,100,80,-60,5,1,14,4,1,1,1,1,10,4,2,1,1,2,4,2,1,1,2,1,1\n",
            "profile.csv:2: field \"Ethnic Group: White: English/Welsh/Scottish/Northern Irish/British; measures: Value\": expected a count of 0 or more"
        ),
        (
            Fixtures.nomisHeader + "\n2011,T,E09000099,Total,100,80,60.5,5,1,14,4,1,1,1,1,10,4,2,1,1,2,4,2,1,1,2,1,1\n",
            "profile.csv:2: field \"Ethnic Group: White: English/Welsh/Scottish/Northern Irish/British; measures: Value\": expected a whole-number count"
        ),
        (
            Fixtures.nomisHeader.replacingOccurrences(of: "Other White", with: "Other Whites") + "\n2011,T,E09000099,Total,100\n",
            "profile.csv:1: field \"Ethnic Group: White: Other Whites; measures: Value\": expected a Nomis ethnic group category"
        ),
        (
            Fixtures.nomis + "2011,Again,E09000099,Total,100,80,60,5,1,14,4,1,1,1,1,10,4,2,1,1,2,4,2,1,1,2,1,1\n",
            "profile.csv:4: field \"geography code\": expected each geography once (line 2 has it too)"
        ),
        (
            "geography_code,geography_name,dimension,category,count\nX1,Place,sex,female,10\nX1,Place,sex,females,12\n",
            "profile.csv:3: field \"category\": expected a sex category"
        ),
        (
            "geography_code,geography_name,dimension,category,count\nX1,Place,sex,female,0.51\n",
            "profile.csv:2: field \"count\": expected a whole-number count (profiles are built from counts, not shares)"
        ),
    ])
    func brokenFilesAreRefusedWhole(text: String, expected: String) async throws {
        try await TestDatabase.withRegister { register, _ in
            let before = try await register.database.fingerprint()
            do {
                _ = try await Self.importing(register, text)
                Issue.record("a broken profile file was imported")
            } catch let error as StoreError {
                #expect(error.description.hasPrefix(expected), "\(error.description)")
            }
            #expect(try await register.database.fingerprint() == before)
        }
    }

    @Test func schoolLevelPupilDataGivesPupilProfilesAndSkipsNotApplicable() async throws {
        try await TestDatabase.withRegister { register, _ in
            let labels = [
                "white British", "Irish", "traveller of Irish heritage", "any other white background", "Gypsy/Roma",
                "white and black Caribbean", "white and black African", "white and Asian", "any other mixed background",
                "Indian", "Pakistani", "Bangladeshi", "any other Asian background", "Caribbean", "African",
                "any other black background", "Chinese", "any other ethnic group",
            ]
            let header =
                ["urn", "school_name"] + labels.map { "number of pupils classified as \($0) ethnic origin" }
                + ["number of pupils unclassified", "headcount total girls", "headcount total boys", "fte pupils"]
            // School 1: 100 pupils, 30 white British, 70 in other categories spread as below, 5 unclassified.
            let counts1 = [30, 5, 0, 10, 0, 3, 2, 4, 2, 8, 6, 5, 4, 4, 6, 1, 3, 2]
            let row1 = ["102649", "Test Primary"] + counts1.map(String.init) + ["5", "52", "53", "105"]
            let row2 = ["999998", "Independent"] + labels.map { _ in "z" } + ["z", "z", "z", "40.5"]
            let text = ([header, row1, row2].map { $0.joined(separator: ",") }).joined(separator: "\n") + "\n"
            let report = try await Self.importing(register, text)
            #expect(report.layout == "DfE school-level pupil data" && report.skippedLines == [3])
            let ethnicity = try #require(report.profiles.first { $0.classification == .dfeEthnicity })
            // 95 classified pupils (sum of counts1, by hand), 5 unclassified; not White British 65 of 95.
            #expect(ethnicity.total == 95 && ethnicity.unknown == 5)
            #expect(ethnicity.share(of: .ethnicMinority(.notWhiteBritish)) == 65.0 / 95.0)
            let sex = try #require(report.profiles.first { $0.classification == .sex })
            #expect(sex.share(of: .women) == 52.0 / 105.0)
        }
    }
}
