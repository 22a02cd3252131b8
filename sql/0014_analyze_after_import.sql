-- Fresh statistics after a bulk import. A GIAS import can add tens of thousands of people and
-- appointments in one transaction; until autovacuum analyses them the planner believes the tables
-- are nearly empty and, with the row-level security checks run per row, can choose a plan that
-- is quadratic in the register's size (a listing right after a 20,000-row import ran for minutes).
-- Only a table's owner may ANALYZE it, so the import calls this owner-defined function at its
-- end, inside its transaction (the statistics count the rows it added, and roll back with it).
CREATE FUNCTION govmon_analyze_register() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    ANALYZE local_authorities;
    ANALYZE schools;
    ANALYZE governing_bodies;
    ANALYZE body_schools;
    ANALYZE people;
    ANALYZE appointments;
END
$$;
REVOKE ALL ON FUNCTION govmon_analyze_register() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION govmon_analyze_register() TO govmon_app;
