package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.app.web.TestServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run whose engine answers with known mistakes (a wrong number, a dropped product name, Hangul
 * left) stores the findings the checks make of them, and every place the issue lists shows them:
 * each export format read back with a real parser, the summary, {@code hanbridge jobs}, the bundle's
 * manifest and the API. The correct translations carry none.
 */
class QaEndToEndTest {

    static final String WRONG_NUMBER = "한빛전자는 557만 달러를 투자했다.";
    static final String DROPPED_NAME = "새 모델의 이름은 HB-2o이다.";
    static final String HANGUL_LEFT = "발표는 서울 본사에서 열렸다.";
    static final String CORRECT = "주가는 3.5% 올랐다.";
    static final Map<String, String> ANSWERS = Map.of(
            "한빛전자, 새 AI 모델 공개", "Hanbit Electronics unveils new AI model",
            "박하늘 기자", "By Park Ha-neul",
            WRONG_NUMBER, "Hanbit Electronics invested $557 million.",
            DROPPED_NAME, "The new model has a new name.",
            HANGUL_LEFT, "The announcement was made at the 서울 headquarters.",
            CORRECT, "The share price rose 3.5%.");
    static final String FORMATS = "tmx,xliff,xliff12,html,docx,tsv,jsonl";

    @TempDir
    static Path tmp;
    static Path data;
    static Path runDir;
    static CliRunner.Result run;

