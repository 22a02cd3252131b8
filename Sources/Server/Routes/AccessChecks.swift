import Foundation
import Governance
import Hummingbird
import Store

extension WriteRoutes {
    /// A required date field of a request body; 422 naming the field when it is not YYYY-MM-DD.
    static func requiredDate(_ text: String, _ field: String) throws -> CalendarDate {
        try value(try date(text, field), field, text, expected: "YYYY-MM-DD")
    }
}

extension ServiceContext {
    /// The body a listing is limited to: a chair's own (403 if they name another), else the body
    /// named in `reference` as the caller's register finds it, else nil for every body in scope.
    func listedBody(_ reference: String?, _ register: Register) async throws -> Int64? {
        let identity = try caller()
        if let reference {
            let body = try await register.body(reference)
            try requireOwnBody(body.id)
            return body.id
        }
        return identity.role == .chair ? identity.bodyID : nil
    }
}
