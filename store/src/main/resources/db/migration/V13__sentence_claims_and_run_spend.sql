-- Issue #16: what the workers of a distributed run share besides the memory. Plain SQL for H2 2.x
-- and PostgreSQL 13+. Single-machine runs use neither table.

-- A sentence (normalised-source hash, as the translation memory keys it) one translate partition is
-- sending now, so that a partition elsewhere that needs it at the same moment waits for its
-- translation instead of paying for it again. The primary key makes the first claim win; a claim
-- passes to another holder only by a compare-and-set on holder, when its worker is dead or it is
-- older than the lease. Released (deleted) once the holder's send ends, stored or failed.
CREATE TABLE hb_sentence_claim (
    source_hash  CHAR(64) NOT NULL,
    target_lang  VARCHAR(16) NOT NULL,
    holder       VARCHAR(250) NOT NULL,
    worker_id    VARCHAR(200) NOT NULL,
    claimed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sentence_claim PRIMARY KEY (source_hash, target_lang)
);

-- What a distributed run has spent against its limits, every worker together: characters and tokens
-- sent, or reserved for a request in flight. A request is reserved by one conditional UPDATE of this
-- row (it adds its cost only if the sum stays within the limit), then settled with what it cost.
CREATE TABLE hb_run_spend (
    run_id      BIGINT NOT NULL PRIMARY KEY,
    characters  BIGINT NOT NULL,
    tokens      BIGINT NOT NULL
);
