import Mustache

/// A page's view flattened once into dictionaries and arrays before it is rendered.
///
/// swift-mustache finds a `{{name}}` in a struct by reflecting it (a `Mirror` and a scan of
/// every field) at each level of the context stack, for every tag and every row: on the body
/// page that was a third of the server's time (docs/web.md, "Speed"). A `[String: Any]` is a
/// `MustacheParent`, looked up by hashing, so reflecting each value once here renders the same
/// text for a fraction of the work. What Mustache treats specially is kept as it is: strings and
/// numbers, booleans, lambdas, custom renderables and parents; an absent optional is left out, which
/// Mustache reads as it reads `nil` (false, and nothing rendered).
enum MustacheTree {
    /// `value` as Mustache would see it, with every struct, class and tuple a dictionary of its
    /// stored properties and every array or set an array; nil for an absent optional.
    static func flatten(_ value: Any) -> Any? {
        switch value {
        case is String, is Bool, is Int, is Double, is Substring, is MustacheLambda, is any MustacheCustomRenderable,
            is any MustacheParent, is MustacheTemplate:
            return value
        default:
            break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { flatten($0.value) }
        case .struct, .class, .tuple:
            var fields: [String: Any] = [:]
            for child in mirror.children {
                if let label = child.label, let field = flatten(child.value) { fields[label] = field }
            }
            return fields
        case .collection, .set:
            return mirror.children.compactMap { flatten($0.value) }
        default:
            return value  // enums and other leaves render as Mustache would render them
        }
    }
}
