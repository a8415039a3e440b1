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
        assertThat(second.out()).contains("0 ingested, 2 skipped (unchanged)")
                .contains("nothing new: all 2 sources are unchanged since an earlier run; no files or bundle written")
                .doesNotContain("run-2");
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article")).isEqualTo(2);
        // No empty folder and bundle for a run that found nothing new (cron would pile them up).
        assertThat(out.resolve("run-2")).doesNotExist();
        assertThat(out.resolve("hanbridge-run-2.zip")).doesNotExist();
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
    void shortArticlesShareFullRequestsWhenTheEngineTakesNoContext() throws Exception {
        // 12 articles of a title, the byline all share, and two sentences: 37 distinct segments
        Fixtures.articles(inbox, 12, 1);
        System.setProperty("hanbridge.engines.counting.batch", "10");

        CliRunner.Result result = run("--engine", "counting");

        assertThat(result.exitCode()).as(result.all()).isZero();
        // one request per article would be 12; packed, 37 segments need 4 requests of at most 10
        assertThat(ScriptedEngine.Counting.lines(engineLog, "BEGIN")).containsExactly("BEGIN 10", "BEGIN 10",
                "BEGIN 10", "BEGIN 7");
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_translation"))
                .isEqualTo(CliRunner.count(data, "SELECT COUNT(*) FROM hb_segment"));
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article WHERE status = 'EXPORTED'")).isEqualTo(12);
        assertThat(result.out()).contains("translate 12/12");
    }

    @Test
    void aLinkOutOfTheInboxIsAFailedSourceWithItsReasonAndNothingOfItIsSent() throws Exception {
        Fixtures.articles(inbox, 1, 1);
        Path secret = Files.writeString(tmp.resolve("private.txt"), "비밀 문서\n\n외부에 보내면 안 되는 문장이다.\n",
                StandardCharsets.UTF_8);
        Files.createSymbolicLink(inbox.resolve("link-outside.txt"), secret);

        CliRunner.Result result = run("--engine", "counting");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("1 ingested").contains("1 failed")
                .contains("link-outside.txt: a symbolic link to a file outside the input folder");
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article WHERE status = 'FAILED'"
                + " AND source_name = 'link-outside.txt'")).isEqualTo(1);
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_segment WHERE source_text LIKE '%외부에 보내면%'"))
                .isZero();
        assertThat(ScriptedEngine.Counting.lines(engineLog, "SEG ")).noneMatch(line -> line.contains("외부에 보내면"));
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

    @Test
    void helpListsEveryExportFormatWithOneLineEach() {
        CliRunner.Result help = CliRunner.run("run", "--help");

        assertThat(help.exitCode()).isZero();
        for (dev.hanbridge.export.ExportFormat format : dev.hanbridge.export.ExportFormat.values()) {
            assertThat(help.out()).containsPattern("(?m)^  " + java.util.regex.Pattern.quote(format.id()) + " +"
                    + java.util.regex.Pattern.quote(format.description()) + "$");
        }
        assertThat(help.out()).contains("--source-lang").contains("--target-lang");
    }

    @Test
    void manifestCarriesLanguagesVersionAndEachSourceWithItsHashAndFailureReason() throws Exception {
        List<Path> files = Fixtures.articles(inbox.resolve("2026"), 1, 1);
        Files.write(inbox.resolve("empty.txt"), new byte[0]);

        CliRunner.Result result = run();

        assertThat(result.exitCode()).as(result.all()).isZero();
        var manifest = dev.hanbridge.export.RunBundle.readManifest(out.resolve("run-1/manifest.json"));
        assertThat(manifest.sourceLang()).isEqualTo("ko-KR");
        assertThat(manifest.targetLang()).isEqualTo("en-US");
        assertThat(manifest.hanbridgeVersion()).isEqualTo(dev.hanbridge.export.ToolVersion.current()).isNotEqualTo("dev");
        assertThat(manifest.sources()).extracting(s -> s.name() + " " + s.status()).containsExactlyInAnyOrder(
                "2026/article-000.txt EXPORTED", "empty.txt FAILED");
        var exported = manifest.sources().stream().filter(s -> s.status().equals("EXPORTED")).findFirst().orElseThrow();
        assertThat(exported.sha256()).isEqualTo(dev.hanbridge.common.text.KoreanText.sha256Hex(Files.readAllBytes(files.get(0))));
        var failed = manifest.sources().stream().filter(s -> s.status().equals("FAILED")).findFirst().orElseThrow();
        assertThat(failed.reason()).contains("empty.txt");
    }

    @Test
    void writesTheRunsLanguageTagsInEveryFormatAndSendsEnginesTheTarget() throws Exception {
        Fixtures.articles(inbox, 1, 1);

        CliRunner.Result result = run("--engine", "counting", "--source-lang", "ko", "--target-lang", "en-gb",
                "--formats", "tmx,xliff,xliff12,html,docx,tsv,jsonl,target-html");

        assertThat(result.exitCode()).as(result.all()).isZero();
        Path runDir = out.resolve("run-1");
        String name = "article-000-1";
        assertThat(Files.readString(runDir.resolve(name + ".tmx"))).contains("srclang=\"ko\"")
                .contains("xml:lang=\"ko\"").contains("xml:lang=\"en-GB\"");
        assertThat(Files.readString(runDir.resolve(name + ".xlf"))).contains("srcLang=\"ko\" trgLang=\"en-GB\"");
        assertThat(Files.readString(runDir.resolve(name + ".xliff12.xlf")))
                .contains("source-language=\"ko\" target-language=\"en-GB\"");
        assertThat(Files.readString(runDir.resolve(name + ".html"))).contains("<html lang=\"en-GB\">")
                .contains("<td class=\"text\" lang=\"ko\">");
        assertThat(Files.readString(runDir.resolve(name + ".target.html"))).contains("<html lang=\"en-GB\">");
        assertThat(Files.readString(runDir.resolve(name + ".tsv")).lines().skip(1)).allMatch(l -> l.contains("\tko\ten-GB\t"));
        assertThat(Files.readString(runDir.resolve(name + ".jsonl"))).contains("\"sourceLang\":\"ko\",\"targetLang\":\"en-GB\"");
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_run WHERE source_lang = 'ko' AND target_lang = 'en-GB'"))
                .isEqualTo(1);
        // Engines keep receiving the Korean as plain "ko" and the target as the run gives it.
        assertThat(Files.readAllLines(engineLog)).filteredOn(l -> l.startsWith("LANG ")).containsOnly("LANG ko en-GB");
    }

    @Test
    void rejectsALanguageTagThatIsNotOneOrASourceThatIsNotKorean() throws Exception {
        Fixtures.articles(inbox, 1, 1);

        CliRunner.Result badTag = run("--target-lang", "english please");
        CliRunner.Result notKorean = run("--source-lang", "ja-JP");

        assertThat(badTag.exitCode()).isEqualTo(2);
        assertThat(badTag.err()).contains("'english please' is not a language tag");
        assertThat(notKorean.exitCode()).isEqualTo(2);
        assertThat(notKorean.err()).contains("ja-JP is not Korean");
        assertThat(data).doesNotExist();
    }

    @Test
    void noExportCarriesTheOperatorsAbsolutePaths() throws Exception {
        // A recognisable folder above the input: it must appear in no file the run writes.
        String planted = "operator-home-5c1e9b";
        Path input = tmp.resolve(planted).resolve("inbox");
        Fixtures.articles(input.resolve("2026"), 2, 1);
        Files.write(input.resolve("broken.txt"), new byte[0]);

        CliRunner.Result result = CliRunner.run("run", input.toString(), "--data", data.toString(), "--out",
                out.toString(), "--formats", String.join(",", java.util.Arrays.stream(
                        dev.hanbridge.export.ExportFormat.values()).map(dev.hanbridge.export.ExportFormat::id).toList()));

        assertThat(result.exitCode()).as(result.all()).isZero();
        List<Path> written;
        try (var walk = Files.walk(out)) {
            written = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(written).hasSizeGreaterThan(20);
        for (Path file : written) {
            assertThat(Exports.text(file)).as(file.toString()).doesNotContain(planted);
        }
        // Sources go by their names relative to the input instead.
        assertThat(written).filteredOn(f -> f.toString().endsWith(".html") && !f.toString().endsWith(".target.html"))
                .anySatisfy(f -> assertThat(Files.readString(f)).contains("<code>2026/article-000.txt</code>"));
    }

    @Test
    void segmentsWithoutKoreanAreCopiedAsTheyAreAndNeverSentToTheEngine() throws Exception {
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("it.txt"), "오픈AI, 새 추론 모델 공개\n\nIT\n\n2026.03.14 09:30\n\n"
                + "오픈AI가 새 추론 모델을 공개했다.\n\nhttps://example.com/news/1\n", StandardCharsets.UTF_8);

        CliRunner.Result result = run("--engine", "counting", "--formats", "tmx,xliff");

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(ScriptedEngine.Counting.lines(engineLog, "RECV ")).containsExactlyInAnyOrder(
                "RECV 오픈AI, 새 추론 모델 공개", "RECV 오픈AI가 새 추론 모델을 공개했다.");
        // 'IT' below the headline and the link; the date under the headline is the article's
        // published time, not a segment
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_translation WHERE origin = 'COPIED'"
                + " AND engine IS NULL")).isEqualTo(2);
        assertThat(result.out()).contains("2 copied (no Korean)").contains("0 untranslated");
        // Nothing was translated there, so nothing for the QA checks to find fault with.
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_qa_check c JOIN hb_translation t"
                + " ON t.segment_id = c.segment_id WHERE t.origin = 'COPIED'")).isZero();
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_qa_check")).isEqualTo(2);
        assertThat(Files.readString(out.resolve("run-1/it-1.tmx")))
                .contains("<prop type=\"x-hanbridge-origin\">COPIED</prop>");
    }

    @Test
    void withEngineNoneTooSegmentsWithoutKoreanAreCopied() throws Exception {
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("it.txt"), "새 모델 공개\n\nGPT-4o\n", StandardCharsets.UTF_8);

        CliRunner.Result result = run();

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("1 copied (no Korean)").contains("1 untranslated");
    }
}
