package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.export.RunBundle;

/** Feeds dropped in an inbox, through the whole job: one article per item, known by the feed and the item's link. */
class FeedRunTest {

    @TempDir
    Path tmp;
    Path inbox;
    Path data;
    Path out;

    @BeforeEach
    void setUp() {
        inbox = tmp.resolve("inbox");
        data = tmp.resolve("data");
        out = tmp.resolve("out");
    }

    private CliRunner.Result run() {
        return CliRunner.run("run", inbox.toString(), "--data", data.toString(), "--out", out.toString());
    }

    /** Two Korean items and an English one, as a Korean news site's RSS 2.0 feed writes them. */
    private static String rss(String lastBuild, String portText) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel><title>한빛일보</title><link>https://www.hanbit.example/</link>
                <lastBuildDate>%s</lastBuildDate>
                <item><title>시립도서관 24시간 무인 대출 시작</title>
                  <link>https://www.hanbit.example/news/1001</link>
                  <pubDate>Mon, 03 Mar 2025 09:30:00 +0900</pubDate><dc:creator>오하늘 기자</dc:creator><category>사회</category>
                  <description><![CDATA[<p>시립도서관이 이달부터 24시간 무인 대출을 시작했다.</p><p>대출 기한은 2주다.</p>]]></description></item>
                <item><title>항만 물동량 석 달 만에 반등</title>
                  <link>https://www.hanbit.example/news/1002</link>
                  <pubDate>Mon, 03 Mar 2025 11:00:00 +0900</pubDate><category>경제</category>
                  <description>&lt;p&gt;%s&lt;/p&gt;</description></item>
                <item><title>Seoul library opens around the clock</title>
                  <link>https://www.hanbit.example/en/2001</link>
                  <description>The city library now lends books at any hour.</description></item>
                </channel></rss>
                """.formatted(lastBuild, portText);
    }

    @Test
    void eachFeedItemIsAnArticleAndTheExportsNameItByTheFeedAndItsLink() throws Exception {
        Files.createDirectories(inbox.resolve("feeds"));
        Files.writeString(inbox.resolve("feeds/hanbit.xml"), rss("Mon, 03 Mar 2025 12:00:00 +0900", "부산항 물동량이 늘었다."));
        // 똠 exists only in CP949, the superset Korean feeds declaring euc-kr are really written in
        Files.write(inbox.resolve("feeds/rica.rss"), """
                <?xml version="1.0" encoding="euc-kr"?>
                <rss version="0.92"><channel><title>리카넷</title>
                <item><title>똠양꿍 축제 열려</title><link>http://rica.example/view?id=1</link>
                <description><![CDATA[항구 광장에서 세계 음식 축제가 열렸다.<BR>똠양꿍 가게 앞에 줄이 섰다.]]></description></item>
                </channel></rss>
                """.getBytes(Charset.forName("x-windows-949")));

        CliRunner.Result result = run();

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("3 ingested").contains("1 failed");
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article WHERE status = 'EXPORTED'")).isEqualTo(3);
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article WHERE section = '사회' AND title = '시립도서관 24시간"
                + " 무인 대출 시작' AND byline = '오하늘 기자'")).isEqualTo(1);
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article WHERE status = 'FAILED'"
                + " AND failure_reason LIKE '%not in Korean%'")).isEqualTo(1);
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article WHERE title = '똠양꿍 축제 열려'")).isEqualTo(1);

        var manifest = RunBundle.readManifest(out.resolve("run-1/manifest.json"));
        assertThat(manifest.sources()).extracting(s -> s.name() + " " + s.status()).containsExactlyInAnyOrder(
                "feeds/hanbit.xml!https://www.hanbit.example/news/1001 EXPORTED",
                "feeds/hanbit.xml!https://www.hanbit.example/news/1002 EXPORTED",
                "feeds/hanbit.xml!https://www.hanbit.example/en/2001 FAILED",
                "feeds/rica.rss!http://rica.example/view?id=1 EXPORTED");
        Path library = exportOf("시립도서관 24시간 무인 대출 시작", ".html");
        Document page = Jsoup.parse(library.toFile(), "UTF-8");
        assertThat(page.select("dd.source").text()).isEqualTo("feeds/hanbit.xml!https://www.hanbit.example/news/1001");
        assertThat(page.select("dd.section").text()).isEqualTo("사회");
        assertThat(page.select("dd.published").text()).startsWith("2025-03-03 09:30 +09:00");
        assertThat(Exports.text(library)).doesNotContain(tmp.toString());
    }

    @Test
    void aRefetchedFeedSkipsItsUnchangedItemsAndStoresAChangedOneAsANewVersion() throws Exception {
        Path feed = inbox.resolve("hanbit.xml");
        Files.createDirectories(inbox);
        Files.writeString(feed, rss("Mon, 03 Mar 2025 12:00:00 +0900", "부산항 물동량이 늘었다."));
        assertThat(run().exitCode()).isZero();

        Files.writeString(feed, rss("Mon, 03 Mar 2025 18:00:00 +0900", "부산항 물동량이 석 달 만에 크게 늘었다."));
        CliRunner.Result second = run();

        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).contains("1 ingested, 2 skipped (unchanged)");
        assertThat(CliRunner.count(data, "SELECT COUNT(*) FROM hb_article")).isEqualTo(4);
        assertThat(CliRunner.count(data, "SELECT version FROM hb_article WHERE source_uri = '" + feed
                + "!https://www.hanbit.example/news/1002' AND status = 'EXPORTED' ORDER BY version DESC LIMIT 1")).isEqualTo(2);
    }

    private Path exportOf(String title, String extension) throws Exception {
        try (var files = Files.list(out.resolve("run-1"))) {
            List<Path> matches = files.filter(p -> p.getFileName().toString().startsWith(title.replace(' ', '-'))
                    && p.getFileName().toString().endsWith(extension) && !p.getFileName().toString().contains(".target."))
                    .toList();
            assertThat(matches).as("exports named after " + title).hasSize(1);
            return matches.get(0);
        }
    }
}
