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
}
