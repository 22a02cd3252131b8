import Governance

/// Invented names and places for the synthetic borough. Forenames and surnames are drawn
/// independently of the ethnicity a synthetic person declares, so names imply nothing.
enum DemoNames {
    static let places = [
        "Abbey Fields", "Ashgrove", "Beaconsfield", "Birchwood", "Bramley Park", "Brookside", "Cedar Vale", "Chestnut",
        "Cloverdale", "Copse Hill", "Cranmere", "Dunstan", "Elmhurst", "Fairlawn", "Fernbank", "Foxglove",
        "Garth Road", "Greenacre", "Hartfield", "Hazelwood", "Hollybank", "Juniper", "Kingsmead", "Lavender Hill",
        "Linden", "Maplewood", "Meadowbank", "Millfield", "Northcote", "Oakleigh", "Orchard Way", "Parkside",
        "Poplar Grove", "Queensmere", "Ravensbury", "Riverside", "Rowan", "Sandpiper", "Silverbirch", "Southfields",
        "Springwell", "Stanford", "Thornbury", "Wandle Vale", "Westcroft", "Willowbrook", "Woodlands", "Yewtree",
        "Amberley", "Bankside", "Cottenham", "Dorset Road", "Eastfields", "Gorringe", "Hillcross", "Links",
        "Malmesbury", "Pelham", "St Helier", "Tudor", "Acacia", "Blossom Lane", "Canterbury", "Dahlia Road",
        "Everglade", "Falcon Heath",
    ]
    static let wards = [
        "Abbey", "Cannon Hill", "Colliers Wood", "Cricket Green", "Dundonald", "Figge's Marsh", "Graveney",
        "Hillside", "Lavender Fields", "Longthornton", "Lower Morden", "Merton Park", "Pollards Hill", "Ravensbury",
        "Raynes Park", "St Helier", "Trinity", "Village", "West Barnes", "Wimbledon Park",
    ]
    static let femaleForenames = [
        "Abena", "Aisha", "Amara", "Ana", "Anna", "Bridget", "Carmen", "Chloe", "Deepa", "Eleanor", "Emma", "Fatima",
        "Grace", "Hannah", "Ifeoma", "Isabel", "Jasmine", "Joanna", "Katarzyna", "Laura", "Leah", "Lucy", "Maria",
        "Mei", "Nadia", "Niamh", "Olivia", "Patricia", "Priya", "Rachel", "Ruth", "Sarah", "Shanice", "Sofia",
        "Susan", "Tanya", "Yasmin", "Zainab", "Claire", "Helen",
    ]
    static let maleForenames = [
        "Adam", "Ahmed", "Andrew", "Arjun", "Ben", "Chidi", "Daniel", "David", "Dmitri", "Edward", "Emeka", "Farid",
        "George", "Hassan", "Ian", "Imran", "James", "Jonathan", "Kwame", "Liam", "Luis", "Marcus", "Mark", "Matthew",
        "Michael", "Mohammed", "Nathan", "Oliver", "Patrick", "Paul", "Peter", "Rajesh", "Richard", "Robert", "Samuel",
        "Simon", "Stephen", "Thomas", "Tomasz", "Wei",
    ]
    static let surnames = [
        "Adeyemi", "Ahmed", "Ali", "Allen", "Baker", "Bennett", "Brown", "Campbell", "Chen", "Clarke", "Collins",
        "Davies", "Edwards", "Evans", "Fernandes", "Francis", "Ghosh", "Green", "Hall", "Harris", "Hughes", "Hussain",
        "Jackson", "James", "Johnson", "Jones", "Kaur", "Khan", "King", "Kowalski", "Lee", "Lewis", "Martin",
        "Mensah", "Mitchell", "Moore", "Morgan", "Murphy", "Nowak", "O'Brien", "Okafor", "Owusu", "Patel", "Phillips",
        "Roberts", "Robinson", "Rodriguez", "Scott", "Shah", "Singh", "Smith", "Taylor", "Thomas", "Thompson",
        "Walker", "White", "Williams", "Wilson", "Wood", "Wright", "Young",
    ]

    /// A synthetic governor population's ethnic mix (invented weights, whiter than the borough,
    /// as the NGA surveys describe governors nationally), in per cent.
    static let ethnicityWeights: [(Ethnicity2021, Double)] = [
        (.whiteBritish, 60), (.irish, 2), (.otherWhite, 8), (.gypsyOrIrishTraveller, 0.3), (.roma, 0.2),
        (.indian, 5), (.pakistani, 2.5), (.bangladeshi, 1), (.chinese, 1), (.otherAsian, 3),
        (.african, 5), (.caribbean, 5), (.otherBlack, 1),
        (.whiteAndBlackCaribbean, 1.5), (.whiteAndBlackAfrican, 0.5), (.whiteAndAsian, 1), (.otherMixed, 1),
        (.arab, 0.5), (.anyOther, 1.5),
    ]
}
