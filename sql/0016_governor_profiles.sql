-- National context (docs/representativeness.md): a profile of governors themselves, such as the
-- National Governance Association's annual survey shares of women and ethnic minority governors,
-- imported as kind 'governors'. It is context for the board report only, printed with its source
-- and year; it is never a comparator (a body is compared with its community, not with other
-- boards), so it cannot be linked to a body.
ALTER TABLE community_profiles DROP CONSTRAINT community_profiles_geography_kind_check;
ALTER TABLE community_profiles ADD CONSTRAINT community_profiles_geography_kind_check
    CHECK (geography_kind IN ('borough', 'ward', 'school_pupils', 'school_workforce', 'other', 'governors'));
