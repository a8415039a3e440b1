package dev.hanbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Claims on the real schema: first running run wins; a dead run's claim passes to exactly one successor. */
class SourceClaimsTest {

    private static final String URI = "/inbox/기사.txt";
    private static final String SHA = "ab".repeat(32);

    private SourceClaims claims;
    private RunStore runs;

    @BeforeEach
    void start() {
        var db = new MemoryDatabase();
        claims = new SourceClaims(db.jdbc, db.transactions);
        runs = new RunStore(db.jdbc);
    }

    private long run() {
        return runs.create("/inbox", "none", "tmx", "en", "/out", "host", 1);
    }

    @Test
    void firstRunningRunKeepsTheSourceFromOthers() {
        long first = run();
        long second = run();
        assertThat(claims.claim(URI, SHA, first)).isTrue();
        assertThat(claims.claim(URI, SHA, second)).isFalse();
        assertThat(claims.claim(URI, SHA, first)).as("a restarted step of the same run").isTrue();
    }

    @Test
    void aChangedSourceIsANewClaim() {
        long first = run();
        long second = run();
        assertThat(claims.claim(URI, SHA, first)).isTrue();
        assertThat(claims.claim(URI, "cd".repeat(32), second)).isTrue();
    }

    @Test
    void claimOfARunThatEndedPassesToOneSuccessor() {
        long dead = run();
        assertThat(claims.claim(URI, SHA, dead)).isTrue();
        runs.finish(dead, RunStatus.FAILED, "interrupted: process 1 ended");
        long next = run();
        long another = run();
        assertThat(claims.claim(URI, SHA, next)).isTrue();
        assertThat(claims.claim(URI, SHA, another)).as("the successor is running now").isFalse();
    }
}
