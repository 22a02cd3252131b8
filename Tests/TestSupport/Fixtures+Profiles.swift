import Foundation

/// Census files in the layouts the profile importer reads.
extension Fixtures {
    package static let nomisHeader =
        #""date","geography","geography code","Rural Urban","Ethnic Group: All categories: Ethnic group; measures: Value","Ethnic Group: White; measures: Value","Ethnic Group: White: English/Welsh/Scottish/Northern Irish/British; measures: Value","Ethnic Group: White: Irish; measures: Value","Ethnic Group: White: Gypsy or Irish Traveller; measures: Value","Ethnic Group: White: Other White; measures: Value","Ethnic Group: Mixed; measures: Value","Ethnic Group: Mixed/multiple ethnic group: White and Black Caribbean; measures: Value","Ethnic Group: Mixed/multiple ethnic group: White and Black African; measures: Value","Ethnic Group: Mixed/multiple ethnic group: White and Asian; measures: Value","Ethnic Group: Mixed/multiple ethnic group: Other Mixed; measures: Value","Ethnic Group: Asian; measures: Value","Ethnic Group: Asian/Asian British: Indian; measures: Value","Ethnic Group: Asian/Asian British: Pakistani; measures: Value","Ethnic Group: Asian/Asian British: Bangladeshi; measures: Value","Ethnic Group: Asian/Asian British: Chinese; measures: Value","Ethnic Group: Asian/Asian British: Other Asian; measures: Value","Ethnic Group: Black; measures: Value","Ethnic Group: Black/African/Caribbean/Black British: African; measures: Value","Ethnic Group: Black/African/Caribbean/Black British: Caribbean; measures: Value","Ethnic Group: Black/African/Caribbean/Black British: Other Black; measures: Value","Ethnic Group: Other; measures: Value","Ethnic Group: Other ethnic group: Arab; measures: Value","Ethnic Group: Other ethnic group: Any other ethnic group; measures: Value""#

    /// Two invented boroughs in the KS201EW layout. Row 1 by hand: White 60+5+1+14 = 80; Mixed 1+1+1+1 = 4;
    /// Asian 4+2+1+1+2 = 10; Black 2+1+1 = 4; Other 1+1 = 2; total 100.
    package static let nomis =
        nomisHeader + "\n"
        + "2011,Testborough,E09000099,Total,100,80,60,5,1,14,4,1,1,1,1,10,4,2,1,1,2,4,2,1,1,2,1,1\n"
        + "2011,Otherborough,E09000098,Total,20,10,10,0,0,0,2,1,1,0,0,4,4,0,0,0,0,2,2,0,0,2,1,1\n"

    /// An invented borough in a census layout by age (2011 DC2101EW's Nomis columns, three of its
    /// categories, five of its bands). By hand, all persons by band (White British, Indian, African):
    /// all ages 50, 25, 25 (100); 0-15 10, 10, 10; 16-17 2, 2, 1; 18-49 20, 10, 10; 50+ 18, 3, 4.
    /// Adults (18 and over): 38, 13, 14 = 65, of whom 27 not White British (27/65); every age: 50 of 100.
    package static let nomisByAge: String = {
        let bands = ["All categories: Age", "Age 0 to 15", "Age 16 to 17", "Age 18 to 49", "Age 50 and over"]
        let groups = [
            "All categories: Ethnic group", "White: English/Welsh/Scottish/Northern Irish/British",
            "Asian/Asian British: Indian", "Black/African/Caribbean/Black British: African",
        ]
        let values = [[100, 50, 25, 25], [30, 10, 10, 10], [5, 2, 2, 1], [40, 20, 10, 10], [25, 18, 3, 4]]
        var header = ["date", "geography", "geography code"]
        var row = ["2011", "Testborough", "E09000099"]
        for (b, band) in bands.enumerated() {
            for (g, group) in groups.enumerated() {
                header.append("Sex: All persons; Age: \(band); Ethnic Group: \(group); measures: Value")
                row.append(String(values[b][g]))
            }
        }
        // A column for women only: another table's, not counted.
        header.append("Sex: Females; Age: Age 18 to 49; Ethnic Group: Asian/Asian British: Indian; measures: Value")
        row.append("6")
        return header.map { "\"\($0)\"" }.joined(separator: ",") + "\n" + row.joined(separator: ",") + "\n"
    }()
}
