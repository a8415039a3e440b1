package dev.hanbridge.store;

import java.nio.charset.StandardCharsets;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.hanbridge.common.text.KoreanText;

/**
 * Claims one version of a source (URI + content hash) for a run, in the database, so that
 * overlapping runs (two cron invocations, two servers on one database) never ingest it twice.
 *
 * <p>Each claim commits in its own transaction, before the chunk that stores the article: a
 * second run sees it at once and leaves the source alone. A claim held by a run that is no longer
 * {@code RUNNING} (failed, interrupted, finished without storing it) is taken over with a
 * compare-and-set, so only one of several runs taking over wins.
 */
public class SourceClaims {

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    public SourceClaims(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = Db.ownTransaction(transactions);
    }

    /** {@code true} when the run holds the claim now; {@code false} when another running run does. */
    public boolean claim(String sourceUri, String sha256, long runId) {
        String key = KoreanText.sha256Hex((sourceUri + "\n" + sha256).getBytes(StandardCharsets.UTF_8));
        try {
            ownTransaction.executeWithoutResult(tx -> jdbc.sql(
                    "INSERT INTO hb_source_claim (claim_key, run_id, claimed_at) VALUES (?, ?, ?)")
                    .params(key, runId, Db.now()).update());
            return true;
        } catch (DuplicateKeyException taken) {
            // Another run claimed it first (PostgreSQL aborts a transaction on a failed insert, so
            // the rest happens in a fresh one).
        }
        Boolean ours = ownTransaction.execute(tx -> {
            Long holder = jdbc.sql("SELECT run_id FROM hb_source_claim WHERE claim_key = ?").param(key)
                    .query(Long.class).optional().orElse(null);
            if (holder == null) {
                return false;
            }
            if (holder == runId) {
                return true;
            }
            String status = jdbc.sql("SELECT status FROM hb_run WHERE id = ?").param(holder).query(String.class)
                    .optional().orElse(null);
            if ("RUNNING".equals(status)) {
                return false;
            }
            return jdbc.sql("UPDATE hb_source_claim SET run_id = ?, claimed_at = ? WHERE claim_key = ? AND run_id = ?")
                    .params(runId, Db.now(), key, holder).update() == 1;
        });
        return Boolean.TRUE.equals(ours);
    }

}
