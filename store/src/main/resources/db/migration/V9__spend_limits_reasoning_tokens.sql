-- Issue #10. Plain SQL for H2 2.x and PostgreSQL 13+.

-- The part of a run's output tokens a reasoning model spent thinking (OpenAI's and DeepSeek's
-- usage.completion_tokens_details.reasoning_tokens); output_tokens already includes them.
ALTER TABLE hb_engine_usage ADD COLUMN reasoning_tokens BIGINT DEFAULT 0 NOT NULL;

-- A run's spend limits (NULL: none), kept with the run so that a restart keeps them unless it is
-- given new ones; and what went wrong without failing the run (an engine of a fallback chain that
-- stopped and left the rest to the next), one line each.
ALTER TABLE hb_run ADD COLUMN max_characters BIGINT;
ALTER TABLE hb_run ADD COLUMN max_tokens BIGINT;
ALTER TABLE hb_run ADD COLUMN warnings VARCHAR(4000);
