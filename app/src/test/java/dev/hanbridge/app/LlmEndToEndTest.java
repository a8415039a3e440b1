package dev.hanbridge.app;

import static dev.hanbridge.translate.FakeChatServer.Model.DEEPSEEK_REASONING_CONTENT;
import static dev.hanbridge.translate.FakeChatServer.Model.REASONING_REFUSES_TEMPERATURE_AND_MAX_TOKENS;
import static dev.hanbridge.translate.FakeChatServer.Model.REFUSES_RESPONSE_FORMAT;
import static dev.hanbridge.translate.FakeChatServer.Model.REJECTS_EVERY_TEXT;
import static dev.hanbridge.translate.FakeChatServer.Model.THINK_BLOCK_WITH_WRONG_DRAFT;
import static dev.hanbridge.translate.FakeChatServer.Model.UNKNOWN_MODEL;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.translate.FakeChatServer;
import dev.hanbridge.translate.ScriptedEngine;

/**
 * {@code hanbridge run --engine openai} against the servers and models of issue #10, each played
 * by {@link FakeChatServer} with its provider's documented bodies: every segment must end up with
 * its own translation and none with a draft from the model's reasoning; an engine that cannot work
 * must stop the run within a few requests, with one line saying what to change.
 */
class LlmEndToEndTest {

    private static final List<String> SETTINGS = List.of("base-url", "model", "api-key", "request-timeout");

    @TempDir
    Path tmp;
    private FakeChatServer server;

    private CliRunner.Result run(FakeChatServer.Model behaviour, String model, String... engine) throws Exception {
        server = new FakeChatServer(behaviour);
        System.setProperty("hanbridge.engines.openai.base-url", server.baseUrl());
        System.setProperty("hanbridge.engines.openai.model", model);
        System.setProperty("hanbridge.engines.openai.request-timeout", "20s");
        Fixtures.articles(tmp.resolve("inbox"), 4, 2);
        return CliRunner.run("run", tmp.resolve("inbox").toString(), "--engine",
                engine.length == 0 ? "openai" : engine[0], "--data", data().toString(), "--out",
                tmp.resolve("out").toString());
    }

    private Path data() {
        return tmp.resolve("data");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        SETTINGS.forEach(s -> System.clearProperty("hanbridge.engines.openai." + s));
        System.clearProperty("hanbridge.engines.counting.log");
    }

