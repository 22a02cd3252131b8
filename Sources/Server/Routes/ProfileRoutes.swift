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
            _ = try context.require(.officer, .board)
            let stored = try await deps.register.profile(try context.parameters.require("profile"))
            return try JSON.response(ProfileDetail(stored))
        }
        api.post("bodies/:body/comparators") { request, context -> Response in
            let body = try await deps.register.body(try context.parameters.require("body"))
            let identity = try MoreWriteRoutes.officer(context, body: body)
            let b = try await Query.body(request, as: LinkBody.self)
            let profile = try await deps.register.profile(b.profile)
            let dimension = try await deps.register(for: identity).linkComparator(bodyID: body.id, profile: profile)
            // The body's figures now compare with this profile.
            deps.responses.clear()
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
