import Foundation

extension DfEEthnicityCode {
    /// DfE extended ethnicity codes and the main code each rolls up to. Source: "DfE school census
    /// ethnicity extended codes" (the DfE-approved list published with the school census and
    /// alternative provision census codes on gov.uk). The White British and White-other rows were
    /// checked against the gov.uk AP census code list; the rest are from the same DfE list as
    /// remembered, so a code missing here simply fails to parse rather than being misfiled.
    ///
    /// Main codes are not repeated here: `init?(code:)` tries them first.
    public static let extendedCodes: [String: DfEEthnicityCode] = {
        let groups: [(DfEEthnicityCode, [String])] = [
            // White - British: Cornish, English, Northern Irish, Scottish, Welsh, other White British.
            (.WBRI, ["WCOR", "WENG", "WNIR", "WSCO", "WWEL", "WOWB"]),
            // Any other White background: Albanian, Bosnian-Herzegovinian, Croatian, Greek/Greek
            // Cypriot, Greek, Greek Cypriot, Italian, Kosovan, Portuguese, Serbian, Turkish/Turkish
            // Cypriot, Turkish, Turkish Cypriot, White European, White Eastern European, White
            // Western European, White other.
            (
                .WOTH,
                [
                    "WALB", "WBOS", "WCRO", "WGRE", "WGRK", "WGRC", "WITA", "WKOS", "WPOR",
                    "WSER", "WTUR", "WTUK", "WTUC", "WEUR", "WEEU", "WWEU", "WOTW",
                ]
            ),
            // Gypsy/Roma: Gypsy, Roma, other Gypsy/Roma.
            (.WROM, ["WROG", "WROR", "WROO"]),
            // White and Asian: White and Pakistani, White and Indian, White and any other Asian.
            (.MWAS, ["MWAP", "MWAI", "MWAO"]),
            // Any other mixed background: Asian and any other, Asian and Black, Asian and Chinese,
            // Black and any other, Black and Chinese, Chinese and any other, White and any other,
            // White and Chinese, other mixed background.
            (.MOTH, ["MAOE", "MABL", "MACH", "MBOE", "MBCH", "MCOE", "MWOE", "MWCH", "MOTM"]),
            // Pakistani: Mirpuri Pakistani, Kashmiri Pakistani, other Pakistani.
            (.APKN, ["AMPK", "AKPA", "AOPK"]),
            // Any other Asian background: African Asian, Kashmiri other, Nepali, Sri Lankan
            // Sinhalese, Sri Lankan Tamil, Sri Lankan other, other Asian.
            (.AOTH, ["AAFR", "AKAO", "ANEP", "ASNL", "ASLT", "ASRO", "AOTA"]),
            // Black African: Angolan, Congolese, Ghanaian, Nigerian, Sierra Leonean, Somali,
            // Sudanese, other Black African.
            (.BAFR, ["BANN", "BCON", "BGHA", "BNGN", "BSLN", "BSOM", "BSUD", "BAOF"]),
            // Any other Black background: Black European, Black North American, other Black.
            (.BOTH, ["BEUR", "BNAM", "BOTB"]),
            // Chinese: Hong Kong Chinese, Malaysian Chinese, Singaporean Chinese, Taiwanese,
            // other Chinese. These start with C, not A: another reason to map by table.
            (.CHNE, ["CHKC", "CMAL", "CSNG", "CTWN", "COCH"]),
            // Any other ethnic group: Afghan, Arab other, Egyptian, Filipino, Iranian, Iraqi,
            // Japanese, Korean, Kurdish, Latin/South/Central American, Lebanese, Libyan, Malay,
            // Moroccan, Polynesian, Thai, Vietnamese, Yemeni, other ethnic group.
            (
                .OOTH,
                [
                    "OAFG", "OARA", "OEGY", "OFIL", "OIRN", "OIRQ", "OJPN", "OKOR", "OKRD",
                    "OLAM", "OLEB", "OLIB", "OMAL", "OMRC", "OPOL", "OTHA", "OVIE", "OYEM",
                    "OOEG",
                ]
            ),
        ]
        var table: [String: DfEEthnicityCode] = [:]
        for (main, codes) in groups {
            for code in codes { table[code] = main }
        }
        return table
    }()
}
