package dev.hanbridge.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sentence claims on the real schema: one round trip claims what is free, and a race loses only its sentence. */
class SentenceClaimStoreTest {

    private static final String X = "a".repeat(64);
    private static final String Y = "b".repeat(64);
    private static final String Z = "c".repeat(64);

    private MemoryDatabase db;
    private SentenceClaimStore claims;

    @BeforeEach
    void start() {
        db = new MemoryDatabase();
        claims = new SentenceClaimStore(db.jdbc, db.jdbcTemplate(), db.transactions);
    }

    @Test
    void claimsOnlyTheSentencesNobodyHolds() {
        assertThat(claims.claim(List.of(Y, X), "en", "a", "w1")).containsExactly(X, Y);
        assertThat(claims.claim(List.of(Z, Y), "en", "b", "w2")).containsExactly(Z);
        assertThat(claims.claim(List.of(X), "en", "a", "w1")).as("held already, by this holder too").isEmpty();
        assertThat(claims.claim(List.of(X), "ko", "b", "w2")).as("another target language").containsExactly(X);

        claims.release(List.of(X, Y), "en", "a");

        assertThat(claims.claim(List.of(X, Y, Z), "en", "b", "w2")).containsExactly(X, Y);
    }

    /** Whether another session is inside its claim's insert (which cannot end while {@code c} holds the row). */
    private static boolean blocked(Connection c) throws java.sql.SQLException {
        try (var rs = c.createStatement().executeQuery("""
                SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS
                 WHERE SESSION_ID <> SESSION_ID() AND EXECUTING_STATEMENT LIKE 'INSERT INTO hb_sentence_claim%'""")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    @Test
    void aSentenceAnotherWorkerInsertsDuringTheClaimIsLostAndTheRestWon() throws Exception {
        try (Connection other = db.dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("""
                    INSERT INTO hb_sentence_claim (source_hash, target_lang, holder, worker_id, claimed_at)
                    VALUES (?, 'en', 'other', 'w9', CURRENT_TIMESTAMP)""")) {
                insert.setString(1, X);
                insert.executeUpdate();
            }
            // the claim does not see the uncommitted row, inserts X too and waits on its key
            CompletableFuture<List<String>> claimed = CompletableFuture.supplyAsync(
                    () -> claims.claim(List.of(X, Y), "en", "mine", "w1"));
            await("the claim waiting on the other insert").atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(10)).until(() -> blocked(other));
            other.commit();

            assertThat(claimed.get(10, TimeUnit.SECONDS)).containsExactly(Y);
        }
        assertThat(claims.holders(List.of(X, Y), "en")).extracting(SentenceClaimStore.ClaimRow::holder)
                .containsExactlyInAnyOrder("other", "mine");
    }
}
