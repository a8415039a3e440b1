package dev.hanbridge.store;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import dev.hanbridge.common.EngineUsage;

/**
 * Per-run, per-engine usage: segments, characters, requests, retries, billed characters, tokens
 * (reasoning tokens among them).
 * {@link #add} commits in its own transaction, like translations: requests already paid for stay
 * counted even when the article's chunk rolls back.
 */
public class UsageStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public UsageStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = Db.ownTransaction(transactions);
    }

    /** Adds {@code usage} to the run's figures for its engine. Safe to call from several threads. */
    public void add(long runId, EngineUsage usage) {
        if (usage.isEmpty()) {
            return;
        }
        for (int attempt = 0;; attempt++) {
            try {
                ownTransaction.executeWithoutResult(status -> {
                    if (increment(runId, usage) == 0) {
                        jdbc.sql("""
                                INSERT INTO hb_engine_usage (run_id, engine, segments, characters, requests, retries,
                                    rejected, billed_characters, input_tokens, output_tokens, reasoning_tokens,
                                    updated_at)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                                .params(runId, usage.engine(), usage.segments(), usage.characters(), usage.requests(),
                                        usage.retries(), usage.rejected(), usage.billedCharacters(),
                                        usage.inputTokens(), usage.outputTokens(), usage.reasoningTokens(), Db.now())
                                .update();
                    }
                });
                return;
            } catch (DuplicateKeyException anotherThreadInsertedFirst) {
                if (attempt > 0) {
                    throw anotherThreadInsertedFirst;
                }
            }
        }
    }

    private int increment(long runId, EngineUsage u) {
        return jdbc.sql("""
                UPDATE hb_engine_usage SET segments = segments + ?, characters = characters + ?,
                       requests = requests + ?, retries = retries + ?, rejected = rejected + ?,
                       billed_characters = billed_characters + ?, input_tokens = input_tokens + ?,
                       output_tokens = output_tokens + ?, reasoning_tokens = reasoning_tokens + ?, updated_at = ?
                 WHERE run_id = ? AND engine = ?""")
                .params(u.segments(), u.characters(), u.requests(), u.retries(), u.rejected(), u.billedCharacters(),
                        u.inputTokens(), u.outputTokens(), u.reasoningTokens(), Db.now(), runId, u.engine())
                .update();
    }

    /** The run's usage, one entry per engine, by engine id. */
    public List<EngineUsage> ofRun(long runId) {
        return jdbc.sql("SELECT * FROM hb_engine_usage WHERE run_id = ? ORDER BY engine").param(runId)
                .query((rs, n) -> new EngineUsage(rs.getString("engine"), rs.getLong("segments"),
                        rs.getLong("characters"), rs.getLong("requests"), rs.getLong("retries"), rs.getLong("rejected"),
                        rs.getLong("billed_characters"), rs.getLong("input_tokens"), rs.getLong("output_tokens"),
                        rs.getLong("reasoning_tokens")))
                .list();
    }
}
