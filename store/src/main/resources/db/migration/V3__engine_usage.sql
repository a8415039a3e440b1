-- What each engine cost a run: one row per run and engine, added to as articles are translated.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 13+.
CREATE TABLE hb_engine_usage (
    run_id              BIGINT NOT NULL,
    engine              VARCHAR(64) NOT NULL,
    segments            BIGINT NOT NULL DEFAULT 0,
    characters          BIGINT NOT NULL DEFAULT 0,
    requests            BIGINT NOT NULL DEFAULT 0,
    retries             BIGINT NOT NULL DEFAULT 0,
    rejected            BIGINT NOT NULL DEFAULT 0,
    billed_characters   BIGINT NOT NULL DEFAULT 0,
    input_tokens        BIGINT NOT NULL DEFAULT 0,
    output_tokens       BIGINT NOT NULL DEFAULT 0,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_engine_usage PRIMARY KEY (run_id, engine)
);
