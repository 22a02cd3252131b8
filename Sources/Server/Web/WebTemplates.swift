import Foundation
import Mustache

/// The pages' Mustache templates (web/templates/*.mustache) and stylesheet (web/assets), read
/// once when the service starts. swift-mustache escapes every `{{value}}` as HTML; the one
/// unescaped slot is the layout's `{{{content}}}`, itself a rendered template.
struct WebTemplates: Sendable {
    let library: MustacheLibrary
    let stylesheet: String

    /// Reads the templates and the stylesheet under `folder` (the project's `web/`).
    init(folder: String) throws {
        var library = MustacheLibrary()
        let templates = folder + "/templates"
        for file in try FileManager.default.contentsOfDirectory(atPath: templates).sorted() where file.hasSuffix(".mustache") {
            let text = try String(contentsOfFile: templates + "/" + file, encoding: .utf8)
            try library.register(text, named: String(file.dropLast(".mustache".count)))
        }
        self.library = library
        stylesheet = try String(contentsOfFile: folder + "/assets/govmon.css", encoding: .utf8)
    }

    /// `template` rendered with `object` (flattened first: `MustacheTree`); a missing template is a
    /// programming error, caught by the page tests.
    func render(_ object: Any, _ template: String) -> String {
        let view = MustacheTree.flatten(object) ?? [String: Any]()
        guard let text = library.render(view, withTemplate: template) else {
            preconditionFailure("no template named \(template) in web/templates")
        }
        return text
    }
}
