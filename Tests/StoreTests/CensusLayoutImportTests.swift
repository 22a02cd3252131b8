import Foundation
import Governance
import Store
import TestSupport
import Testing

/// Census files in the layouts the profile importer documents beyond the 2011 KS201EW test in
/// `ProfileImportTests`: the Census 2021 TS021 ethnic group table and the sex tables (2021 TS008,
/// 2011 QS104EW) as Nomis/ONS bulk CSVs, and broken census and DfE pupil files, each refused whole.
@Suite struct CensusLayoutImportTests {
    /// Census day 2021 (ONS), the reference date given with the 2021 files.
    static let censusDay2021 = "2021-03-21"

    /// The source name given with the TS021 files; profile names start with it.
    static let ts021Source = "ONS Census 2021 TS021 (test)"

    /// Quotes every field of a header row, as the ONS bulk files do (several TS021 labels hold commas).
    static func csvHeader(_ columns: [String]) -> String {
        columns.map { "\"\($0)\"" }.joined(separator: ",")
    }

    /// The TS021 columns in the order of the ONS/Nomis bulk file (census2021-ts021-*.csv): the total,
    /// then each broad group's subtotal followed by its categories in ONS code order (1-19). Unlike
    /// 2011 KS201EW, the 2021 bulk files have no "Rural Urban" column and no "; measures: Value" suffix.
    static let ts021Header = csvHeader([
        "date", "geography", "geography code",
        "Ethnic group: Total: All usual residents",
        "Ethnic group: Asian, Asian British or Asian Welsh",
        "Ethnic group: Asian, Asian British or Asian Welsh: Bangladeshi",
        "Ethnic group: Asian, Asian British or Asian Welsh: Chinese",
        "Ethnic group: Asian, Asian British or Asian Welsh: Indian",
        "Ethnic group: Asian, Asian British or Asian Welsh: Pakistani",
        "Ethnic group: Asian, Asian British or Asian Welsh: Other Asian",
        "Ethnic group: Black, Black British, Black Welsh, Caribbean or African",
        "Ethnic group: Black, Black British, Black Welsh, Caribbean or African: African",
        "Ethnic group: Black, Black British, Black Welsh, Caribbean or African: Caribbean",
        "Ethnic group: Black, Black British, Black Welsh, Caribbean or African: Other Black",
        "Ethnic group: Mixed or Multiple ethnic groups",
        "Ethnic group: Mixed or Multiple ethnic groups: White and Asian",
        "Ethnic group: Mixed or Multiple ethnic groups: White and Black African",
        "Ethnic group: Mixed or Multiple ethnic groups: White and Black Caribbean",
        "Ethnic group: Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups",
        "Ethnic group: White",
        "Ethnic group: White: English, Welsh, Scottish, Northern Irish or British",
        "Ethnic group: White: Irish",
        "Ethnic group: White: Gypsy or Irish Traveller",
        "Ethnic group: White: Roma",
        "Ethnic group: White: Other White",
        "Ethnic group: Other ethnic group",
        "Ethnic group: Other ethnic group: Arab",
        "Ethnic group: Other ethnic group: Any other ethnic group",
    ])

    /// Line 2. Asian 3+2+10+4+5 = 24; Black 12+6+2 = 20; Mixed 3+2+4+3 = 12; White 90+4+1+7+30 = 132
    /// (Roma 7); Other 5+7 = 12; total 24+20+12+132+12 = 200. Each subtotal and the total are the sums.
    static let testborough = "2021,Testborough,E09000099,200,24,3,2,10,4,5,20,12,6,2,12,3,2,4,3,132,90,4,1,7,30,12,5,7"

    /// Line 3, named with a comma and quoted as ONS writes "Bristol, City of". Asian 0+1+2+1+1 = 5;
    /// Black 3+1+0 = 4; Mixed 1+0+1+1 = 3; White 30+1+0+2+3 = 36 (Roma 2); Other 1+1 = 2; total 50.
    static let otherborough =
        "2021,\"Otherborough, City of\",E09000098,50,5,0,1,2,1,1,4,3,1,0,3,1,0,1,1,36,30,1,0,2,3,2,1,1"

    /// Two invented boroughs in the TS021 layout.
    static let ts021 = ts021Header + "\n" + testborough + "\n" + otherborough + "\n"

