package dev.hanbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.TmUnit;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.store.MemoryStore.UnitWrite;
import dev.hanbridge.store.MemoryStore.Written;

/** The memory's rules: a person's translation outranks a machine's, whoever stores it. */
class MemoryStoreTest {

    private JdbcClient jdbc;
    private MemoryStore memory;
    private TranslationStore translations;
    private ArticleStore articles;

    @BeforeEach
    void setUp() {
        var db = new MemoryDatabase();
        jdbc = db.jdbc;
        memory = new MemoryStore(jdbc, db.jdbcTemplate(), db.transactions);
        translations = new TranslationStore(jdbc, db.jdbcTemplate(), db.transactions);
        articles = new ArticleStore(jdbc, db.jdbcTemplate());
    }

    private static UnitWrite unit(String source, String target, TranslationOrigin origin) {
        return new UnitWrite(KoreanText.hash(source), source, target, "en-US", origin, null, "reviewer",
                Instant.parse("2025-03-14T09:15:00Z"), "reviewed.xlf");
    }

    private long article(String... sentences) {
        long run = new RunStore(jdbc).create("in", "test", "tmx", "en-US", "out", "host", 1);
        return articles.insertIngested(run, "/in/a.txt", "a.txt", "0".repeat(64), 1, "text/plain", "UTF-8", "a",
                null, null, List.of(new SegmentedBlock(BlockKind.PARAGRAPH, String.join(" ", sentences),
                        List.of(sentences))));
    }

