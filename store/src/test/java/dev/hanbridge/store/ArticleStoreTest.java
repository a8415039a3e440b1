package dev.hanbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.hanbridge.common.ArticleStatus;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.common.text.KoreanText;

class ArticleStoreTest {

    private MemoryDatabase db;
    private JdbcClient jdbc;
    private ArticleStore articles;
    private TranslationStore translations;
    private long run;

    @BeforeEach
    void setUp() {
        db = new MemoryDatabase();
        jdbc = db.jdbc;
        articles = new ArticleStore(jdbc, db.jdbcTemplate());
        translations = new TranslationStore(jdbc, db.jdbcTemplate(), db.transactions);
        run = new RunStore(jdbc).create("in", "test", "tmx", "en", "out", "host", 1);
    }

    private long article(String title, String... sentences) {
        return articles.insertIngested(run, "/in/" + title, title, KoreanText.sha256Hex(title.getBytes()), 1,
                "text/plain", "UTF-8", title, null, Instant.now(), List.of(new SegmentedBlock(BlockKind.PARAGRAPH,
                        String.join(" ", sentences), List.of(sentences))));
    }

    @Test
    void pendingArticlesCountOnlyTheirSegmentsWithoutATranslation() {
        long a = article("가", "첫 문장이다.", "둘째 문장이다.", "셋째 문장이다.");
        long b = article("나", "다른 기사다.");
        long done = article("다", "끝난 기사다.");
        articles.setStatus(done, ArticleStatus.TRANSLATED);
        PendingSegment first = translations.pending(a).get(0);
        translations.save(List.of(new NewTranslation(first.segmentId(), first.sourceText(), first.sourceHash(),
                "The first sentence.", TranslationOrigin.MT, "test", null)), run, "en");

        List<PendingArticle> pending = articles.pendingOf(run);

        assertThat(pending).containsExactly(
                new PendingArticle(a, "가", 2, "둘째 문장이다.".length() + "셋째 문장이다.".length()),
                new PendingArticle(b, "나", 1, "다른 기사다.".length()));
    }

    @Test
    void anArticleWithEverySegmentTranslatedIsStillPendingWithNothingLeft() {
        long a = article("가", "첫 문장이다.");
        PendingSegment only = translations.pending(a).get(0);
        translations.save(List.of(new NewTranslation(only.segmentId(), only.sourceText(), only.sourceHash(),
                "The first sentence.", TranslationOrigin.MT, "test", null)), run, "en");

        assertThat(articles.pendingOf(run)).containsExactly(new PendingArticle(a, "가", 0, 0));
    }
    @Test
    void rowsInAStatusAreOnlyThoseOfThatStatusOldestFirst() {
        long a = article("가", "첫 문장이다.");
        article("나", "다른 기사다.");
        long c = article("다", "끝난 기사다.");
        articles.setStatus(c, ArticleStatus.FAILED);
        articles.setStatus(a, ArticleStatus.FAILED);

        assertThat(articles.rowsOf(run, ArticleStatus.FAILED)).extracting(ArticleRow::id).containsExactly(a, c);
        assertThat(articles.rowsOf(run, ArticleStatus.EXPORTED)).isEmpty();
    }

    @Test
    void theRunsArticleFileCountLeavesOutItsBundleAndOtherRuns() {
        long a = article("가", "첫 문장이다.");
        long other = new RunStore(jdbc).create("in", "test", "tmx", "en", "out", "host", 1);
        var files = new ExportFileStore(jdbc, db.jdbcTemplate());
        files.recordAll(List.of(new ExportFileStore.ExportFileRow(run, a, "tmx", "/out/a.tmx", 10, "0".repeat(64)),
                new ExportFileStore.ExportFileRow(run, a, "html", "/out/a.html", 10, "0".repeat(64)),
                new ExportFileStore.ExportFileRow(run, null, "bundle", "/out/run.zip", 20, "0".repeat(64)),
                new ExportFileStore.ExportFileRow(other, a, "tmx", "/out2/a.tmx", 10, "0".repeat(64))));

        assertThat(files.articleFileCount(run)).isEqualTo(2);
    }

