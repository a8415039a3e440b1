package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.hanbridge.export.OfficialSchemas;

/**
 * The translator's loop end to end, through the job and the command line: export, a reviewer edits
 * targets in the XLIFF, {@code tm import}, then the source changes by one added sentence and is run
 * again. The edits come back as human translations under the same segment ids, and only the added
 * sentence goes to the engine. QA findings follow the origin: the machine translations carry them,
 * the reviewed ones do not. On H2, and on PostgreSQL too when {@code -Dhanbridge.postgres.url} names one.
 */
class ReviewedXliffRoundTripTest {

    private static final String XLIFF = "urn:oasis:names:tc:xliff:document:2.0";
    private static final String MATCHES = "urn:oasis:names:tc:xliff:matches:2.0";
    private static final String ITS = "http://www.w3.org/2005/11/its";

    private static final String TITLE = "강원도, 겨울 관광객 위한 무료 셔틀버스 운행";
    private static final String HOURS = "버스는 오전 7시부터 오후 9시까지 다닌다.";
    private static final String BUDGET = "도는 이번 사업에 예산 3억원을 들인다.";
    private static final String VISITORS = "지난해 겨울 두 지역을 찾은 관광객은 약 410만 명이었다.";
    private static final String ADDED = "버스는 주말에 오전 7시부터 오후 11시까지 다닌다.";

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
        System.clearProperty("spring.datasource.url");
        System.clearProperty("spring.datasource.username");
        System.clearProperty("spring.datasource.password");
    }

    static java.util.stream.Stream<TestDatabase> databases() {
        return TestDatabase.available();
    }

    /** Points the application at {@code database}, emptied; H2 is the data folder's own. */
    private static void use(TestDatabase database) throws Exception {
        if (database == TestDatabase.POSTGRESQL) {
            TestDatabase.emptyPostgres();
            System.setProperty("spring.datasource.url", TestDatabase.postgresUrl());
            System.setProperty("spring.datasource.username", "hanbridge");
            System.setProperty("spring.datasource.password", "hanbridge");
        }
    }

    private static String article(boolean withAddedSentence) {
        return TITLE + "\n\n박지민 기자\n\n"
                + "강원도는 다음 달부터 평창과 강릉을 잇는 무료 셔틀버스를 하루 12회 운행한다고 2일 밝혔다. " + HOURS + " "
                + (withAddedSentence ? ADDED + " " : "") + BUDGET + "\n\n"
                + VISITORS + " 도 관계자는 \"교통 불편 민원이 가장 많았다\"고 말했다.\n";
    }

    private CliRunner.Result run() {
        return CliRunner.run("run", inbox.toString(), "--engine", "counting", "--formats", "tmx,xliff,xliff12,html",
                "--data", data.toString(), "--out", out.toString());
    }

    private List<String> sentToEngine() throws IOException {
        return Files.readAllLines(engineLog).stream().filter(l -> l.startsWith("SEG ")).map(l -> l.substring(4))
                .toList();
    }

    @ParameterizedTest(name = "on {0}")
    @MethodSource("databases")
    void reviewedEditsComeBackAsHumanTranslationsUnderTheSameIdsAfterTheSourceGainsASentence(TestDatabase database)
            throws Exception {
        use(database);
        Files.writeString(inbox.resolve("shuttle.txt"), article(false), StandardCharsets.UTF_8);
        assertThat(run().exitCode()).isZero();
        int sentFirst = sentToEngine().size();

        // The reviewer: two targets rewritten and marked final, one rewritten but left unmarked, one
        // machine translation confirmed as it stands; the rest untouched.
        Path exported = only(out.resolve("run-1"), ".xlf");
        Document doc = parse(exported);
        Map<String, Element> segments = segmentsBySource(doc);
        // The counting engine's placeholder ("[en] sentence of 27 characters") drops the times: an MT
        // mistake the dates check flags (a warning: the times are missing, not wrong).
        assertThat(qaMarkupOf(segments.get(HOURS))).as("QA markup of the machine translation of %s", HOURS)
                .contains("note dates (warning)").anyMatch(m -> m.startsWith("mrk "));
        review(segments.get(TITLE), "Gangwon to run free winter shuttle buses for tourists", "final");
        review(segments.get(HOURS), "The buses run from 7 a.m. to 9 p.m.", "final");
        review(segments.get(BUDGET), "The province is spending 300 million won on the service.", null);
        String confirmed = target(segments.get(VISITORS));
        review(segments.get(VISITORS), confirmed, "final");
        Path reviewed = tmp.resolve("shuttle-reviewed.xlf");
        write(doc, reviewed);

        CliRunner.Result imported = CliRunner.run("tm", "import", reviewed.toString(), "--data", data.toString());

        assertThat(imported.exitCode()).as(imported.all()).isZero();
        assertThat(imported.out())
                .contains("shuttle-reviewed.xlf: " + segments.size() + " units read, 4 imported (4 human, 0 machine")
                .contains("skipped " + (segments.size() - 4) + " not marked reviewed and the same as the memory's")
                .contains("applied to 4 segments of 1 article in the database");
        assertThat(database.queryOne(data, "SELECT COUNT(*) FROM hb_translation WHERE origin = 'HUMAN'")).isEqualTo("4");

        Files.writeString(inbox.resolve("shuttle.txt"), article(true), StandardCharsets.UTF_8);
        CliRunner.Result second = run();

        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(sentToEngine().subList(sentFirst, sentToEngine().size())).containsExactly(ADDED);

        Document next = parse(only(out.resolve("run-2"), ".xlf"));
        Map<String, Element> after = segmentsBySource(next);
        assertThat(after).hasSize(segments.size() + 1);
        segments.forEach((source, segment) -> assertThat(after.get(source).getAttribute("id"))
                .as("id of %s", source).isEqualTo(segment.getAttribute("id")));
        assertThat(after.get(TITLE).getAttribute("state")).isEqualTo("final");
        assertThat(target(after.get(TITLE))).isEqualTo("Gangwon to run free winter shuttle buses for tourists");
        assertThat(target(after.get(HOURS))).isEqualTo("The buses run from 7 a.m. to 9 p.m.");
        assertThat(target(after.get(BUDGET))).isEqualTo("The province is spending 300 million won on the service.");
        assertThat(after.get(BUDGET).getAttribute("state")).isEqualTo("final");
        assertThat(target(after.get(VISITORS))).isEqualTo(confirmed);
        assertThat(after.get(ADDED).getAttribute("state")).isEqualTo("translated");

        // In the same file: the reviewed (human) translations carry no QA findings, not even those the
        // machine translation they replaced had; the added sentence's machine translation does.
        for (String source : List.of(TITLE, HOURS, BUDGET, VISITORS)) {
            assertThat(after.get(source).getAttribute("state")).isEqualTo("final");
            assertThat(qaMarkupOf(after.get(source))).as("QA markup of the reviewed %s", source).isEmpty();
        }
        assertThat(qaMarkupOf(after.get(ADDED))).as("QA markup of the machine translation of %s", ADDED)
                .contains("note dates (warning)", "issue inconsistent-entities 50").anyMatch(m -> m.startsWith("mrk "));
        Path run2 = out.resolve("run-2");
        if (OfficialSchemas.configured().isPresent()) { // -Dhanbridge.schemas.dir, as CI and the README's build give
            OfficialSchemas schemas = OfficialSchemas.configured().get();
            schemas.validateXliff(Files.readAllBytes(only(run2, ".xlf")));
            schemas.validateXliff12(Files.readAllBytes(only(run2, ".xliff12.xlf")));
            schemas.validateTmx(Files.readAllBytes(only(run2, ".tmx")));
        }

        // The added sentence resembles a reviewed one: a CAT tool shows that as a candidate.
        Element match = (Element) next.getElementsByTagNameNS(MATCHES, "match").item(0);
        assertThat(match.getAttribute("ref")).isEqualTo("#" + after.get(ADDED).getAttribute("id"));
        assertThat(match.getAttribute("subType")).isEqualTo("hanbridge:human");
        assertThat(Integer.parseInt(match.getAttribute("similarity"))).isBetween(75, 99);
        assertThat(target(match)).isEqualTo("The buses run from 7 a.m. to 9 p.m.");

        String tmx = Files.readString(only(out.resolve("run-2"), ".tmx"));
        assertThat(tmx).contains("<tu tuid=\"" + segments.get(TITLE).getAttribute("id") + "\">");
        assertThat(tmx.split("<prop type=\"x-hanbridge-origin\">HUMAN</prop>", -1)).hasSize(5);
        assertThat(Files.readString(only(out.resolve("run-2"), ".html")).split("data-badge=\"human\"", -1)).hasSize(5);
        String xliff12 = Files.readString(only(out.resolve("run-2"), ".xliff12.xlf"));
        assertThat(xliff12).contains("<trans-unit id=\"" + segments.get(HOURS).getAttribute("id") + "\">");
        assertThat(xliff12.split("state=\"final\"", -1)).hasSize(5);
        assertThat(second.out()).contains("4 by people");
    }

    @Test
    void aReviewedXliff12FromOlderToolsUpdatesTheArticleAndTheMemory() throws Exception {
        Files.writeString(inbox.resolve("shuttle.txt"), article(false), StandardCharsets.UTF_8);
        assertThat(run().exitCode()).isZero();
        Path exported = only(out.resolve("run-1"), ".xliff12.xlf");
        String file = Files.readString(exported);
        // As an older CAT tool saves an approved unit: approved="yes" on the trans-unit, the new target.
        String id = unitIdOf(file, HOURS);
        String approved = file.replaceFirst("<trans-unit id=\"" + id + "\">",
                "<trans-unit id=\"" + id + "\" approved=\"yes\">")
                .replaceFirst("(?s)(<trans-unit id=\"" + id + "\".*?<target[^>]*>)[^<]*(</target>)",
                        "$1The buses run from 7 a.m. to 9 p.m.$2");
        Path reviewed = tmp.resolve("shuttle-reviewed.xliff12.xlf");
        Files.writeString(reviewed, approved, StandardCharsets.UTF_8);

        CliRunner.Result imported = CliRunner.run("tm", "import", reviewed.toString(), "--data", data.toString());

        assertThat(imported.out()).as(imported.all()).contains("1 imported (1 human, 0 machine translations)")
                .contains("applied to 1 segment of 1 article");
        assertThat(TestDatabase.H2.queryOne(data, "SELECT t.target_text FROM hb_translation t JOIN hb_segment s"
                + " ON s.id = t.segment_id WHERE t.origin = 'HUMAN' AND s.source_text = '" + HOURS + "'"))
                .isEqualTo("The buses run from 7 a.m. to 9 p.m.");
        assertThat(TestDatabase.H2.queryOne(data, "SELECT origin FROM hb_tm_unit WHERE source_text = '" + HOURS + "'"))
                .isEqualTo("HUMAN");
    }

    private static String unitIdOf(String xliff12, String source) {
        int at = xliff12.indexOf(source);
        int open = xliff12.lastIndexOf("<trans-unit id=\"", at);
        return xliff12.substring(open + 16, xliff12.indexOf('"', open + 16));
    }

    private static Path only(Path dir, String suffix) throws IOException {
        try (var files = Files.list(dir)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith(suffix))
                    .filter(p -> suffix.equals(".xliff12.xlf") || !p.getFileName().toString().endsWith(".xliff12.xlf"))
                    .toList();
            assertThat(found).as("%s in %s", suffix, dir).hasSize(1);
            return found.get(0);
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static void write(Document doc, Path file) throws Exception {
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(file.toFile()));
    }

    private static Map<String, Element> segmentsBySource(Document doc) {
        Map<String, Element> bySource = new LinkedHashMap<>();
        NodeList all = doc.getElementsByTagNameNS(XLIFF, "segment");
        for (int i = 0; i < all.getLength(); i++) {
            Element segment = (Element) all.item(i);
            bySource.put(child(segment, "source").getTextContent(), segment);
        }
        return bySource;
    }

    private static Element child(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XLIFF.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static String target(Element segmentOrMatch) {
        return child(segmentOrMatch, "target").getTextContent();
    }

    /**
     * What the XLIFF says about the segment's QA: {@code note CHECK (SEVERITY)} for each QA note of its
     * unit that names it, {@code issue TYPE SEVERITY} for each ITS issue of a standoff group its target
     * points at, and {@code mrk TEXT} for each marker in its target.
     */
    private static List<String> qaMarkupOf(Element segment) {
        String key = segment.getAttribute("id");
        Element unit = (Element) segment.getParentNode();
        List<String> found = new ArrayList<>();
        NodeList notes = unit.getElementsByTagNameNS(XLIFF, "note");
        for (int i = 0; i < notes.getLength(); i++) {
            Element note = (Element) notes.item(i);
            if ("qa".equals(note.getAttribute("category")) && note.getTextContent().startsWith(key + ": ")) {
                String finding = note.getTextContent().substring(key.length() + 2);
                found.add("note " + finding.substring(0, finding.indexOf("): ") + 1));
            }
        }
        Element target = child(segment, "target");
        NodeList markers = target == null ? null : target.getElementsByTagNameNS(XLIFF, "mrk");
        for (int i = 0; markers != null && i < markers.getLength(); i++) {
            Element marker = (Element) markers.item(i);
            found.add("mrk " + marker.getTextContent());
            String group = marker.getAttributeNS(ITS, "locQualityIssuesRef").replace("#its=", "");
            NodeList groups = unit.getElementsByTagNameNS(ITS, "locQualityIssues");
            for (int g = 0; g < groups.getLength(); g++) {
                Element standoff = (Element) groups.item(g);
                if (standoff.getAttributeNS("http://www.w3.org/XML/1998/namespace", "id").equals(group)) {
                    NodeList issues = standoff.getElementsByTagNameNS(ITS, "locQualityIssue");
                    for (int n = 0; n < issues.getLength(); n++) {
                        Element issue = (Element) issues.item(n);
                        found.add("issue " + issue.getAttribute("locQualityIssueType") + " "
                                + issue.getAttribute("locQualityIssueSeverity"));
                    }
                }
            }
        }
        return found;
    }

    /** What a reviewer's tool does: new target text and, when given, a new state. */
    private static void review(Element segment, String target, String state) {
        child(segment, "target").setTextContent(target);
        if (state != null) {
            segment.setAttribute("state", state);
        }
    }
}
