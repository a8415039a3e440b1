-- Distributed runs (hanbridge worker, hanbridge run --distributed). Plain SQL for H2 2.x and PostgreSQL 13+.

-- Every worker process that joined, with its heartbeat. A partition whose worker stopped, or whose
-- worker has not been seen for a while (or, on the same host, whose process is gone), is taken over.
CREATE TABLE hb_worker (
    id          VARCHAR(200) NOT NULL PRIMARY KEY,
    host        VARCHAR(255) NOT NULL,
    pid         BIGINT NOT NULL,
    slots       INT NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen   TIMESTAMP WITH TIME ZONE NOT NULL,
    stopped_at  TIMESTAMP WITH TIME ZONE
);

-- Which worker works on a partition (one Spring Batch step execution) now. The primary key makes the
-- first claim win; a partition passes to another worker only by a compare-and-set on worker_id, so of
-- two workers taking over a dead one's partition exactly one does. attempts counts the takers.
CREATE TABLE hb_partition (
    step_execution_id BIGINT NOT NULL PRIMARY KEY,
    run_id            BIGINT NOT NULL,
    job_execution_id  BIGINT NOT NULL,
    step              VARCHAR(100) NOT NULL,
    name              VARCHAR(200) NOT NULL,
    worker_id         VARCHAR(200) NOT NULL,
    attempts          INT NOT NULL,
    claimed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE,
    status            VARCHAR(16)
);
CREATE INDEX ix_partition_run ON hb_partition (run_id);
CREATE INDEX ix_partition_job_execution ON hb_partition (job_execution_id);

-- One engine's request pace shared by every worker: the next free request slot and the
-- characters-per-minute budget (GCRA's theoretical arrival time), in microseconds since the epoch.
CREATE TABLE hb_engine_pace (
    engine        VARCHAR(200) NOT NULL PRIMARY KEY,
    next_free_us  BIGINT NOT NULL,
    chars_tat_us  BIGINT NOT NULL
);
