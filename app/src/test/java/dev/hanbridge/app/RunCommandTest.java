package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.translate.ScriptedEngine;

class RunCommandTest {

    @TempDir
    Path tmp;
    Path inbox;
    Path data;
    Path out;
    Path engineLog;

    @BeforeEach
    void setUp() {
        inbox = tmp.resolve("inbox");
        data = tmp.resolve("data");
        out = tmp.resolve("out");
        engineLog = tmp.resolve("engine.log");
        System.setProperty("hanbridge.engines.counting.log", engineLog.toString());
        System.setProperty("hanbridge.engines.counting.batch", "4");
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("hanbridge.engines.counting.log");
        System.clearProperty("hanbridge.engines.counting.batch");
    }

    private CliRunner.Result run(String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", inbox.toString(), "--data", data.toString(),
                "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void exportsEveryArticleInEveryFormatAndBundlesTheRun() throws Exception {
        Fixtures.articles(inbox, 3, 2);

        CliRunner.Result result = run();

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Run 1 COMPLETED").contains("3 ingested").contains("engine 'none'");
        Path runDir = out.resolve("run-1");
        try (var files = Files.list(runDir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).filteredOn(n -> n.endsWith(".tmx")).hasSize(3);
            assertThat(names).filteredOn(n -> n.endsWith(".xlf")).hasSize(3);
            assertThat(names).filteredOn(n -> n.endsWith(".html")).hasSize(3);
            assertThat(names).contains("manifest.json").noneMatch(n -> n.contains(".tmp"));
        }
        try (ZipFile zip = new ZipFile(out.resolve("hanbridge-run-1.zip").toFile())) {
            assertThat(zip.getEntry("manifest.json")).isNotNull();
            String manifest = new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(manifest).contains("\"runId\"").contains("sha256");
        }
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article WHERE status = 'EXPORTED'")).isEqualTo(3);
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_translation")).isZero();
    }

    @Test
    void skipsUnchangedSourceOnSecondRun() throws Exception {
        Fixtures.articles(inbox, 2, 1);
        assertThat(run().exitCode()).isZero();

        CliRunner.Result second = run();

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("0 ingested, 2 skipped (unchanged)");
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article")).isEqualTo(2);
    }

    @Test
    void ingestsChangedSourceAgainAsNewVersion() throws Exception {
        List<Path> files = Fixtures.articles(inbox, 2, 1);
        assertThat(run().exitCode()).isZero();
        Files.writeString(files.get(0), "\n추가 문단이 새로 들어왔다.\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        CliRunner.Result second = run();

        assertThat(second.out()).contains("1 ingested, 1 skipped (unchanged)");
        assertThat(CliRunner.count(data, "SELECT MAX(version) FROM hb_article")).isEqualTo(2);
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article")).isEqualTo(3);
    }

    @Test
    void recordsUnreadableSourceWithReasonAndCompletesTheRest() throws Exception {
        Fixtures.articles(inbox, 2, 1);
        Files.write(inbox.resolve("empty.txt"), new byte[0]);

        CliRunner.Result result = run();

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("2 ingested").contains("1 failed").contains("empty.txt");
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article WHERE status = 'FAILED'"
                + " AND failure_reason IS NOT NULL")).isEqualTo(1);
    }

    @Test
    void sendsEachSegmentToTheEngineOnceAndReusesTranslationMemory() throws Exception {
        List<Path> files = Fixtures.articles(inbox, 2, 2);
        assertThat(run("--engine", "counting").exitCode()).isZero();
        long sent = segLines();
        // The byline is the same in both articles: the second one takes it from memory.
        assertThat(sent).isEqualTo(CliRunner.count(data, "SELECT COUNT(DISTINCT source_hash) FROM hb_segment"))
                .isLessThan(CliRunner.count(data, "SELECT COUNT(*) FROM hb_segment"));

        // The same article under a new name: every sentence is in the translation memory.
        Files.copy(files.get(0), inbox.resolve("copy.txt"));
        CliRunner.Result second = run("--engine", "counting");

        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).contains("from memory");
        assertThat(segLines()).isEqualTo(sent);
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_translation WHERE origin = 'TM_EXACT'"))
                .isPositive();
    }

    @Test
    void rejectsUnknownEngineNamingTheKnownOnes() throws Exception {
        Fixtures.articles(inbox, 1, 1);

        CliRunner.Result result = run("--engine", "babelfish");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown translation engine 'babelfish'").contains("none");
        assertThat(out).doesNotExist();
    }

    @Test
    void rejectsOutputFolderThatCannotBeWritten() throws Exception {
        Fixtures.articles(inbox, 1, 1);
        Path blocker = tmp.resolve("a-file");
        Files.writeString(blocker, "not a folder");

        CliRunner.Result result = CliRunner.run("run", inbox.toString(), "--data", data.toString(), "--out",
                blocker.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("cannot write to the output folder");
    }

    @Test
    void rejectsMissingInput() {
        CliRunner.Result result = CliRunner.run("run", tmp.resolve("nowhere").toString(), "--data", data.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("input not found");
    }

    private long segLines() {
        return ScriptedEngine.Counting.lines(engineLog, "SEG ").size();
    }
}
