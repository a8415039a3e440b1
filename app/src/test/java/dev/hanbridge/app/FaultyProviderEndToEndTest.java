package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.translate.FakeDeepL;
import dev.hanbridge.translate.FakeDeepL.Fault;

/**
 * The whole job, with the real DeepL engine, against a fake DeepL that fails a quarter of the
 * requests at random: 429 (with and without Retry-After), 500, 503, and answers too slow for the
 * request timeout. Every segment must end up translated, and paid for (answered 200) exactly once.
 */
class FaultyProviderEndToEndTest {

    @TempDir
    Path tmp;
    FakeDeepL fake;

    @BeforeEach
    void startFakeDeepL() {
        fake = new FakeDeepL().faults(20261128, Fault.tooManyRequests(0.03, "1"), Fault.tooManyRequests(0.05, null),
                Fault.status(0.06, 500), Fault.status(0.05, 503),
                // past the engine's 600 ms request timeout: the client has given up
                Fault.stall(0.06, Duration.ofMillis(1500)));
        System.setProperty("hanbridge.engines.deepl.api-key", "test-key-for-the-fake:fx");
        System.setProperty("hanbridge.engines.deepl.base-url", fake.baseUrl());
        System.setProperty("hanbridge.engines.deepl.max-segments", "4");
        System.setProperty("hanbridge.engines.deepl.request-timeout", "600ms");
        System.setProperty("hanbridge.engines.deepl.requests-per-second", "0");
    }

    @AfterEach
    void stop() {
        fake.close();
        for (String key : List.of("api-key", "base-url", "max-segments", "request-timeout", "requests-per-second")) {
            System.clearProperty("hanbridge.engines.deepl." + key);
        }
    }

    @Test
    void everySegmentIsTranslatedAndPaidForOnceThroughRandom429And5xxAndTimeouts() throws Exception {
        Path data = tmp.resolve("data");
        Fixtures.articles(tmp.resolve("inbox"), 8, 3);

        CliRunner.Result result = CliRunner.run("run", tmp.resolve("inbox").toString(), "--engine", "deepl",
                "--data", data.toString(), "--out", tmp.resolve("out").toString());

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(fake.faults.get()).as("the fake injected faults").isPositive();
        long segments = CliRunner.count(data, "SELECT COUNT(*) FROM hb_segment");
        long distinct = CliRunner.count(data, "SELECT COUNT(DISTINCT source_hash) FROM hb_segment");
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_translation")).isEqualTo(segments);
        assertThat(fake.answered).hasSize((int) distinct).allSatisfy((text, times) -> assertThat(times.get())
                .as(text).isEqualTo(1));
        assertThat(result.out()).contains("0 untranslated").containsPattern("deepl: \\d+ segments.*[1-9]\\d* retries");
    }
}
