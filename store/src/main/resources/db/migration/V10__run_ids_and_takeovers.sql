-- Run ids a person can follow. H2 hands identity values out of a cache of 32 and writes the end
-- of the cache to disk, so a process killed with a run open lost the rest of it: the next run's id
-- jumped by 32 after each kill. One value at a time costs one more write per run, nothing next to
-- a run. PostgreSQL's identity columns cache 1 unless told otherwise; said here so both agree.
-- Plain SQL for H2 2.x and PostgreSQL 13+.
ALTER TABLE hb_run ALTER COLUMN id SET CACHE 1;

-- The run that took over a failed run's unfinished articles (the next run of the same inbox), so
-- that `hanbridge jobs`, `hanbridge restart` and the server can say where the work went.
ALTER TABLE hb_run ADD COLUMN taken_over_by BIGINT;