    /** Every segment of the run has the server's translation of its own source, and no draft is stored anywhere. */
    private void everySegmentHasItsOwnTranslation() throws Exception {
        List<Map<String, String>> rows = TestDatabase.H2.query(data(), "SELECT s.source_text, t.target_text, t.origin"
                + " FROM hb_segment s JOIN hb_translation t ON t.segment_id = s.id");
        assertThat(rows).hasSize((int) CliRunner.count(data(), "SELECT COUNT(*) FROM hb_segment"));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("TARGET_TEXT"))
                .isEqualTo(FakeChatServer.english(r.get("SOURCE_TEXT"))));
        assertThat(CliRunner.count(data(), "SELECT COUNT(*) FROM hb_translation WHERE target_text LIKE '%DRAFT%'"))
                .isZero();
    }

    @Test
    void aReasoningModelThatRefusesTemperatureAndMaxTokensTranslatesEverySegmentAfterTwoRefusals() throws Exception {
        CliRunner.Result result = run(REASONING_REFUSES_TEMPERATURE_AND_MAX_TOKENS, "team-model-prod");

        assertThat(result.exitCode()).as(result.all()).isZero();
        everySegmentHasItsOwnTranslation();
        // Learned once for the run and every thread: the temperature, then max_tokens, then never again.
        assertThat(server.received).filteredOn(r -> r.has("temperature") || r.has("max_tokens")).hasSize(2);
        assertThat(server.received.subList(2, server.requests()))
                .allSatisfy(r -> assertThat(r.has("max_completion_tokens")).isTrue());
        assertThat(result.out()).contains("0 untranslated").containsPattern("of them reasoning\\)");
        assertThat(CliRunner.count(data(), "SELECT SUM(reasoning_tokens) FROM hb_engine_usage")).isPositive();
    }

    @Test
    void deepSeeksReasoningContentIsNeverTakenForTheAnswer() throws Exception {
        CliRunner.Result result = run(DEEPSEEK_REASONING_CONTENT, "deepseek-reasoner");

        assertThat(result.exitCode()).as(result.all()).isZero();
        everySegmentHasItsOwnTranslation();
        assertThat(server.received).allSatisfy(r -> assertThat(r.has("temperature")).isFalse());
        assertThat(CliRunner.count(data(), "SELECT SUM(reasoning_tokens) FROM hb_engine_usage"))
                .isEqualTo(120L * server.answered.get());
    }

    @Test
    void aLocalModelWhoseAnswersOpenWithAThinkBlockHoldingAWrongDraftTranslatesFromTheAnswer() throws Exception {
        CliRunner.Result result = run(THINK_BLOCK_WITH_WRONG_DRAFT, "deepseek-r1:7b");

        assertThat(result.exitCode()).as(result.all()).isZero();
        everySegmentHasItsOwnTranslation();
        assertThat(server.received).allSatisfy(r -> assertThat(r.path("temperature").asDouble()).isEqualTo(0.6));
    }

    @Test
    void aServerThatRefusesJsonModeIsAskedForJsonByThePromptWithoutAnySetting() throws Exception {
        CliRunner.Result result = run(REFUSES_RESPONSE_FORMAT, "llama-3.1-8b-instruct");

        assertThat(result.exitCode()).as(result.all()).isZero();
        everySegmentHasItsOwnTranslation();
        assertThat(server.received).filteredOn(r -> r.has("response_format")).hasSize(1);
    }

    @Test
    void aModelThatDoesNotExistFailsTheRunWithinThreeRequestsWithOneLineNamingTheSetting() throws Exception {
        CliRunner.Result result = run(UNKNOWN_MODEL, "gpt-9");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(server.requests()).isLessThanOrEqualTo(3);
        assertThat(result.out()).contains("Run 1 FAILED").containsPattern("(?m)^  reason     .*gpt-9.*OPENAI_MODEL.*$");
        assertThat(CliRunner.count(data(), "SELECT COUNT(*) FROM hb_run WHERE status = 'FAILED'")).isEqualTo(1);
        assertThat(CliRunner.count(data(), "SELECT COUNT(*) FROM hb_translation")).isZero();
    }

    @Test
    void withAFallbackEngineTheRestGoesToItAndTheSummarySaysWhy() throws Exception {
        Path log = tmp.resolve("engine.log");
        System.setProperty("hanbridge.engines.counting.log", log.toString());

        CliRunner.Result result = run(UNKNOWN_MODEL, "gpt-9", "openai,counting");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(server.requests()).isEqualTo(1);
        assertThat(result.out()).contains("Run 1 COMPLETED").contains("0 untranslated")
                .containsPattern("(?m)^  warning    openai stopped: .*gpt-9.* The rest went to counting\\.$");
        assertThat(ScriptedEngine.Counting.lines(log, "SEG ")).hasSize(
                (int) CliRunner.count(data(), "SELECT COUNT(DISTINCT source_hash) FROM hb_segment"));
        assertThat(CliRunner.run("jobs", "--data", data().toString()).out()).contains("warning: openai stopped");
    }

    @Test
    void aRunInWhichTheEngineTranslatedNothingFailsInsteadOfCompleting() throws Exception {
        server = new FakeChatServer(REJECTS_EVERY_TEXT);
        System.setProperty("hanbridge.engines.openai.base-url", server.baseUrl());
        System.setProperty("hanbridge.engines.openai.model", "gpt-4o-mini");
        // Two segments, each refused: too few for the engine to stop, still nothing translated.
        Fixtures.articles(tmp.resolve("inbox"), 1, 0);

        CliRunner.Result result = CliRunner.run("run", tmp.resolve("inbox").toString(), "--engine", "openai",
                "--data", data().toString(), "--out", tmp.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(server.requests()).isEqualTo(3);
        assertThat(result.out()).contains("Run 1 FAILED").containsPattern("(?m)^  reason     openai was sent 3 requests"
                + " and translated none of the 2 segments left\\. The last refusal: .*invalid_prompt.*"
                + "hanbridge engines --check openai.*$");
        assertThat(tmp.resolve("out").resolve("run-1")).doesNotExist();
    }
}