    /// The 2021 TS008 sex table as ONS/Nomis publish it (female before male). Testborough: 103 + 97 =
    /// 200 (the TS021 total); Otherborough: 26 + 24 = 50.
    static let ts008 =
        csvHeader([
            "date", "geography", "geography code", "Sex: All persons; measures: Value",
            "Sex: Female; measures: Value", "Sex: Male; measures: Value",
        ]) + "\n"
        + "2021,Testborough,E09000099,200,103,97\n"
        + "2021,\"Otherborough, City of\",E09000098,50,26,24\n"

    /// The 2011 QS104EW sex table (with "Rural Urban", plural labels, males before females), with the
    /// same people as `ts008` so that the same expectations hold: the columns are placed by label.
    static let qs104ew =
        csvHeader([
            "date", "geography", "geography code", "Rural Urban", "Sex: All persons; measures: Value",
            "Sex: Males; measures: Value", "Sex: Females; measures: Value",
        ]) + "\n"
        + "2011,Testborough,E09000099,Total,200,97,103\n"
        + "2011,\"Otherborough, City of\",E09000098,Total,50,24,26\n"

    /// 2011 KS101EW (usual resident population): residents, males and females, then variables that
    /// are not sex counts (household or communal, area, density), which are ignored.
    static let ks101ew =
        csvHeader([
            "date", "geography", "geography code", "Rural Urban", "Variable: All usual residents; measures: Value",
            "Variable: Males; measures: Value", "Variable: Females; measures: Value",
            "Variable: Lives in a household; measures: Value",
            "Variable: Lives in a communal establishment; measures: Value",
            "Variable: Area (Hectares); measures: Value",
            "Variable: Density (number of persons per hectare); measures: Value",
        ]) + "\n"
        + "2011,Testborough,E09000099,Total,200,97,103,198,2,3762.0,53.2\n"
        + "2011,\"Otherborough, City of\",E09000098,Total,50,24,26,50,0,290.0,0.2\n"

    /// Imports `text` as profile.csv with `source` and the reference date `day` (ISO).
    static func importing(_ register: Register, _ text: String, source: String, day: String) async throws
        -> ProfileImport.Report
    {
        let path = try Fixtures.file(text, name: "profile.csv")
        return try await ProfileImport(register: register).run(
            path: path, displayName: "profile.csv", encoding: nil,
            source: ProfileSource(source: source, referenceDate: CalendarDate(iso: day)!))
    }

    /// A TS021 file gives one Census 2021 profile per geography, stored with every one of the 19
    /// categories (Roma included) counted as in the file, and the subtotals and total not counted.
    @Test func ts021RowsBecomeCensus2021ProfilesWithRoma() async throws {
        try await TestDatabase.withRegister { register, _ in
            let report = try await Self.importing(
                register, Self.ts021, source: Self.ts021Source, day: Self.censusDay2021)
            // Header on line 1, one profile from each data row: lines 2 and 3, none skipped.
            #expect(report.layout == "Nomis census bulk CSV")
            #expect(report.profileLines == [2, 3] && report.skippedLines.isEmpty)
            let stored = try await register.profiles().map(\.profile)
            // Two data rows, two profiles stored.
            #expect(stored.count == 2)
            let test = try #require(stored.first { $0.geographyCode == "E09000099" })
            let other = try #require(stored.first { $0.geographyCode == "E09000098" })

            // "English, Welsh, Scottish, Northern Irish or British" and "Roma" exist only in 2021.
            #expect(test.classification == .census2021Ethnicity && other.classification == .census2021Ethnicity)
            #expect(test.classification.rawValue == "census_2021_ethnicity")
            // Names from the "geography" column (the quoted comma kept); no --kind given, so boroughs.
            #expect(test.geographyName == "Testborough" && other.geographyName == "Otherborough, City of")
            #expect(test.kind == .borough && other.kind == .borough)
            #expect(test.name == "ONS Census 2021 TS021 (test): ethnic group (2021), Testborough (E09000099)")
            #expect(test.source == Self.ts021Source)
            // The date given to the import (census day), not the file's "date" column (a year).
            #expect(test.referenceDate == CalendarDate(iso: "2021-03-21"))
            #expect(other.referenceDate == CalendarDate(iso: "2021-03-21"))

            // The 19 category cells of line 2, in header order: Asian 3,2,10,4,5; Black 12,6,2;
            // Mixed 3,2,4,3; White 90,4,1,7,30; Other 5,7.
            let testCounts: [String: Int] = [
                "bangladeshi": 3, "chinese": 2, "indian": 10, "pakistani": 4, "other_asian": 5,
                "african": 12, "caribbean": 6, "other_black": 2,
                "white_and_asian": 3, "white_and_black_african": 2, "white_and_black_caribbean": 4, "other_mixed": 3,
                "white_british": 90, "irish": 4, "gypsy_or_irish_traveller": 1, "roma": 7, "other_white": 30,
                "arab": 5, "any_other": 7,
            ]
            // The 19 category cells of line 3: Asian 0,1,2,1,1; Black 3,1,0; Mixed 1,0,1,1;
            // White 30,1,0,2,3; Other 1,1 (zero cells are stored as 0, not left out).
            let otherCounts: [String: Int] = [
                "bangladeshi": 0, "chinese": 1, "indian": 2, "pakistani": 1, "other_asian": 1,
                "african": 3, "caribbean": 1, "other_black": 0,
                "white_and_asian": 1, "white_and_black_african": 0, "white_and_black_caribbean": 1, "other_mixed": 1,
                "white_british": 30, "irish": 1, "gypsy_or_irish_traveller": 0, "roma": 2, "other_white": 3,
                "arab": 1, "any_other": 1,
            ]
            #expect(test.counts == testCounts)
            #expect(other.counts == otherCounts)
            // Every 2021 census category, no more: 19 keys.
            #expect(Set(test.counts.keys) == Set(ProfileClassification.census2021Ethnicity.categories))
            // Roma cells: 7 on line 2, 2 on line 3.
            #expect(test.counts["roma"] == 7 && other.counts["roma"] == 2)
            // Totals are the categories only (subtotals not added in): 200 and 50, the files' totals; no unknowns.
            #expect(test.total == 200 && other.total == 50)
            #expect(test.unknown == 0 && other.unknown == 0)

            // Not White British: 200 - 90 = 110 of 200 (Roma counted in); not White: 200 - 132 = 68 of 200;
            // the White group 132 of 200 includes Roma's 7.
            #expect(test.share(of: .ethnicMinority(.notWhiteBritish)) == 110.0 / 200.0)
            #expect(test.share(of: .ethnicMinority(.notWhite)) == 68.0 / 200.0)
            #expect(test.share(of: .ethnicGroup(.white)) == 132.0 / 200.0)

            // What the import reported is what was stored.
            let reportedTest = report.profiles.first { $0.geographyCode == "E09000099" }
            let reportedOther = report.profiles.first { $0.geographyCode == "E09000098" }
            #expect(reportedTest == test && reportedOther == other)
        }
    }

