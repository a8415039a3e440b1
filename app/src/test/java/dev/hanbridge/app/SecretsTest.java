package dev.hanbridge.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * A key planted in the configuration appears nowhere a run writes: not in what it prints, not in
 * its log file, not in its exports or bundle, whether the provider accepts the key or rejects it.
 */
class SecretsTest {

    private static final String KEY = "planted-3f9c1e7a-key-do-not-print:fx";

    @RegisterExtension
    static WireMockExtension deepl = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path tmp;

    @BeforeEach
    void plantKey() {
        System.setProperty("hanbridge.engines.deepl.api-key", KEY);
        System.setProperty("hanbridge.engines.deepl.base-url", deepl.baseUrl());
        System.setProperty("hanbridge.engines.deepl.max-segments", "1");
    }

    @AfterEach
    void removeKey() {
        System.clearProperty("hanbridge.engines.deepl.api-key");
        System.clearProperty("hanbridge.engines.deepl.base-url");
        System.clearProperty("hanbridge.engines.deepl.max-segments");
    }

    @Test
    void plantedKeyAppearsInNoOutputLogOrExportWhenTheProviderAcceptsIt() throws Exception {
        deepl.stubFor(post("/v2/translate").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(resource("deepl-translate-one.json"))));
        Fixtures.articles(tmp.resolve("inbox"), 1, 1);

        CliRunner.Result result = run();

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("by deepl").contains("deepl:").contains("billed characters");
        assertNoKeyIn(result);
    }

    @Test
    void plantedKeyAppearsInNoOutputOrLogWhenTheProviderRejectsIt() throws Exception {
        deepl.stubFor(post("/v2/translate").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"Wrong key\"}")));
        Fixtures.articles(tmp.resolve("inbox"), 1, 1);

        CliRunner.Result result = run();

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.out()).contains("FAILED").contains("DEEPL_API_KEY");
        assertNoKeyIn(result);
    }

    private CliRunner.Result run() {
        return CliRunner.run("run", tmp.resolve("inbox").toString(), "--engine", "deepl", "--data",
                tmp.resolve("data").toString(), "--out", tmp.resolve("out").toString(), "--formats",
                "tmx,xliff,html,tsv,jsonl");
    }

    private void assertNoKeyIn(CliRunner.Result result) throws IOException {
        assertThat(result.all()).doesNotContain(KEY).doesNotContain("planted-3f9c1e7a");
        Path log = tmp.resolve("data/logs/hanbridge.log");
        assertThat(log).exists();
        try (Stream<Path> files = Files.walk(tmp)) {
            // every file: printed output aside, the log, the database, the exports and the bundle
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as(file.toString()).doesNotContain("planted-3f9c1e7a");
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SecretsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
