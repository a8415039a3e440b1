-- QA of stored translations (issue #12). Plain SQL for H2 2.x and PostgreSQL 13+.
-- Findings are derived data: the checks can always run again, so a lost or outdated row costs a
-- re-check, never a re-translation.

-- One row per translation the checks have seen: with which version of the checker, and the SHA-256
-- of the target text it saw, so a translation replaced in place (or a newer checker) is checked again.
-- A translation with no row here is unchecked: the translate step checks it on its next pass.
CREATE TABLE hb_qa_check (
    segment_id      BIGINT NOT NULL PRIMARY KEY REFERENCES hb_translation (segment_id) ON DELETE CASCADE,
    checker_version INT NOT NULL,
    target_sha256   CHAR(64) NOT NULL,
    checked_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What the checks found, in the checker's order (position). Spans are UTF-16 offsets into the stored
-- source and target texts; NULL when the finding points at nothing on that side (a dropped number).
CREATE TABLE hb_qa_finding (
    segment_id      BIGINT NOT NULL REFERENCES hb_qa_check (segment_id) ON DELETE CASCADE,
    position        INT NOT NULL,
    check_id        VARCHAR(32) NOT NULL,
    severity        VARCHAR(16) NOT NULL,
    source_start    INT,
    source_end      INT,
    target_start    INT,
    target_end      INT,
    message         VARCHAR(4000) NOT NULL,
    CONSTRAINT pk_qa_finding PRIMARY KEY (segment_id, position)
);
