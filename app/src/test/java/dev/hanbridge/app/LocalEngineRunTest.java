package dev.hanbridge.app;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.hanbridge.translate.local.models.TinyHub;

/**
 * The whole job with the local engine, over the tiny random-weight model served by a fake Hugging
 * Face (WireMock): its translations are nonsense, but every segment gets one and every export
 * names the model that made it. And the engine choice without {@code --engine}: the model is
 * fetched on first use, or, offline, the run is prepare-only with one line saying why and how.
 */
class LocalEngineRunTest {

    private static final String MODEL = "hanbridge/tiny-marian@main int8";
    private static final Path SAMPLES = Path.of("..", "samples", "articles");

    @RegisterExtension
    static WireMockExtension hub = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path tmp;
    Path models;

    private final Map<String, String> properties = new java.util.LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        models = tmp.resolve("models");
        TinyHub.serve(hub, Map.of());
        properties.put("hanbridge.models", models.toString());
        properties.put("hanbridge.engines.local.base-url", hub.baseUrl());
        properties.put("hanbridge.engines.local.repository", TinyHub.REPOSITORY);
        properties.put("hanbridge.engines.local.files", TinyHub.fileList());
        properties.put("hanbridge.engines.local.threads", "1");
        properties.forEach(System::setProperty);
    }

    @AfterEach
    void tearDown() {
        properties.keySet().forEach(System::clearProperty);
    }

    private CliRunner.Result run(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", SAMPLES.toString(), "--data",
                tmp.resolve("data").toString(), "--out", tmp.resolve("out").toString()));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    private long count(String sql) throws Exception {
        return CliRunner.count(tmp.resolve("data"), sql);
    }

    @Test
    void everySampleSegmentGetsATranslationAndEveryExportNamesTheModel() throws Exception {
        assertThat(CliRunner.run("models", "pull").exitCode()).isZero();

        CliRunner.Result result = run("--engine", "local", "--formats", "tmx,xliff,html,tsv");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("(engine: local)").contains("8 ingested").contains(", 0 untranslated");
        long segments = count("SELECT COUNT(*) FROM hb_segment");
        assertThat(segments).isGreaterThan(50);
        assertThat(count("SELECT COUNT(*) FROM hb_translation WHERE engine = 'local' AND model = '" + MODEL + "'"))
                .isEqualTo(segments);
        assertThat(count("SELECT COUNT(*) FROM hb_translation WHERE engine <> 'local' OR model IS NULL")).isZero();
        List<Path> files;
        try (Stream<Path> walk = Files.list(tmp.resolve("out/run-1"))) {
            files = walk.filter(f -> !f.getFileName().toString().equals("manifest.json")).toList();
        }
        assertThat(files.stream().filter(f -> f.toString().endsWith(".tmx"))).hasSize(8);
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".tsv")) { // TSV carries the pair alone
                assertThat(Exports.text(file)).as(name).contains(MODEL);
            }
        }
    }

    @Test
    void withoutAnEngineChosenTheFirstRunFetchesTheModelAndTranslatesWithIt() throws Exception {
        CliRunner.Result first = run();

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("Fetching the model hanbridge/tiny-marian (main), "
                + String.format(java.util.Locale.ROOT, "%.1f MB", TinyHub.totalBytes() / 1e6) + ", into "
                + models.resolve(TinyHub.FOLDER_NAME)).contains("every file's checksum checked")
                .contains("(engine: local)").contains(", 0 untranslated").doesNotContain("note");
        assertThat(models.resolve(TinyHub.FOLDER_NAME + "/onnx/encoder_model_quantized.onnx")).exists();
        hub.resetRequests();
        Files.writeString(tmp.resolve("changed.txt"), "서울시는 버스 요금을 올린다고 밝혔다.\n");

        CliRunner.Result second = CliRunner.run("run", tmp.resolve("changed.txt").toString(), "--data",
                tmp.resolve("data").toString(), "--out", tmp.resolve("out").toString());

        assertThat(second.out()).contains("(engine: local)").doesNotContain("Fetching");
        assertThat(hub.getAllServeEvents()).isEmpty();
    }

    @Test
    void offlineWithoutAnEngineChosenTheRunIsPrepareOnlyWithOneLineSayingWhyAndHow() throws Exception {
        System.setProperty("hanbridge.engines.local.base-url", "http://127.0.0.1:" + closedPort());
        long start = System.nanoTime();

        CliRunner.Result result = run();

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        assertThat(result.out()).contains("Run 1 COMPLETED").contains("(engine: none)").doesNotContain("Fetching");
        List<String> about = result.all().lines().filter(l -> l.contains("local model") || l.contains("models pull")).toList();
        assertThat(about).singleElement().satisfies(line -> assertThat(line)
                .startsWith("  note       prepare-only (engine 'none'), no local model: Cannot reach http://127.0.0.1:")
                .contains("this machine looks offline")
                .contains("Copy a model folder to " + models.resolve(TinyHub.FOLDER_NAME))
                .contains("run 'hanbridge models pull' where there is internet"));
        assertThat(count("SELECT COUNT(*) FROM hb_translation")).isZero();
    }

    @Test
    void aChosenLocalEngineWhoseModelCannotBeFetchedStopsBeforeTheRun() throws Exception {
        System.setProperty("hanbridge.engines.local.base-url", "http://127.0.0.1:" + closedPort());

        CliRunner.Result result = run("--engine", "local");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("hanbridge: Cannot reach http://127.0.0.1:")
                .endsWith("Or choose another engine with --engine.").doesNotContain("\n");
        // The command line opens the database lazily: whether or not it was created, it holds no run.
        assertThat(CliRunner.run("jobs", "--data", tmp.resolve("data").toString()).out())
                .contains("No runs yet.");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
