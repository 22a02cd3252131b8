-- Adult comparators (docs/representativeness.md): governors are 18 or over and ethnic minority
-- populations are younger, so a profile of every age overstates the share a board would have by
-- chance. A profile built from a census table by age (2011 DC2101EW, 2021 RM032) counts people
-- from `minimum_age` up; NULL is every age. A body with no comparator of its own is compared with
-- its borough's adult profile when there is one.
ALTER TABLE community_profiles
    ADD COLUMN minimum_age smallint CONSTRAINT community_profiles_minimum_age_range CHECK (minimum_age BETWEEN 1 AND 120);
