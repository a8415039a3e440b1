package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hanbridge tm}: memories from CAT tools (written here as Trados Studio and memoQ lay out their
 * TMX exports) reused by runs, and the whole memory exported and imported elsewhere.
 */
class TmCommandTest {

    private static final String RATE = "한국은행은 기준금리를 연 3.0%로 동결했다.";
    private static final String RATE_EN = "The Bank of Korea kept its base rate at 3.0 percent.";
    private static final String MARKETS = "시장은 이번 동결을 예상했다.";
    private static final String MARKETS_EN = "Markets had expected the hold.";
    private static final String GOVERNOR = "총재는 물가가 안정되고 있다고 말했다.";
    private static final String GOVERNOR_EN = "The governor said prices were stabilising.";

    /** Trados Studio's layout: SDL header, dates and user ids on each tu, upper-case region tags. */
    private static final String TRADOS = """
            <?xml version="1.0" encoding="utf-8"?>
            <tmx version="1.4">
              <header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format" datatype="xml" segtype="sentence" adminlang="en-US" srclang="ko-KR" creationdate="20250310T080000Z" creationid="STUDIO\\editor"/>
              <body>
                <tu creationdate="20250310T081500Z" creationid="STUDIO\\editor" changedate="20250311T091500Z" changeid="STUDIO\\reviewer" lastusagedate="20250311T091500Z" usagecount="2">
                  <prop type="x-Client:SingleString">Hanbit News</prop>
                  <tuv xml:lang="ko-KR"><seg>%s</seg></tuv>
                  <tuv xml:lang="en-US"><seg>%s</seg></tuv>
                </tu>
                <tu creationdate="20250310T081600Z" creationid="STUDIO\\editor">
                  <tuv xml:lang="ko-KR"><seg>%s</seg></tuv>
                  <tuv xml:lang="en-US"><seg><bpt i="1" type="1">&lt;cf bold="True"&gt;</bpt>%s<ept i="1">&lt;/cf&gt;</ept></seg></tuv>
                </tu>
                <tu creationdate="20250310T081700Z" creationid="STUDIO\\editor">
                  <tuv xml:lang="ko-KR"><seg>제목만 있는 단위다.</seg></tuv>
                </tu>
              </body>
            </tmx>
            """.formatted(RATE, RATE_EN, MARKETS, MARKETS_EN);

    /** memoQ's layout: lower-case tags, a British target next to the American one, context props. */
    private static final String MEMOQ = """
            <?xml version="1.0" encoding="utf-8"?>
            <tmx version="1.4">
              <header creationtool="MemoQ" creationtoolversion="10.4.7" segtype="sentence" adminlang="en-us" srclang="ko-kr" o-tmf="MemoQTM" datatype="unknown"/>
              <body>
                <tu changedate="20250312T101010Z" creationdate="20250312T101010Z" creationid="reviewer" changeid="reviewer">
                  <prop type="client">Hanbit News</prop>
                  <prop type="x-context-pre">%s</prop>
                  <tuv xml:lang="ko-kr"><seg>%s</seg></tuv>
                  <tuv xml:lang="en-gb"><seg>The governor said prices were stabilising, British.</seg></tuv>
                  <tuv xml:lang="en-us"><seg>%s</seg></tuv>
                </tu>
              </body>
            </tmx>
            """.formatted(MARKETS, GOVERNOR, GOVERNOR_EN);

    @TempDir
    Path tmp;
    Path inbox;
    Path data;
    Path out;
    Path engineLog;

