package dev.hanbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
        translations = new TranslationStore(jdbc, db.transactions);
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
}