    @BeforeAll
    static void runAnArticleThroughAnEngineThatMakesMistakes() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("hanbit.txt"), "한빛전자, 새 AI 모델 공개\n\n박하늘 기자\n\n"
                + WRONG_NUMBER + " " + DROPPED_NAME + "\n\n" + HANGUL_LEFT + " " + CORRECT + "\n", StandardCharsets.UTF_8);
        Path answers = tmp.resolve("answers.tsv");
        Files.write(answers, ANSWERS.entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList(),
                StandardCharsets.UTF_8);
        System.setProperty("hanbridge.engines.answers.file", answers.toString());
        data = tmp.resolve("data");
        run = CliRunner.run("run", inbox.toString(), "--engine", "answers", "--formats", FORMATS, "--data",
                data.toString(), "--out", tmp.resolve("out").toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        runDir = tmp.resolve("out/run-1");
    }

    @AfterAll
    static void clearEngineSetting() {
        System.clearProperty("hanbridge.engines.answers.file");
    }

    private static Path export(String extension) throws Exception {
        try (Stream<Path> files = Files.list(runDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(extension)
                    && !p.getFileName().toString().endsWith(".xliff12.xlf") == !extension.equals(".xliff12.xlf"))
                    .findFirst().orElseThrow();
        }
    }

    @Test
    void storesTheFindingsOfEachMistakeAndNoneForTheCorrectTranslations() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (Connection c = TestDatabase.H2.connect(data); ResultSet rs = c.createStatement().executeQuery("""
                SELECT s.source_text, f.check_id, f.severity, f.target_start, f.target_end, t.target_text
                  FROM hb_qa_finding f JOIN hb_segment s ON s.id = f.segment_id
                  JOIN hb_translation t ON t.segment_id = s.id ORDER BY s.id, f.position""")) {
            while (rs.next()) {
                String target = rs.getString(6);
                int start = rs.getInt(4);
                String pointsAt = rs.wasNull() ? null : target.substring(start, rs.getInt(5));
                rows.add(java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3), pointsAt));
            }
        }
        assertThat(rows).containsExactly(
                List.of(WRONG_NUMBER, "numbers", "ERROR", "$557 million"),
                java.util.Arrays.asList(DROPPED_NAME, "latin", "ERROR", null),
                List.of(HANGUL_LEFT, "untranslated", "ERROR", "서울"));
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_qa_check")).isEqualTo(6);
        assertThat(CliRunner.count(data, "SELECT MIN(checker_version) FROM hb_qa_check")).isEqualTo(1);
    }

    @Test
    void theSummaryAndJobsCountTheFindingsByCheckAndSeverity() {
        assertThat(run.out()).contains("qa         3 of 6 checked segments flagged: 3 errors, 0 warnings")
                .containsPattern("\\n    latin +1 error, 0 warnings")
                .containsPattern("\\n    numbers +1 error, 0 warnings")
                .containsPattern("\\n    untranslated +1 error, 0 warnings");

        CliRunner.Result jobs = CliRunner.run("jobs", "--data", data.toString());

        assertThat(jobs.out()).containsPattern("(?m)^RUN .* QA$").containsPattern("(?m)^1 .* 6  3E 0W$");
    }

    @Test
    void theHtmlPageMarksTheFlaggedRowsAndListsTheirMessages() throws Exception {
        Document page = Jsoup.parse(export(".html").toFile(), "UTF-8");

        List<Element> flagged = page.select("tbody tr.qa-error");
        assertThat(flagged).extracting(r -> r.select("td").get(1).text())
                .containsExactly(WRONG_NUMBER, DROPPED_NAME, HANGUL_LEFT);
        assertThat(flagged.get(0).select("td").get(2).select("mark.qa-error").text()).isEqualTo("$557 million");
        assertThat(flagged.get(2).select("td").get(2).select("mark.qa-error").text()).isEqualTo("서울");
        assertThat(flagged.get(1).select("ul.qa li").text()).startsWith("latin error: 'HB-2o' is not in the translation");
        Element correct = page.select("tbody tr").stream().filter(r -> r.select("td").get(1).text().equals(CORRECT))
                .findFirst().orElseThrow();
        assertThat(correct.classNames()).doesNotContain("qa-error", "qa-warning");
        assertThat(correct.select("ul.qa, mark")).isEmpty();
        assertThat(page.select("dd.qa").text()).isEqualTo("3 errors, 0 warnings in 3 of 6 segments");
        assertThat(page.select("p.qa-legend")).hasSize(1);
    }

    @Test
    void xliff21CarriesNotesAndItsQualityIssuesOnTheTarget() throws Exception {
        List<String> notes = new ArrayList<>();
        Map<String, String> marked = new LinkedHashMap<>();
        List<String> issueTypes = new ArrayList<>();
        try (InputStream in = Files.newInputStream(export(".xlf"))) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "note" -> {
                        String priority = xml.getAttributeValue(null, "priority");
                        notes.add(xml.getAttributeValue(null, "category") + " " + priority + " " + xml.getElementText());
                    }
                    case "mrk" -> marked.put(xml.getAttributeValue("http://www.w3.org/2005/11/its",
                            "locQualityIssuesRef"), xml.getElementText());
                    case "locQualityIssue" -> issueTypes.add(xml.getAttributeValue(null, "locQualityIssueType"));
                    default -> {
                    }
                }
            }
        }
        assertThat(notes).hasSize(3).allSatisfy(n -> assertThat(n).matches("qa 1 k[0-9a-f]{12}_\\d+: .*"));
        assertThat(notes.get(0)).contains(": numbers (error): '557만 달러' is 5.57 million dollars");
        assertThat(marked).containsValues("$557 million", "서울", "The new model has a new name.");
        assertThat(marked.keySet()).allSatisfy(ref -> assertThat(ref).matches("#its=lqi-k[0-9a-f]{12}_\\d+(-\\d+)?"));
        assertThat(issueTypes).containsExactlyInAnyOrder("numbers", "inconsistent-entities", "untranslated");
    }

    @Test
    void xliff12AndTmxCarryANoteOrPropPerFinding() throws Exception {
        assertThat(elementTexts(export(".xliff12.xlf"), "note"))
                .hasSize(3).anySatisfy(n -> assertThat(n).startsWith("untranslated (error): '서울'"));
        assertThat(elementTexts(export(".tmx"), "prop")).filteredOn(p -> p.startsWith("latin (error)")).hasSize(1);
        assertThat(elementTexts(export(".tmx"), "prop")).filteredOn(p -> p.contains("(error): ")).hasSize(3);
    }

    @Test
    void tsvAndJsonlHaveQaColumns() throws Exception {
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(new StringReader(Files.readString(export(".tsv"))),
                CSVFormat.RFC4180.builder().setDelimiter('\t').setHeader().setSkipHeaderRecord(true).get())) {
            rows = parser.getRecords();
        }
        assertThat(rows).extracting(r -> r.get("source"), r -> r.get("qa")).contains(tuple(WRONG_NUMBER, "error"),
                tuple(CORRECT, ""));
        assertThat(rows).filteredOn(r -> r.get("source").equals(HANGUL_LEFT)).singleElement()
                .satisfies(r -> assertThat(r.get("qa_findings")).startsWith("untranslated (error): '서울'"));

        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = Files.readAllLines(export(".jsonl")).stream().map(json::readTree).toList();
        JsonNode number = lines.stream().filter(l -> l.get("source").asString().equals(WRONG_NUMBER)).findFirst()
                .orElseThrow();
        assertThat(number.get("qa").get(0).get("check").asString()).isEqualTo("numbers");
        assertThat(number.get("qa").get(0).get("target").get("start").asInt()).isEqualTo(
                number.get("target").asString().indexOf("$557 million"));
        assertThat(lines.stream().filter(l -> l.get("source").asString().equals(CORRECT)).findFirst().orElseThrow()
                .get("qa")).isEmpty();
    }

    @Test
    void theBilingualDocxHasAWordCommentPerFlaggedRow() throws Exception {
        try (InputStream in = Files.newInputStream(export(".docx"));
                XWPFDocument docx = new XWPFDocument(in)) {
            assertThat(docx.getComments()).hasSize(3).extracting(XWPFComment::getAuthor).containsOnly("hanbridge QA");
            assertThat(docx.getComments()[0].getText()).startsWith("numbers (error): ");
        }
    }

    @Test
    void theManifestCountsFindingsForTheRunAndEachSource() throws Exception {
        JsonNode manifest = JsonMapper.builder().build().readTree(runDir.resolve("manifest.json").toFile());

        JsonNode qa = manifest.get("qa");
        assertThat(qa.get("checked").asLong()).isEqualTo(6);
        assertThat(qa.get("flagged").asLong()).isEqualTo(3);
        assertThat(qa.get("errors").asLong()).isEqualTo(3);
        assertThat(qa.get("warnings").asLong()).isZero();
        assertThat(qa.get("byCheck").get("numbers").get("error").asLong()).isEqualTo(1);
        assertThat(manifest.get("sources").get(0).get("qa").get("errors").asLong()).isEqualTo(3);
    }

    @Test
    void theApiGivesTheRunsCountsAndEachArticlesFindings() throws Exception {
        // Open on loopback (no token): pages and API answer without a sign-in or a bearer token.
        try (TestServer server = TestServer.start(data, tmp.resolve("out"), "--hanbridge.serve.api-token=")) {
            JsonNode detail = TestServer.JSON.readTree(page(server, "/api/runs/1"));
            assertThat(detail.get("run").get("qa").get("errors").asLong()).isEqualTo(3);
            JsonNode article = detail.get("articles").get(0);
            assertThat(article.get("qa").get("byCheck").get("latin").get("error").asLong()).isEqualTo(1);

            JsonNode findings = TestServer.JSON.readTree(page(server, article.get("links").get("qa").asString()));

            assertThat(findings.get("segments")).extracting(s -> s.get("source").asString())
                    .containsExactly(WRONG_NUMBER, DROPPED_NAME, HANGUL_LEFT);
            JsonNode hangul = findings.get("segments").get(2).get("findings").get(0);
            assertThat(hangul.get("check").asString()).isEqualTo("untranslated");
            assertThat(hangul.get("severity").asString()).isEqualTo("error");
            assertThat(hangul.get("target").get("text").asString()).isEqualTo("서울");
            Document page = Jsoup.parse(page(server, "/runs/1/articles/" + article.get("id").asLong()));
            assertThat(page.select("tr.qa-error")).hasSize(3);
            assertThat(page.select("tr.qa-error ul.qa li").eachText()).anySatisfy(
                    li -> assertThat(li).startsWith("numbers error: '557만 달러' is 5.57 million dollars"));
            assertThat(page.select("#qa-legend")).hasSize(1);
            Document runPage = Jsoup.parse(page(server, "/runs/1"));
            assertThat(runPage.select("#run-qa").text()).contains("3 of 6 checked segments flagged")
                    .contains("3 errors 0 warnings").contains("W · numbers 1 E 0 W");
            assertThat(runPage.select("#articles td.qa").text()).isEqualTo("3 E");
        }
    }

    private static String page(TestServer server, String path) throws Exception {
        var response = server.send(server.request(path).GET().build());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    /** The text of every element of that local name, in document order, read with StAX. */
    private static List<String> elementTexts(Path file, String localName) throws Exception {
        List<String> texts = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals(localName)) {
                    texts.add(xml.getElementText());
                }
            }
        }
        return texts;
    }
}