    @BeforeEach
    void setUp() throws IOException {
        inbox = Files.createDirectories(tmp.resolve("inbox"));
        data = tmp.resolve("data");
        out = tmp.resolve("out");
        engineLog = tmp.resolve("engine.log");
        System.setProperty("hanbridge.engines.counting.log", engineLog.toString());
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("hanbridge.engines.counting.log");
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private CliRunner.Result tm(Path dataDir, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("tm"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data", dataDir.toString()));
        return CliRunner.run(all.toArray(String[]::new));
    }

    @Test
    void aCatToolsMemoryIsReusedByALaterRunAsHumanTranslations() throws Exception {
        CliRunner.Result imported = tm(data, "import", file("trados.tmx", TRADOS).toString(),
                file("memoq.tmx", MEMOQ).toString());

        assertThat(imported.exitCode()).as(imported.all()).isZero();
        assertThat(imported.out())
                .contains("trados.tmx: 3 units read, 2 imported (2 human, 0 machine translations), 1 skipped")
                .contains("skipped 1 with no Korean source or no en-US target")
                .contains("memoq.tmx: 1 unit read (2 pairs), 1 imported (1 human, 0 machine translations), 1 skipped")
                .contains("skipped 1 in en-gb, not en-US (import them with --target-lang en-gb)")
                .contains("2 files: 3 human and 0 machine translations imported");
        assertThat(TestDatabase.H2.queryOne(data, "SELECT changed_by FROM hb_tm_unit WHERE source_text = '" + RATE + "'"))
                .isEqualTo("STUDIO\\reviewer");
        assertThat(TestDatabase.H2.queryOne(data, "SELECT target_text FROM hb_tm_unit WHERE source_text = '"
                + MARKETS + "'")).as("inline codes are not text").isEqualTo(MARKETS_EN);

        Files.writeString(inbox.resolve("rates.txt"), "기준금리 동결\n\n" + RATE + " " + MARKETS + " " + GOVERNOR
                + " 다음 회의는 7월에 열린다.\n", StandardCharsets.UTF_8);
        CliRunner.Result run = CliRunner.run("run", inbox.toString(), "--engine", "counting", "--data", data.toString(),
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(Files.readAllLines(engineLog).stream().filter(l -> l.startsWith("SEG ")).map(l -> l.substring(4)))
                .containsExactly("기준금리 동결", "다음 회의는 7월에 열린다.");
        assertThat(run.out()).contains("3 by people");
        String xliff;
        try (var files = Files.list(out.resolve("run-1"))) {
            xliff = Files.readString(files.filter(p -> p.toString().endsWith(".xlf")).findFirst().orElseThrow());
        }
        assertThat(xliff).contains("<target>" + GOVERNOR_EN + "</target>");
        assertThat(xliff.split("state=\"final\"", -1)).hasSize(4);
    }

    @Test
    void theWholeMemoryGoesToAnotherDatabaseAsItWas() throws Exception {
        assertThat(tm(data, "import", file("trados.tmx", TRADOS).toString()).exitCode()).isZero();
        Files.writeString(inbox.resolve("rates.txt"), "기준금리 동결\n\n" + RATE + " 다음 회의는 7월에 열린다.\n",
                StandardCharsets.UTF_8);
        assertThat(CliRunner.run("run", inbox.toString(), "--engine", "counting", "--data", data.toString(), "--out",
                out.toString()).exitCode()).isZero();
        Path exported = tmp.resolve("memory.tmx");

        CliRunner.Result export = tm(data, "export", "--out", exported.toString());

        assertThat(export.exitCode()).as(export.all()).isZero();
        assertThat(export.out()).contains("Wrote 4 translation memory units to " + exported);
        String tmx = Files.readString(exported);
        assertThat(tmx).startsWith("<?xml").contains("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">")
                .contains("<prop type=\"x-hanbridge-origin\">HUMAN</prop>")
                .contains("<prop type=\"x-hanbridge-origin\">MT</prop>")
                .contains("<prop type=\"x-hanbridge-engine\">counting</prop>")
                .contains("changeid=\"STUDIO\\reviewer\"").contains("changedate=\"20250311T091500Z\"");
        Path elsewhere = tmp.resolve("elsewhere");

        CliRunner.Result imported = tm(elsewhere, "import", exported.toString());

        assertThat(imported.out()).as(imported.all()).contains("4 imported (2 human, 2 machine translations)");
        CliRunner.Result stats = tm(elsewhere, "stats");
        assertThat(stats.out()).contains("Translation memory: 4 units").contains("en-US: 4 (mt 2, human 2)")
                .contains("imported from files: 4");
        assertThat(tm(data, "stats").out()).contains("en-US: 4 (mt 2, human 2)").contains("imported from files: 2");
    }

    @Test
    void aFileThatIsNeitherTmxNorXliffIsReportedAndTheOthersStillImported() throws Exception {
        Path html = file("page.html", "<html><body>기사</body></html>");
        Path broken = file("broken.tmx", "<tmx version=\"1.4\"><body><tu>");

        CliRunner.Result result = tm(data, "import", html.toString(), broken.toString(),
                file("trados.tmx", TRADOS).toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("page.html").contains("neither TMX nor XLIFF").contains("broken.tmx")
                .contains("line");
        assertThat(result.out()).contains("trados.tmx: 3 units read, 2 imported");
        assertThat(tm(data, "import", tmp.resolve("missing.tmx").toString()).exitCode()).isEqualTo(2);
    }
}
