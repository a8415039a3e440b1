package dev.hanbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.QualityFinding.Severity;
import dev.hanbridge.common.QualityFinding.Span;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.common.text.KoreanText;

class QaStoreTest {

    private static final QualityFinding WRONG_NUMBER = new QualityFinding("numbers", Severity.ERROR, new Span(4, 11),
            new Span(20, 32), "'557만 달러' is 5.57 million dollars but the translation has '$557 million'");
    private static final QualityFinding DROPPED = new QualityFinding("latin", Severity.WARNING, new Span(0, 2), null,
            "'R1' is missing");

    private MemoryDatabase db;
    private JdbcClient jdbc;
    private TranslationStore translations;
    private ArticleStore articles;
    private QaStore qa;
    private long run;

    @BeforeEach
    void setUp() {
        db = new MemoryDatabase();
        jdbc = db.jdbc;
        translations = new TranslationStore(jdbc, db.jdbcTemplate(), db.transactions);
        articles = new ArticleStore(jdbc, db.jdbcTemplate());
        qa = new QaStore(jdbc, db.jdbcTemplate(), db.transactions);
        run = new RunStore(jdbc).create("in", "test", "tmx", "en", "out", "host", 1);
    }

    private long article(String... sentences) {
        String sha = KoreanText.sha256Hex(String.join("", sentences).getBytes());
        return articles.insertIngested(run, "/in/" + sha, "a", sha, 1, "text/plain", "UTF-8", "a", null, Instant.now(),
                List.of(new SegmentedBlock(BlockKind.PARAGRAPH, String.join(" ", sentences), List.of(sentences))));
    }

    private void translate(long article, TranslationOrigin origin, String... targets) {
        List<PendingSegment> pending = translations.pending(article);
        for (int i = 0; i < targets.length; i++) {
            PendingSegment s = pending.get(i);
            translations.save(List.of(new NewTranslation(s.segmentId(), s.sourceText(), s.sourceHash(), targets[i],
                    origin, "test", null)), run, "en");
        }
    }

    @Test
    void storedFindingsComeBackWithTheArticleSpansIncluded() {
        long id = article("회사는 557만 달러를 유치했다.", "R1을 공개했다.");
        translate(id, TranslationOrigin.MT, "The company raised $557 million.", "It released a model.");
        List<SegmentPair> todo = qa.unchecked(List.of(id), 1);
        assertThat(todo).hasSize(2);

        qa.record(List.of(todo.get(0).withFindings(List.of(WRONG_NUMBER, DROPPED)), todo.get(1)), 1);

        List<SegmentPair> pairs = articles.loadBilingual(id, "en").blocks().get(0).segments();
        assertThat(pairs.get(0).findings()).containsExactly(WRONG_NUMBER, DROPPED);
        assertThat(pairs.get(1).findings()).isEmpty();
        assertThat(qa.unchecked(List.of(id), 1)).isEmpty();
    }

    @Test
    void aNewerCheckerOrAChangedTargetMakesATranslationUncheckedAgainAndHidesItsOldFindings() {
        long id = article("회사는 557만 달러를 유치했다.");
        translate(id, TranslationOrigin.MT, "The company raised $557 million.");
        qa.record(List.of(qa.unchecked(List.of(id), 1).get(0).withFindings(List.of(WRONG_NUMBER))), 1);
        assertThat(qa.unchecked(List.of(id), 2)).hasSize(1);

        jdbc.sql("UPDATE hb_translation SET target_text = 'The company raised $5.57 million.'").update();

        assertThat(qa.unchecked(List.of(id), 1)).extracting(SegmentPair::target)
                .containsExactly("The company raised $5.57 million.");
        assertThat(articles.loadBilingual(id, "en").blocks().get(0).segments().get(0).findings()).isEmpty();
        qa.record(qa.unchecked(List.of(id), 1), 1); // rechecked: nothing found this time
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hb_qa_finding").query(Long.class).single()).isZero();
    }

    @Test
    void humanTranslationsAreNeverOfferedForChecking() {
        long id = article("사람이 번역했다.");
        translate(id, TranslationOrigin.HUMAN, "A person translated it.");

        assertThat(qa.unchecked(List.of(id), 1)).isEmpty();
    }