    /// The sex tables the importer places: 2021 TS008, 2011 QS104EW and KS101EW, with the census day of each.
    static let sexTables: [(String, String)] = [(ts008, censusDay2021), (qs104ew, "2011-03-27"), (ks101ew, "2011-03-27")]

    /// A Nomis sex table gives one sex profile per geography with female and male counts.
    @Test(arguments: sexTables)
    func sexTablesImportFemaleAndMaleCounts(text: String, day: String) async throws {
        try await TestDatabase.withRegister { register, _ in
            let report = try await Self.importing(register, text, source: "ONS Census sex table (test)", day: day)
            // Header on line 1, one profile from each of lines 2 and 3.
            #expect(report.layout == "Nomis census bulk CSV" && report.profileLines == [2, 3])
            let stored = try await register.profiles().map(\.profile)
            // Two data rows, two profiles stored.
            #expect(stored.count == 2)
            let test = try #require(stored.first { $0.geographyCode == "E09000099" })
            let other = try #require(stored.first { $0.geographyCode == "E09000098" })
            #expect(test.classification == .sex && other.classification == .sex)
            #expect(test.classification.rawValue == "sex")
            #expect(test.geographyName == "Testborough" && other.geographyName == "Otherborough, City of")
            #expect(test.referenceDate == CalendarDate(iso: day))
            // Both fixtures: Testborough 103 female, 97 male; Otherborough 26 female, 24 male; the
            // "All persons" column (200, 50) is a check, not a category.
            #expect(test.counts == ["female": 103, "male": 97])
            #expect(other.counts == ["female": 26, "male": 24])
            #expect(test.total == 200 && other.total == 50)
            // Women: 103 of 200 and 26 of 50.
            #expect(test.share(of: .women) == 103.0 / 200.0)
            #expect(other.share(of: .women) == 26.0 / 50.0)
            // A sex profile says nothing about ethnicity.
            #expect(test.share(of: .ethnicMinority(.notWhite)) == nil)
        }
    }

    /// Line 3's Roma cell is text. Line 2 is sound, so this also shows a good row is not kept.
    static let textCount =
        ts021Header + "\n" + testborough + "\n"
        + "2021,\"Otherborough, City of\",E09000098,50,5,0,1,2,1,1,4,3,1,0,3,1,0,1,1,36,30,1,0,twelve,3,2,1,1\n"

