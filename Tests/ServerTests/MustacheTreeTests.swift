import Mustache
import Testing

@testable import Server

/// `MustacheTree` must not change what a page says: each template here is rendered from the view
/// as it is (swift-mustache reflecting it) and from the flattened view, and the two texts must be
/// the same, for the shapes the pages use (nested structs, optionals present and absent, arrays
/// empty and full, booleans, numbers, the `empty()` transform, names found further up the stack).
@Suite struct MustacheTreeTests {
    struct Member {
        var name: String
        var termEnd: String?
        var inducted: Bool
        var seats: Int
    }
    struct Banner { var text: String }
    struct View {
        var title: String
        var csrf: String
        var banner: Banner?
        var missing: Banner?
        var members: [Member]
        var none: [Member]
        var tags: Set<String>
        var count: Double
    }

    static let view = View(
        title: "St Mark's <Academy>", csrf: "tok&1", banner: Banner(text: "Saved"), missing: nil,
        members: [
            Member(name: "Ada", termEnd: "2016-08-31", inducted: true, seats: 1),
            Member(name: "Bea", termEnd: nil, inducted: false, seats: 0),
        ],
        none: [], tags: ["one"], count: 2.5)

    static let templates = [
        "<h1>{{title}}</h1>{{#banner}}<p>{{text}}</p>{{/banner}}{{^missing}}no banner{{/missing}}",
        "{{#members}}<li>{{name}} {{termEnd}}{{^termEnd}}open{{/termEnd}} {{#inducted}}yes{{/inducted}}{{^inducted}}no{{/inducted}} {{seats}} <input value=\"{{csrf}}\">{{/members}}",
        "{{^empty(members)}}some{{/empty(members)}}{{#empty(none)}}none{{/empty(none)}}{{#none}}never{{/none}}",
        "{{#tags}}[{{.}}]{{/tags}} {{count}} {{{title}}} {{missing.text}} {{banner.text}}",
    ]

    @Test(arguments: templates) func rendersTheSameTextFlattened(template: String) throws {
        var library = MustacheLibrary()
        try library.register(template, named: "t")
        let reflected = library.render(Self.view, withTemplate: "t")
        let flattened = library.render(MustacheTree.flatten(Self.view)!, withTemplate: "t")
        #expect(reflected != nil)
        #expect(reflected == flattened)
        // The template really renders something of the view (a broken tree would render "" twice).
        #expect(reflected?.isEmpty == false)
    }

    @Test func absentOptionalsAreLeftOutAndPresentOnesUnwrapped() throws {
        let tree = try #require(MustacheTree.flatten(Self.view) as? [String: Any])
        #expect(tree["missing"] == nil)
        #expect((tree["banner"] as? [String: Any])?["text"] as? String == "Saved")
        #expect((tree["members"] as? [Any])?.count == 2)
    }
}