    @Test
    void readsTheUncheckedTranslationsOfSeveralArticlesArticleByArticleInReadingOrder() {
        long a = article("첫 기사 첫 문장이다.", "첫 기사 둘째 문장이다.");
        long b = article("둘째 기사 첫 문장이다.", "둘째 기사 둘째 문장이다.");
        translate(b, TranslationOrigin.MT, "b1", "b2");
        translate(a, TranslationOrigin.MT, "a1", "a2");
        qa.record(List.of(qa.unchecked(List.of(a), 1).get(1)), 1);

        assertThat(qa.unchecked(List.of(b, a), 1)).extracting(SegmentPair::target).containsExactly("a1", "b1", "b2");
    }

    @Test
    void countsFindingsByCheckAndSeverityPerArticleAndForTheRun() {
        long a = article("회사는 557만 달러를 유치했다.", "R1을 공개했다.");
        translate(a, TranslationOrigin.MT, "The company raised $557 million.", "It released a model.");
        List<SegmentPair> todo = qa.unchecked(List.of(a), 1);
        qa.record(List.of(todo.get(0).withFindings(List.of(WRONG_NUMBER)), todo.get(1).withFindings(List.of(DROPPED))),
                1);

        QaSummary summary = qa.ofRun(run);

        assertThat(summary.checked()).isEqualTo(2);
        assertThat(summary.flagged()).isEqualTo(2);
        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.warnings()).isEqualTo(1);
        assertThat(summary.byCheck()).containsOnlyKeys("latin", "numbers");
        assertThat(summary.describe()).isEqualTo(
                "1 error, 1 warning in 2 of 2 checked segments (latin 1 warning, numbers 1 error)");
        assertThat(qa.byArticle(run)).containsOnlyKeys(a);
    }

    @Test
    void deletingATranslationTakesItsFindingsWithIt() {
        long id = article("회사는 557만 달러를 유치했다.");
        translate(id, TranslationOrigin.MT, "The company raised $557 million.");
        qa.record(List.of(qa.unchecked(List.of(id), 1).get(0).withFindings(List.of(WRONG_NUMBER))), 1);

        jdbc.sql("DELETE FROM hb_translation").update();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM hb_qa_finding").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hb_qa_check").query(Long.class).single()).isZero();
    }

    @Test
    void aTranslationAPersonReplacedShowsNoFindingsAndIsNotCounted() {
        long id = article("회사는 557만 달러를 유치했다.");
        translate(id, TranslationOrigin.MT, "The company raised $557 million.");
        qa.record(List.of(qa.unchecked(List.of(id), 1).get(0).withFindings(List.of(WRONG_NUMBER))), 1);

        jdbc.sql("UPDATE hb_translation SET origin = 'HUMAN', target_text = 'The company raised $5.57 million.'")
                .update();

        assertThat(articles.loadBilingual(id, "en").blocks().get(0).segments().get(0).findings()).isEmpty();
        assertThat(qa.unchecked(List.of(id), 1)).isEmpty();
        assertThat(qa.ofRun(run).checked()).isZero();
        assertThat(qa.ofRun(run).byCheck()).isEmpty();
    }

    /** Whether another session is inside an insert of a QA check (it cannot end while {@code c} holds the row). */
    private static boolean blocked(Connection c) throws java.sql.SQLException {
        try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                + " WHERE SESSION_ID <> SESSION_ID() AND EXECUTING_STATEMENT LIKE 'INSERT INTO hb_qa_check%'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    @Test
    void aSegmentAnotherProcessChecksAtTheSameMomentDoesNotCostTheOtherSegmentsTheirResults() throws Exception {
        long id = article("회사는 557만 달러를 유치했다.", "R1을 공개했다.");
        translate(id, TranslationOrigin.MT, "The company raised $557 million.", "It released a model.");
        List<SegmentPair> todo = qa.unchecked(List.of(id), 1);
        try (Connection other = db.dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("INSERT INTO hb_qa_check (segment_id,"
                    + " checker_version, target_sha256, checked_at) VALUES (?, 1, 'theirs', CURRENT_TIMESTAMP)")) {
                insert.setLong(1, todo.get(1).segmentId());
                insert.executeUpdate();
            }
            // the record does not see the uncommitted check, inserts one too and waits on its key
            CompletableFuture<Void> recorded = CompletableFuture.runAsync(() -> qa.record(
                    List.of(todo.get(0).withFindings(List.of(WRONG_NUMBER)), todo.get(1)), 1));
            await("the record waiting on the other insert").atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(10)).until(() -> blocked(other));
            other.commit();
            recorded.get(10, TimeUnit.SECONDS);
        }

        assertThat(qa.findingsOf(id)).as("the first segment's finding kept").containsOnlyKeys(todo.get(0).segmentId());
        assertThat(qa.unchecked(List.of(id), 1)).isEmpty();
    }
}
