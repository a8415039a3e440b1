-- The source language tag a run writes into its exports (--source-lang), kept with the run so a
-- restart writes the same. Runs recorded before it wrote plain 'ko'. Plain SQL for H2 2.x and PostgreSQL 13+.
ALTER TABLE hb_run ADD COLUMN source_lang VARCHAR(16) DEFAULT 'ko' NOT NULL;
