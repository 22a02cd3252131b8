import Foundation
import Governance
import PostgresNIO

extension Register {
    /// Stores aggregate results (no personal data) for a date, replacing any taken before for the
    /// same date, authority, body and group. Returns how many rows were stored.
    public func storeSnapshots(_ rows: [RepresentationSnapshot], measures: [String]) async throws -> Int {
        // One statement for every row (arrays unnested): a national snapshot is 100,000 rows. The
        // arrays cannot hold NULL, so absent values travel as 0, "" and -1 and become NULL again.
        try await database.write { connection in
            try await connection.query(
                """
                INSERT INTO representation_snapshots (as_of, la_code, body_id, measured_group, profile_name, in_post, unknown,
                                                      in_group, community_share, band, measures)
                SELECT a, l, nullif(b, 0), g, nullif(p, ''), i, u, n, nullif(c, -1), nullif(d, ''), m::jsonb
                FROM unnest(\(rows.map(\.asOf.iso))::date[], \(rows.map(\.laCode))::integer[], \(rows.map { $0.bodyID ?? 0 })::bigint[],
                            \(rows.map(\.group))::text[], \(rows.map { $0.profileName ?? "" })::text[], \(rows.map(\.inPost))::integer[],
                            \(rows.map(\.unknown))::integer[], \(rows.map(\.inGroup))::integer[],
                            \(rows.map { $0.communityShare ?? -1 })::float8[], \(rows.map { $0.band ?? "" })::text[],
                            \(measures)::text[]) AS t(a, l, b, g, p, i, u, n, c, d, m)
                ON CONFLICT (as_of, la_code, coalesce(body_id, 0), measured_group) DO UPDATE SET
                    profile_name = excluded.profile_name, in_post = excluded.in_post, unknown = excluded.unknown,
                    in_group = excluded.in_group, community_share = excluded.community_share, band = excluded.band,
                    measures = excluded.measures, taken_at = now(), taken_by = govmon_actor()
                """, logger: logger)
            return rows.count
        }
    }

    /// Snapshots of an authority, oldest first: the borough's only, or every body's too.
    public func snapshots(laCode: Int, boroughOnly: Bool) async throws -> [RepresentationSnapshot] {
        try await database.read { connection in
            try await connection.query(
                """
                SELECT as_of, la_code, body_id, measured_group, profile_name, in_post, unknown, in_group, community_share, band
                FROM representation_snapshots
                WHERE la_code = \(laCode) AND (NOT \(boroughOnly) OR body_id IS NULL)
                ORDER BY as_of, body_id NULLS FIRST, measured_group
                """, logger: logger
            ).collect((CalendarDate, Int, BodyID?, String, String?, Int, Int, Int, Double?, String?).self).map {
                RepresentationSnapshot(
                    asOf: $0.0, laCode: $0.1, bodyID: $0.2, group: $0.3, profileName: $0.4, inPost: $0.5,
                    unknown: $0.6, inGroup: $0.7, communityShare: $0.8, band: $0.9)
            }
        }
    }
}
