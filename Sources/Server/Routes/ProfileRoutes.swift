import Foundation
import Governance
import Hummingbird
import Store

/// One community profile, and linking a body to the profile it is judged against (`profile
/// show|link`).
enum ProfileRoutes {
    struct LinkBody: Decodable { var profile: String }

    static func add(to api: RecordingGroup, _ deps: ServiceDependencies) {
        api.get("profiles/:profile") { _, context -> Response in
            // Community profiles are published statistics, not data about governors.
            let register = deps.register(for: try context.caller())
            let stored = try await register.profile(try context.pathParameter("profile"))
            return try JSON.response(ProfileDetail(stored))
        }
        api.post("bodies/:body/comparators") { request, context -> Response in
            let (_, register, body) = try await context.body(deps)
            let b = try await Query.body(request, as: LinkBody.self)
            let profile = try await register.profile(b.profile)
            let dimension = try await register.linkComparator(bodyID: body.id, profile: profile)
            return try JSON.response(ComparatorLink(bodyID: body.id, profileID: profile.id, dimension: dimension))
        }
    }
}

/// A profile with its id and the headline shares it gives (women, the two minority definitions).
struct ProfileDetail: Encodable {
    struct Share: Encodable {
        var group: String
        var label: String
        var share: Double
    }

    var id: Int64
    var profile: CommunityProfile
    var headlineShares: [Share]

    enum CodingKeys: String, CodingKey {
        case id, profile, headlineShares = "headline_shares"
    }

    init(_ stored: StoredProfile) {
        id = stored.id
        profile = stored.profile
        headlineShares = stored.profile.headlineShares().map {
            Share(group: $0.group.commandLineName, label: $0.group.label, share: $0.share)
        }
    }
}

/// Which profile a body is now compared with, for which dimension.
struct ComparatorLink: Encodable {
    var bodyID: Int64
    var profileID: Int64
    var dimension: String

    enum CodingKeys: String, CodingKey {
        case bodyID = "body_id", profileID = "profile_id", dimension
    }
}
