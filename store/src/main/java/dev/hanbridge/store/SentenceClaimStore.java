package dev.hanbridge.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sentences a translate partition of a distributed run is sending now (see V13). Each call commits
 * on its own, whatever chunk transaction the caller is in: a claim must be seen by other workers
 * at once, and a chunk's rollback must not take a release with it. Times are the database's clock,
 * as for {@link WorkerStore}.
 */
public class SentenceClaimStore {

    /**
     * A claim as stored.
     *
     * @param checkedAt the database's time when the row was read: {@link #age()} is measured to it
     */
    public record ClaimRow(String sourceHash, String holder, String workerId, Instant claimedAt, Instant checkedAt) {

        public Duration age() {
            return Duration.between(claimedAt, checkedAt);
        }
    }

    private static final String CLAIM_IF_FREE = """
            INSERT INTO hb_sentence_claim (source_hash, target_lang, holder, worker_id, claimed_at)
            SELECT ?, ?, ?, ?, CURRENT_TIMESTAMP
             WHERE NOT EXISTS (SELECT 1 FROM hb_sentence_claim WHERE source_hash = ? AND target_lang = ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate savepoint;

    public SentenceClaimStore(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.ownTransaction = Db.ownTransaction(transactions);
        this.savepoint = Db.savepoint(transactions);
    }

    /**
     * Claims each sentence nobody holds, in one transaction.
     *
     * @return the hashes this call claimed; the others are held by someone (perhaps {@code holder} itself)
     */
    public List<String> claim(Collection<String> sourceHashes, String targetLang, String holder, String workerId) {
        // In one order on every worker: two inserts of overlapping sets in opposite orders would
        // wait on each other in PostgreSQL.
        List<String> sorted = List.copyOf(new TreeSet<>(sourceHashes));
        if (sorted.isEmpty()) {
            return new ArrayList<>();
        }
        try {
            return ownTransaction.execute(tx -> claimFree(sorted, targetLang, holder, workerId));
        } catch (DuplicateKeyException raced) {
            // Another worker inserted one of them between this batch's look and its insert, and
            // the whole batch went: one at a time then, each at a savepoint.
            return ownTransaction.execute(tx -> claimEach(sorted, targetLang, holder, workerId));
        }
    }

    /**
     * One round trip for a unit's sentences: each insert adds its row only if none is there, and
     * its update count says whether it did.
     */
    private List<String> claimFree(List<String> hashes, String targetLang, String holder, String workerId) {
        List<Object[]> rows = new ArrayList<>(hashes.size());
        hashes.forEach(h -> rows.add(new Object[] {h, targetLang, holder, workerId, h, targetLang}));
        int[] inserted = batch.batchUpdate(CLAIM_IF_FREE, rows);
        List<String> won = new ArrayList<>();
        for (int i = 0; i < hashes.size(); i++) {
            if (inserted[i] == 1) {
                won.add(hashes.get(i));
            }
        }
        return won;
    }

    private List<String> claimEach(List<String> hashes, String targetLang, String holder, String workerId) {
        List<String> won = new ArrayList<>();
        for (String hash : hashes) {
            try {
                // At a savepoint: PostgreSQL aborts a transaction whose insert fails.
                Integer inserted = savepoint.execute(s -> jdbc.sql(CLAIM_IF_FREE)
                        .params(hash, targetLang, holder, workerId, hash, targetLang).update());
                if (inserted != null && inserted == 1) {
                    won.add(hash);
                }
            } catch (DuplicateKeyException held) {
                // someone holds it
            }
        }
        return won;
    }

    /** Who holds the given sentences now; a sentence nobody holds has no row. */
    public List<ClaimRow> holders(Collection<String> sourceHashes, String targetLang) {
        if (sourceHashes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT source_hash, holder, worker_id, claimed_at, CURRENT_TIMESTAMP AS checked_at
                  FROM hb_sentence_claim WHERE target_lang = :lang AND source_hash IN (:hashes)""")
                .param("lang", targetLang).param("hashes", List.copyOf(sourceHashes))
                .query(SentenceClaimStore::row).list();
    }

    /** Passes a claim from {@code from} to {@code to}; {@code false} when someone else changed it first. */
    public boolean takeOver(String sourceHash, String targetLang, String from, String to, String workerId) {
        Integer updated = ownTransaction.execute(tx -> jdbc.sql("""
                UPDATE hb_sentence_claim SET holder = ?, worker_id = ?, claimed_at = CURRENT_TIMESTAMP
                 WHERE source_hash = ? AND target_lang = ? AND holder = ?""")
                .params(to, workerId, sourceHash, targetLang, from).update());
        return updated != null && updated == 1;
    }

    /** Deletes the claims {@code holder} has on the given sentences. */
    public void release(Collection<String> sourceHashes, String targetLang, String holder) {
        if (sourceHashes.isEmpty()) {
            return;
        }
        ownTransaction.executeWithoutResult(tx -> jdbc.sql("""
                DELETE FROM hb_sentence_claim WHERE target_lang = :lang AND holder = :holder
                   AND source_hash IN (:hashes)""")
                .param("lang", targetLang).param("holder", holder).param("hashes", List.copyOf(sourceHashes))
                .update());
    }

    private static ClaimRow row(ResultSet rs, int n) throws SQLException {
        return new ClaimRow(rs.getString("source_hash").trim(), rs.getString("holder"), rs.getString("worker_id"),
                WorkerStore.time(rs, "claimed_at"), WorkerStore.time(rs, "checked_at"));
    }
}