    @Test
    void aRunsSourcesComeOncePageAfterPageOldestFirstWithoutThoseOfARunAtTheSameTime() {
        long other = new RunStore(jdbc).create("in", "test", "tmx", "en", "out", "host", 1);
        List<Long> ours = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) { // pages of 1,000, rows of the two runs interleaved
            String sha256 = KoreanText.sha256Hex(("a" + i).getBytes());
            ours.add(i == 1_700 ? articles.insertFailed(run, "/in/" + i, "a" + i, sha256, 1, "text/plain",
                    "a1700: the file is damaged")
                    : articles.insertIngested(run, "/in/" + i, "a" + i, sha256, 1, "text/plain", "UTF-8", "a" + i, null,
                            Instant.now(), List.of()));
            articles.insertIngested(other, "/other/" + i, "b" + i, KoreanText.sha256Hex(("b" + i).getBytes()), 1,
                    "text/plain", "UTF-8", "b" + i, null, Instant.now(), List.of());
        }

        List<ArticleStore.ArticleSource> sources = new ArrayList<>();
        articles.forEachSourceOf(run, sources::add);

        assertThat(sources).extracting(ArticleStore.ArticleSource::id).isEqualTo(ours);
        assertThat(sources.get(1_700).sourceUri()).isEqualTo("/in/1700");
        assertThat(sources.get(1_700).status()).isEqualTo(ArticleStatus.FAILED);
        assertThat(sources.get(1_700).failureReason()).isEqualTo("a1700: the file is damaged");
        assertThat(sources.get(3).contentSha256()).isEqualTo(KoreanText.sha256Hex("a3".getBytes()));
        List<ArticleStore.ArticleSource> none = new ArrayList<>();
        articles.forEachSourceOf(new RunStore(jdbc).create("in", "test", "tmx", "en", "out", "host", 1), none::add);
        assertThat(none).isEmpty();
    }

    @Test
    void aRunsFilesComePageAfterPageInTheOrderRecordedWithoutThoseOfARunAtTheSameTime() {
        long a = article("가", "첫 문장이다.");
        long other = new RunStore(jdbc).create("in", "test", "tmx", "en", "out", "host", 1);
        var files = new ExportFileStore(jdbc, db.jdbcTemplate());
        List<ExportFileStore.ExportFileRow> ours = new ArrayList<>();
        for (int i = 0; i < 2_100; i++) {
            var row = new ExportFileStore.ExportFileRow(run, a, "tmx", "/out/z" + (2_100 - i) + ".tmx", i, "0".repeat(64));
            ours.add(row);
            files.recordAll(List.of(row,
                    new ExportFileStore.ExportFileRow(other, a, "tmx", "/out2/" + i + ".tmx", i, "1".repeat(64))));
        }

        List<ExportFileStore.ExportFileRow> listed = new ArrayList<>();
        files.forEachOfRun(run, listed::add);

        assertThat(listed).isEqualTo(ours);
    }

    @Test
    void countsARunsSegmentsByReadingThatRunNotEveryRunBeforeIt() {
        for (int i = 0; i < 40; i++) { // a cron history: 40 articles of 10 sentences in an earlier run
            article("지난 기사 " + i, "첫 문장이다.", "둘째 문장이다.", "셋째 문장이다.", "넷째 문장이다.", "다섯째 문장이다.",
                    "여섯째 문장이다.", "일곱째 문장이다.", "여덟째 문장이다.", "아홉째 문장이다.", "열째 문장이다.");
        }
        run = new RunStore(jdbc).create("in", "test", "tmx", "en", "out", "host", 1);
        long a = article("새 기사", "버스 노선이 바뀐다.", "정류장도 옮긴다.");
        PendingSegment first = translations.pending(a).get(0);
        translations.save(List.of(new NewTranslation(first.segmentId(), first.sourceText(), first.sourceHash(),
                "The bus route changes.", TranslationOrigin.MT, "test", null)), run, "en");

        assertThat(translations.segmentCounts(run)).containsExactly(2, 1);
        RunCounts counts = articles.countsOfRuns(List.of(run)).get(run);
        assertThat(counts.segments()).isEqualTo(2);
        assertThat(counts.untranslated()).isEqualTo(1);
        // The earlier run's 400 segments stay unread: reading them made every cron run slower than the last.
        assertThat(MemoryDatabase.rowsRead(jdbc.sql("EXPLAIN ANALYZE " + TranslationStore.SEGMENT_COUNTS).param(run)))
                .isLessThan(20);
        assertThat(MemoryDatabase.rowsRead(jdbc.sql("EXPLAIN ANALYZE " + ArticleStore.SEGMENT_COUNTS_OF_RUNS)
                .param("ids", List.of(run)))).isLessThan(20);
    }
}
