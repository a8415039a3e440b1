package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.translate.ScriptedEngine;

/**
 * A run stops before passing its spend limit with its own exit status, keeps what it translated,
 * says so in its summary and in {@code jobs}, and {@code restart} goes on under a raised limit.
 */
class SpendLimitEndToEndTest {

    @TempDir
    Path tmp;
    Path log;

    @BeforeEach
    void countingEngine() {
        log = tmp.resolve("engine.log");
        System.setProperty("hanbridge.engines.counting.log", log.toString());
        System.setProperty("hanbridge.engines.counting.batch", "4");
    }

    @AfterEach
    void clear() {
        System.clearProperty("hanbridge.engines.counting.log");
        System.clearProperty("hanbridge.engines.counting.batch");
        System.clearProperty("hanbridge.max-characters");
    }

    private long charactersReceived() {
        return ScriptedEngine.Counting.lines(log, "RECV ").stream().mapToLong(l -> l.length() - "RECV ".length()).sum();
    }

    @Test
    void theRunStopsBeforeItsCharacterLimitAndARestartWithAHigherOneFinishesIt() throws Exception {
        Path data = tmp.resolve("data");
        Fixtures.articles(tmp.resolve("inbox"), 6, 3);

        CliRunner.Result first = CliRunner.run("run", tmp.resolve("inbox").toString(), "--engine", "counting",
                "--max-characters", "300", "--data", data.toString(), "--out", tmp.resolve("out").toString());

        assertThat(first.exitCode()).as(first.all()).isEqualTo(3);
        assertThat(charactersReceived()).isPositive().isLessThanOrEqualTo(300);
        assertThat(first.out()).contains("Run 1 LIMIT_REACHED")
                .containsPattern("(?m)^  limit      Stopped before passing the run's limit of 300 characters: \\d+"
                        + " characters sent so far")
                .contains("resume     hanbridge restart 1 --max-characters 600");
        long translated = CliRunner.count(data, "SELECT COUNT(*) FROM hb_translation");
        assertThat(translated).isPositive();
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_run WHERE status = 'LIMIT_REACHED'"
                + " AND max_characters = 300")).isEqualTo(1);
        assertThat(CliRunner.run("jobs", "--data", data.toString()).out()).contains("LIMIT_REACHED")
                .contains("limit of 300 characters");

        // The same limit again: nothing more fits, nothing is sent.
        int received = ScriptedEngine.Counting.lines(log, "RECV ").size();
        CliRunner.Result again = CliRunner.run("restart", "1", "--data", data.toString());
        assertThat(again.exitCode()).as(again.all()).isEqualTo(3);
        assertThat(ScriptedEngine.Counting.lines(log, "RECV ")).hasSize(received);

        CliRunner.Result raised = CliRunner.run("restart", "1", "--max-characters", "0", "--data", data.toString());

        assertThat(raised.exitCode()).as(raised.all()).isZero();
        assertThat(raised.out()).contains("Run 1 COMPLETED").contains("0 untranslated");
        List<String> sent = ScriptedEngine.Counting.lines(log, "SEG ");
        assertThat(new HashSet<>(sent)).as("nothing answered twice").hasSameSizeAs(sent);
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_run WHERE max_characters IS NULL")).isEqualTo(1);
    }

    @Test
    void theLimitComesFromTheEnvironmentWhenNoOptionGivesIt() throws Exception {
        Path data = tmp.resolve("data");
        Fixtures.articles(tmp.resolve("inbox"), 3, 2);
        System.setProperty("hanbridge.max-characters", "100"); // as HANBRIDGE_MAX_CHARACTERS=100

        CliRunner.Result result = CliRunner.run("run", tmp.resolve("inbox").toString(), "--engine", "counting",
                "--data", data.toString(), "--out", tmp.resolve("out").toString());

        assertThat(result.exitCode()).as(result.all()).isEqualTo(3);
        assertThat(charactersReceived()).isLessThanOrEqualTo(100);
    }

    @Test
    void aNegativeLimitIsAUsageError() throws Exception {
        Fixtures.articles(tmp.resolve("inbox"), 1, 1);

        CliRunner.Result result = CliRunner.run("run", tmp.resolve("inbox").toString(), "--max-tokens", "-5",
                "--data", tmp.resolve("data").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("cannot be negative");
    }
}
