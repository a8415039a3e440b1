-- Locks for several hanbridge processes sharing one database. Plain SQL for H2 2.x and PostgreSQL 13+.

-- ShedLock's JDBC provider (net.javacrumbs.shedlock, layout from its documentation): one row per
-- scheduled task, so that several `hanbridge serve` instances never run the same schedule at once.
CREATE TABLE shedlock (
    name        VARCHAR(64) NOT NULL PRIMARY KEY,
    lock_until  TIMESTAMP NOT NULL,
    locked_at   TIMESTAMP NOT NULL,
    locked_by   VARCHAR(255) NOT NULL
);

-- Which run ingests one version of a source (key: SHA-256 of source URI + content SHA-256). The
-- primary key makes the first run's claim win, so two overlapping runs (cron, two servers) never
-- ingest the same source twice; a run that is no longer running loses its claims to the next one.
CREATE TABLE hb_source_claim (
    claim_key   CHAR(64) NOT NULL PRIMARY KEY,
    run_id      BIGINT NOT NULL,
    claimed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
