package dev.hanbridge.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.hanbridge.app.HanbridgeApplication;
import dev.hanbridge.common.store.RunStatus;
import dev.hanbridge.common.store.RunStore;

/** Claims on the real schema: first running run wins; a dead run's claim passes to exactly one successor. */
class SourceClaimsTest {

    private static final String URI = "/inbox/기사.txt";
    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path tmp;

    private ConfigurableApplicationContext context;
    private SourceClaims claims;
    private RunStore runs;

    @BeforeEach
    void start() {
        context = HanbridgeApplication.start("--hanbridge.data-dir=" + tmp.toAbsolutePath());
        claims = new SourceClaims(context.getBean(JdbcClient.class), context.getBean(PlatformTransactionManager.class));
        runs = context.getBean(RunStore.class);
    }

    @AfterEach
    void stop() {
        context.close();
    }

    private long run() {
        return runs.create("/inbox", "none", "tmx", "en", tmp.toString(), "host", 1);
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