    /// Line 2's total is 201; its 19 categories sum to 200 (every subtotal is right).
    static let totalOff =
        ts021Header + "\n"
        + "2021,Testborough,E09000099,201,24,3,2,10,4,5,20,12,6,2,12,3,2,4,3,132,90,4,1,7,30,12,5,7\n"

    /// Line 2's White subtotal is 125, the White categories without Roma (132 - 7); with Roma they sum to 132.
    static let whiteWithoutRoma =
        ts021Header + "\n"
        + "2021,Testborough,E09000099,200,24,3,2,10,4,5,20,12,6,2,12,3,2,4,3,125,90,4,1,7,30,12,5,7\n"

    /// The header's Roma column is misspelt "Romany", a label TS021 does not have.
    static let unknownNomisColumn =
        ts021Header.replacingOccurrences(of: "White: Roma\"", with: "White: Romany\"") + "\n" + testborough + "\n"

    /// The DfE school-level labels the importer knows (as in ProfileImportTests), one misspelt.
    /// Only `number of pupils classified as ... ethnic origin` columns are checked against the known
    /// labels; any other column (the real file has some 300) is not used, so it cannot be "unknown".
    static let unknownPupilColumn: String = {
        let labels = [
            "white Britsh", "Irish", "traveller of Irish heritage", "any other white background", "Gypsy/Roma",
            "white and black Caribbean", "white and black African", "white and Asian", "any other mixed background",
            "Indian", "Pakistani", "Bangladeshi", "any other Asian background", "Caribbean", "African",
            "any other black background", "Chinese", "any other ethnic group",
        ]
        let header =
            ["urn", "school_name"] + labels.map { "number of pupils classified as \($0) ethnic origin" }
            + ["number of pupils unclassified", "headcount total girls", "headcount total boys"]
        // A sound data row: 18 pupils, 1 per category, 0 unclassified, 9 girls and 9 boys.
        let row = ["102649", "Test Primary"] + Array(repeating: "1", count: 18) + ["0", "9", "9"]
        return header.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n"
    }()

    /// Each broken file and the one line it is refused with (file, line, field, what was expected and found).
    static let brokenFiles: [(String, String)] = [
        (
            textCount,
            "profile.csv:3: field \"Ethnic group: White: Roma\": expected a whole-number count, found \"twelve\"; "
                + "nothing was imported"
        ),
        (
            totalOff,
            "profile.csv:2: field \"Ethnic group: Total: All usual residents\": expected the sum of the categories, "
                + "200, found \"201\"; nothing was imported"
        ),
        (
            whiteWithoutRoma,
            "profile.csv:2: field \"Ethnic group: White\": expected the sum of its categories, 132, found \"125\"; "
                + "nothing was imported"
        ),
        (
            unknownNomisColumn,
            "profile.csv:1: field \"Ethnic group: White: Romany\": expected a Nomis ethnic group category, "
                + "subtotal or total column, found \"a column it cannot place\"; nothing was imported"
        ),
        (
            unknownPupilColumn,
            "profile.csv:1: field \"number of pupils classified as white Britsh ethnic origin\": expected a DfE "
                + "school census ethnic category, found \"a column it cannot place\"; nothing was imported"
        ),
    ]

    /// Each broken file is refused whole with one line naming file, line and field, and nothing is stored.
    @Test(arguments: brokenFiles)
    func brokenCensusAndPupilFilesAreRefusedWhole(text: String, expected: String) async throws {
        try await TestDatabase.withRegister { register, _ in
            // Profiles already held, so that "nothing stored" is checked against a register that is not empty.
            _ = try await Self.importing(
                register, Self.ts008, source: "ONS Census 2021 TS008 (test)", day: Self.censusDay2021)
            let profilesBefore = try await register.profiles().count
            let before = try await register.database.fingerprint()
            do {
                _ = try await Self.importing(register, text, source: Self.ts021Source, day: Self.censusDay2021)
                Issue.record("a broken file was imported")
            } catch let error as StoreError {
                #expect(error.description == expected)
                // One line: no line break in the message.
                #expect(!error.description.contains("\n"))
            }
            // Every table as it was; and the TS008 file's 2 profiles (Testborough, Otherborough), before
            // and after: none added.
            #expect(try await register.database.fingerprint() == before)
            #expect(profilesBefore == 2)
            #expect(try await register.profiles().count == 2)
        }
    }
}