    private TmUnit only() {
        List<TmUnit> all = new ArrayList<>();
        memory.forEach(all::add);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void aHumanTranslationReplacesAMachineOneAndNeverTheOtherWayRound() {
        assertThat(memory.write(List.of(unit("버스가 늦었다.", "The bus ran late.", TranslationOrigin.MT))))
                .containsExactly(Written.ADDED);

        assertThat(memory.write(List.of(unit("버스가 늦었다.", "The bus was late.", TranslationOrigin.HUMAN),
                unit("버스가 늦었다.", "Bus late.", TranslationOrigin.MT),
                unit("버스가 늦었다.", "The bus was late.", TranslationOrigin.HUMAN))))
                .containsExactly(Written.REPLACED, Written.KEPT_HUMAN, Written.UNCHANGED);

        TmUnit unit = only();
        assertThat(unit.targetText()).isEqualTo("The bus was late.");
        assertThat(unit.origin()).isEqualTo(TranslationOrigin.HUMAN);
        assertThat(unit.changedBy()).isEqualTo("reviewer");
        assertThat(unit.changedAt()).isEqualTo(Instant.parse("2025-03-14T09:15:00Z"));
        assertThat(unit.importedFrom()).isEqualTo("reviewed.xlf");
    }

    @Test
    void aRunsMachineTranslationLeavesAPersonsInTheMemory() {
        memory.write(List.of(unit("버스가 늦었다.", "The bus was late.", TranslationOrigin.HUMAN)));
        long article = article("버스가 늦었다.");
        PendingSegment s = translations.pending(article).get(0);

        translations.save(List.of(new NewTranslation(s.segmentId(), s.sourceText(), s.sourceHash(), "Bus late.",
                TranslationOrigin.MT, "deepl", null)), 1, "en-US");

        assertThat(only().targetText()).isEqualTo("The bus was late.");
        assertThat(translations.lookup(List.of(s.sourceHash()), "en-US").get(s.sourceHash()).origin())
                .isEqualTo(TranslationOrigin.HUMAN);
    }

    @Test
    void aTranslationTakenFromMemoryIsNotFedBack() {
        long article = article("버스가 늦었다.");
        PendingSegment s = translations.pending(article).get(0);

        translations.save(List.of(new NewTranslation(s.segmentId(), s.sourceText(), s.sourceHash(), "The bus was late.",
                TranslationOrigin.TM_FUZZY, null, null, 92.0)), 1, "en-US");

        assertThat(memory.counts()).isEmpty();
        assertThat(jdbc.sql("SELECT score FROM hb_translation").query(Double.class).single()).isEqualTo(92.0);
    }

    @Test
    void sourcesAfterANumberComeInOrderAcrossPages() {
        List<UnitWrite> many = new ArrayList<>();
        for (int i = 0; i < 10_050; i++) {
            many.add(unit("문장 " + i + "번이다.", "Sentence " + i + ".", TranslationOrigin.MT));
        }
        memory.write(many);
        memory.write(List.of(new UnitWrite(KoreanText.hash("다른 언어다."), "다른 언어다.", "Autre langue.", "fr", TranslationOrigin.MT,
                null, null, null, null)));
        List<Long> ids = new ArrayList<>();

        memory.sourcesAfter("en-US", 0, (text, id) -> ids.add(id));
        List<Long> later = new ArrayList<>();
        memory.sourcesAfter("en-US", ids.get(10_000), (text, id) -> later.add(id));

        assertThat(ids).hasSize(10_050).isSorted().doesNotHaveDuplicates();
        assertThat(later).containsExactlyElementsOf(ids.subList(10_001, 10_050));
        assertThat(memory.units(List.of(ids.get(3), -1L))).singleElement()
                .satisfies(u -> assertThat(u.sourceText()).isEqualTo("문장 3번이다."));
    }

    @Test
    void anArticleLoadsTheMatchesEachSegmentWasLastOffered() {
        long article = article("버스가 늦었다.", "비가 왔다.");
        List<PendingSegment> segments = translations.pending(article);
        long late = segments.get(0).segmentId();
        MemoryMatch human = new MemoryMatch(91, "버스가 조금 늦었다.", "The bus was a little late.", TranslationOrigin.HUMAN);
        MemoryMatch machine = new MemoryMatch(80, "버스가 또 늦었다.", "The bus was late again.", TranslationOrigin.MT);
        memory.recordCandidates(1, Map.of(late, List.of(machine)));

        memory.recordCandidates(2, Map.of(late, List.of(human, machine)));

        List<SegmentPair> pairs = articles.loadBilingual(article, "en-US").blocks().get(0).segments();
        assertThat(pairs.get(0).matches()).containsExactly(human, machine);
        assertThat(pairs.get(1).matches()).isEmpty();
    }

    @Test
    void aReviewedTranslationReplacesWhateverTheSegmentHad() {
        long article = article("버스가 늦었다.");
        PendingSegment s = translations.pending(article).get(0);
        translations.save(List.of(new NewTranslation(s.segmentId(), s.sourceText(), s.sourceHash(), "Bus late.",
                TranslationOrigin.MT, "deepl", null)), 1, "en-US");

        assertThat(translations.replaceWithHuman(s.segmentId(), "The bus was late.")).isTrue();
        assertThat(translations.replaceWithHuman(s.segmentId(), "The bus was late.")).isFalse();

        SegmentPair pair = articles.loadBilingual(article, "en-US").blocks().get(0).segments().get(0);
        assertThat(pair.target()).isEqualTo("The bus was late.");
        assertThat(pair.origin()).isEqualTo(TranslationOrigin.HUMAN);
        assertThat(pair.engine()).isNull();
    }

    @Test
    void findsTheNewestVersionOfASourceByAnyVersionsIdOrByItsName() {
        long run = new RunStore(jdbc).create("in", "test", "tmx", "en-US", "out", "host", 1);
        SegmentedBlock block = new SegmentedBlock(BlockKind.PARAGRAPH, "버스가 늦었다.", List.of("버스가 늦었다."));
        long first = articles.insertIngested(run, "/srv/inbox/2026/seoul.txt", "seoul.txt", "1".repeat(64), 1,
                "text/plain", "UTF-8", "a", null, null, List.of(block));
        long second = articles.insertIngested(run, "/srv/inbox/2026/seoul.txt", "seoul.txt", "2".repeat(64), 2,
                "text/plain", "UTF-8", "a", null, null, List.of(block));
        articles.insertIngested(run, "/tmp/other/seoul.txt", "seoul.txt", "3".repeat(64), 1, "text/plain", "UTF-8",
                "a", null, null, List.of(block));

        assertThat(articles.latestVersionOf(first)).contains(second);
        assertThat(articles.latestVersionsNamed("2026/seoul.txt")).containsExactly(second);
        assertThat(articles.latestVersionsNamed("seoul.txt")).hasSize(2);
        assertThat(articles.latestVersionsNamed("busan.txt")).isEmpty();
    }
}
