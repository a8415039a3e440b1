package dev.hanbridge.ingest;

import dev.hanbridge.common.BlockKind;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Feeds in an inbox: every item an article of its own, known by its link across fetches. */
class FeedsTest {

    private static final Ingestor INGESTOR = new Ingestor();

    @TempDir
    Path dir;

    /** An RSS 2.0 feed as Korean news sites publish them: HTML in CDATA and escaped, content:encoded, an English item. */
    static String rss(String lastBuild, String secondItemText) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <channel>
                  <title>한빛일보 - 전체기사</title>
                  <link>https://www.hanbit.example/</link>
                  <description>한빛일보 최신 기사</description>
                  <lastBuildDate>%s</lastBuildDate>
                  <item>
                    <title><![CDATA[시립도서관 24시간 무인 대출 시작]]></title>
                    <link>https://www.hanbit.example/news/1001</link>
                    <guid isPermaLink="true">https://www.hanbit.example/news/1001</guid>
                    <pubDate>Mon, 03 Mar 2025 09:30:00 +0900</pubDate>
                    <dc:creator>오하늘 기자</dc:creator>
                    <category>사회</category>
                    <description><![CDATA[시립도서관이 이달부터 24시간 무인 대출을 시작했다.]]></description>
                    <content:encoded><![CDATA[<p>시립도서관이 이달부터 24시간 무인 대출 서비스를 시작했다. 이용자는 앱으로 책을 예약한다.</p>
                <p>관장은 &ldquo;야간 근무자도 책을 빌릴 수 있게 됐다&rdquo;고 말했다.<br>대출 기한은 2주다.</p>
                <figure><img src="a.jpg"><figcaption>무인 대출 보관함 [사진=한빛일보]</figcaption></figure>]]></content:encoded>
                  </item>
                  <item>
                    <title>항만 물동량 석 달 만에 반등</title>
                    <link>https://www.hanbit.example/news/1002</link>
                    <pubDate>Mon, 03 Mar 2025 11:00:00 +0900</pubDate>
                    <category>경제</category>
                    <description>&lt;p&gt;%s&lt;/p&gt;&lt;p&gt;해양수산부는 환적 화물이 늘어난 덕분이라고 설명했다.&lt;/p&gt;</description>
                  </item>
                  <item>
                    <title>Seoul library opens around the clock</title>
                    <link>https://www.hanbit.example/en/2001</link>
                    <pubDate>Mon, 03 Mar 2025 12:00:00 +0900</pubDate>
                    <description>The city library now lends books at any hour through lockers.</description>
                  </item>
                </channel>
                </rss>
                """.formatted(lastBuild, secondItemText);
    }

    @Test
    void anRssFeedInAnInboxBecomesOneSourcePerItemNamedByTheFeedAndTheLink() throws Exception {
        Path feed = Files.writeString(dir.resolve("hanbit.xml"), rss("Mon, 03 Mar 2025 12:00:00 +0900",
                "지난달 부산항의 컨테이너 물동량이 석 달 만에 다시 늘었다."));

        List<Source> sources = Sources.scan(List.of(dir)).toList();

        assertThat(sources).extracting(Source::uri).containsExactly(feed + "!https://www.hanbit.example/news/1001",
                feed + "!https://www.hanbit.example/news/1002", feed + "!https://www.hanbit.example/en/2001");
        assertThat(sources).extracting(Source::name).containsExactly("시립도서관 24시간 무인 대출 시작",
                "항만 물동량 석 달 만에 반등", "Seoul library opens around the clock");
    }

    @Test
    void anItemIsAnArticleWithTitleAuthorDateSectionAndItsTextCleanedOfMarkup() throws Exception {
        Files.writeString(dir.resolve("hanbit.rss"), rss("x", "지난달 부산항의 컨테이너 물동량이 석 달 만에 다시 늘었다."));
        List<Source> items = Sources.scan(List.of(dir)).toList();

        SegmentedArticle first = INGESTOR.ingest(items.get(0));
        SegmentedArticle second = INGESTOR.ingest(items.get(1));

        assertThat(first.title()).isEqualTo("시립도서관 24시간 무인 대출 시작");
        assertThat(first.byline()).isEqualTo("오하늘 기자");
        assertThat(first.section()).isEqualTo("사회");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-03-03T00:30:00Z"));
        assertThat(first.mediaType()).isEqualTo("application/rss+xml");
        assertThat(first.blocks()).extracting(SegmentedBlock::kind, SegmentedBlock::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(BlockKind.TITLE, "시립도서관 24시간 무인 대출 시작"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH,
                        "시립도서관이 이달부터 24시간 무인 대출 서비스를 시작했다. 이용자는 앱으로 책을 예약한다."),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "관장은 “야간 근무자도 책을 빌릴 수 있게 됐다”고 말했다."),
                org.assertj.core.groups.Tuple.tuple(BlockKind.PARAGRAPH, "대출 기한은 2주다."),
                org.assertj.core.groups.Tuple.tuple(BlockKind.CAPTION, "무인 대출 보관함"),
                org.assertj.core.groups.Tuple.tuple(BlockKind.CREDIT, "[사진=한빛일보]"));
        assertThat(second.blocks()).extracting(SegmentedBlock::text).containsExactly("항만 물동량 석 달 만에 반등",
                "지난달 부산항의 컨테이너 물동량이 석 달 만에 다시 늘었다.", "해양수산부는 환적 화물이 늘어난 덕분이라고 설명했다.");
        assertThat(second.section()).isEqualTo("경제");
        assertThat(second.byline()).isNull();
    }

    @Test
    void anItemWithoutKoreanTextIsSkippedWithTheReason() throws Exception {
        Files.writeString(dir.resolve("hanbit.xml"), rss("x", "본문이다."));
        Source english = Sources.scan(List.of(dir)).toList().get(2);

        assertThatThrownBy(() -> INGESTOR.ingest(english)).isInstanceOf(UnreadableSourceException.class)
                .hasMessage("Seoul library opens around the clock: the feed item is not in Korean (0% of its letters are"
                        + " Hangul); hanbridge translates Korean articles, so it is skipped");
    }

    @Test
    void aRefetchedFeedKeepsTheHashOfAnUnchangedItemAndChangesTheHashOfAChangedOne() throws Exception {
        Path feed = dir.resolve("hanbit.xml");
        Files.writeString(feed, rss("Mon, 03 Mar 2025 12:00:00 +0900", "지난달 물동량이 늘었다."));
        List<String> before = hashes();

        Files.writeString(feed, rss("Mon, 03 Mar 2025 18:00:00 +0900", "지난달 물동량이 크게 늘었다."));
        List<String> after = hashes();

        assertThat(after.get(0)).isEqualTo(before.get(0));
        assertThat(after.get(1)).isNotEqualTo(before.get(1));
        assertThat(after.get(2)).isEqualTo(before.get(2));
    }

    @Test
    void anItemListedTwiceInOneFeedIsOneSourceTheFirstListed() throws Exception {
        // Feeds that merge sections repeat items; as two sources of one link they would be one article twice
        String feed = rss("x", "지난달 물동량이 늘었다.");
        int secondItem = feed.indexOf("<item>", feed.indexOf("<item>") + 1);
        String updated = """
                <item>
                    <title>항만 물동량 석 달 만에 반등 (수정)</title>
                    <link>https://www.hanbit.example/news/1002</link>
                    <description>지난달 물동량이 크게 늘었다.</description>
                  </item>
                  """;
        String again = """
                  <item>
                    <title>시립도서관 24시간 무인 대출 시작</title>
                    <link>https://www.hanbit.example/news/1001</link>
                    <description>시립도서관이 이달부터 24시간 무인 대출을 시작했다.</description>
                  </item>
                </channel>""";
        Path file = Files.writeString(dir.resolve("hanbit.xml"),
                (feed.substring(0, secondItem) + updated + feed.substring(secondItem)).replace("</channel>", again));

        List<Source> sources = Sources.scan(List.of(dir)).toList();

        assertThat(sources).extracting(Source::uri).containsExactly(file + "!https://www.hanbit.example/news/1001",
                file + "!https://www.hanbit.example/news/1002", file + "!https://www.hanbit.example/en/2001");
        assertThat(sources).extracting(Source::name).containsExactly("시립도서관 24시간 무인 대출 시작",
                "항만 물동량 석 달 만에 반등 (수정)", "Seoul library opens around the clock");
    }

    @Test
    void anAtomFeedGivesItsEntriesWithHtmlAndXhtmlContentAndTheIdWhenThereIsNoLink() throws Exception {
        Path feed = Files.writeString(dir.resolve("tech.atom"), """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>테크누리</title>
                  <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
                  <updated>2025-03-05T09:00:00+09:00</updated>
                  <entry>
                    <title>국산 AI 반도체, 데이터센터에 첫 공급</title>
                    <link rel="alternate" href="https://tech.example/a/77"/>
                    <id>tag:tech.example,2025:77</id>
                    <published>2025-03-05T08:00:00+09:00</published>
                    <author><name>이서준 기자</name></author>
                    <category term="IT/과학"/>
                    <content type="html">&lt;p&gt;국내 스타트업이 만든 반도체가 처음 공급된다.&lt;/p&gt;&lt;p&gt;계약 규모는 96억원이다.&lt;/p&gt;</content>
                  </entry>
                  <entry>
                    <title>통신 3사 6G 시범망 공동 구축</title>
                    <id>tag:tech.example,2025:78</id>
                    <updated>2025-03-05T10:00:00+09:00</updated>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>통신 3사가 시범망을 함께 만든다.</p><p>정부는 4200억원을 투입한다.</p></div></content>
                  </entry>
                </feed>
                """);

        List<Source> items = Sources.scan(List.of(feed)).toList();
        SegmentedArticle first = INGESTOR.ingest(items.get(0));
        SegmentedArticle second = INGESTOR.ingest(items.get(1));

        assertThat(items).extracting(Source::uri).containsExactly(feed + "!https://tech.example/a/77",
                feed + "!tag:tech.example,2025:78");
        assertThat(first.byline()).isEqualTo("이서준 기자");
        assertThat(first.section()).isEqualTo("IT/과학");
        assertThat(first.publishedAt()).isEqualTo(Instant.parse("2025-03-04T23:00:00Z"));
        assertThat(first.blocks()).extracting(SegmentedBlock::text).containsExactly("국산 AI 반도체, 데이터센터에 첫 공급",
                "국내 스타트업이 만든 반도체가 처음 공급된다.", "계약 규모는 96억원이다.");
        assertThat(second.blocks()).extracting(SegmentedBlock::text).containsExactly("통신 3사 6G 시범망 공동 구축",
                "통신 3사가 시범망을 함께 만든다.", "정부는 4200억원을 투입한다.");
        assertThat(second.publishedAt()).isEqualTo(Instant.parse("2025-03-05T01:00:00Z"));
    }

    @Test
    void anEucKrFeedIsDecodedWithTheCp949Superset() throws Exception {
        // 똠 is not among EUC-KR's 2,350 syllables; only CP949 (x-windows-949) encodes it. Korean
        // feeds declare euc-kr over such bytes: reading 똠 back proves the superset was used.
        String xml = """
                <?xml version="1.0" encoding="euc-kr"?>
                <rss version="0.92"><channel><title>리카넷</title>
                <item><title>똠양꿍 축제 열려</title><link>http://rica.example/view?id=1</link>
                <pubDate>Sat, 03 Apr 2010 21:15:06 +0900</pubDate>
                <description><![CDATA[항구 광장에서 세계 음식 축제가 열렸다.<BR>
                <BR>
                똠양꿍 가게 앞에 줄이 길게 늘어섰다.]]></description></item>
                </channel></rss>
                """;
        Files.write(dir.resolve("rica.xml"), xml.getBytes(Charset.forName("x-windows-949")));

        List<Source> items = Sources.scan(List.of(dir)).toList();
        SegmentedArticle article = INGESTOR.ingest(items.get(0));

        assertThat(items).hasSize(1);
        assertThat(article.title()).isEqualTo("똠양꿍 축제 열려");
        assertThat(article.blocks()).extracting(SegmentedBlock::text).containsExactly("똠양꿍 축제 열려",
                "항구 광장에서 세계 음식 축제가 열렸다.", "똠양꿍 가게 앞에 줄이 길게 늘어섰다.");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2010-04-03T12:15:06Z"));
    }

    @Test
    void aFeedWithAByteOrderMarkAndAFeedInsideAZipAreExpandedToo() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] feed = rss("x", "본문이다.").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + feed.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(feed, 0, withBom, bom.length, feed.length);
        Path zip = dir.resolve("feeds.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("daily/hanbit.xml"));
            out.write(withBom);
            out.closeEntry();
        }

        List<Source> sources = Sources.scan(List.of(zip)).toList();

        assertThat(sources).extracting(Source::uri).first()
                .isEqualTo(zip + "!/daily/hanbit.xml!https://www.hanbit.example/news/1001");
        assertThat(sources).hasSize(3);
        assertThat(INGESTOR.ingest(sources.get(0)).title()).isEqualTo("시립도서관 24시간 무인 대출 시작");
    }

    @Test
    void xmlThatIsNoFeedStaysOneSourceAndAFeedReadAsOneFileListsItsItems() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <notes><note>회의는 3시에 열린다.</note></notes>
                """);
        Path feed = Files.writeString(dir.resolve("hanbit.xml"), rss("x", "물동량이 늘었다."));

        List<Source> sources = Sources.scan(List.of(notes)).toList();
        SegmentedArticle whole = INGESTOR.ingest(Sources.file(feed));

        assertThat(sources).extracting(Source::uri).containsExactly(notes.toString());
        assertThat(whole.title()).isEqualTo("한빛일보 - 전체기사");
        assertThat(whole.blocks()).extracting(SegmentedBlock::text).contains("항만 물동량 석 달 만에 반등", "물동량이 늘었다.");
    }

    @Test
    void aDamagedFeedIsOneRejectedSourceSayingWhy() throws Exception {
        byte[] bytes = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\0\0\0</channel></rss>"
                .getBytes(StandardCharsets.US_ASCII);
        Path feed = Files.write(dir.resolve("broken.rss"), bytes);

        List<Source> sources = Sources.scan(List.of(feed)).toList();

        assertThat(sources).hasSize(1);
        assertThatThrownBy(() -> INGESTOR.sha256(sources.get(0))).isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("broken.rss: cannot read the feed: binary content");
    }

    private List<String> hashes() throws UnreadableSourceException {
        List<String> hashes = new java.util.ArrayList<>();
        for (Source s : Sources.scan(List.of(dir)).toList()) {
            hashes.add(INGESTOR.sha256(s));
        }
        return hashes;
    }
}
