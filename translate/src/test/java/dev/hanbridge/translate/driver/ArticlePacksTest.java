package dev.hanbridge.translate.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.ScriptedEngine;
import dev.hanbridge.translate.TranslationEngine;

/** How the translate step groups a run's articles into units of work for the driver. */
class ArticlePacksTest {

    private static final EngineLimits DEEPL = new EngineLimits(50, 120_000, 128 * 1024, 10);
    private static final EngineLimits GOOGLE = new EngineLimits(1024, 30_000, Integer.MAX_VALUE, 10);

    private static List<TranslationEngine> engine(EngineLimits limits) {
        return List.of(new ScriptedEngine("e", limits, texts -> texts));
    }

    /** {@code n} articles, the i-th with {@code segments.applyAsInt(i)} segments of 60 characters. */
    private static List<ArticlePacks.Sized> articles(int n, IntUnaryOperator segments) {
        List<ArticlePacks.Sized> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int s = segments.applyAsInt(i);
            articles.add(new ArticlePacks.Sized(new ArticleRef(i + 1, "제목 " + i), s, 60L * s));
        }
        return articles;
    }

    /** Requests the units need at {@code perRequest} segments each. */
    private static int requests(List<List<ArticleRef>> units, List<ArticlePacks.Sized> articles, int perRequest) {
        int requests = 0;
        for (List<ArticleRef> unit : units) {
            int segments = unit.stream().mapToInt(a -> articles.get((int) a.id() - 1).segments()).sum();
            requests += (segments + perRequest - 1) / perRequest;
        }
        return requests;
    }

    @Test
    void tenSegmentArticlesFillEveryRequest() {
        var articles = articles(100, i -> 10);

        var units = ArticlePacks.of(articles, engine(DEEPL));

        assertThat(units).hasSize(3); // at most 8 requests' worth: 40 articles
        assertThat(units).flatExtracting(u -> u).hasSize(100);
        assertThat(requests(units, articles, 50)).isEqualTo(20); // 1,000 segments / 50: the minimum
    }

    @Test
    void unitsAreCutWhereTheirLastRequestIsFull() {
        var articles = articles(20, i -> 30);

        var units = ArticlePacks.of(articles, engine(DEEPL));

        // 10 x 30 = 300 segments fill 6 requests; 13 x 30 = 390, the most of 8 requests' worth,
        // would leave the last one 40 of 50 empty
        assertThat(units).allSatisfy(unit -> assertThat(unit).hasSize(10));
        assertThat(requests(units, articles, 50)).isEqualTo(12);
    }

    @Test
    void theCharacterLimitCutsUnitsWhenItBindsFirst() {
        // Google: 1,024 strings but 30,000 characters; ten 60-character segments are 600 characters
        var articles = articles(200, i -> 10);

        var units = ArticlePacks.of(articles, engine(GOOGLE));

        // 50 articles are 30,000 characters, one request; a unit holds 8 requests' worth
        assertThat(units).extracting(List::size).containsExactly(200);
    }

    @Test
    void anArticleLongerThanAUnitIsAUnitOfItsOwn() {
        var articles = articles(5, i -> i == 2 ? 900 : 10);

        var units = ArticlePacks.of(articles, engine(DEEPL));

        assertThat(units).extracting(List::size).containsExactly(2, 1, 2);
        assertThat(units.get(1)).extracting(ArticleRef::id).containsExactly(3L);
    }

    @Test
    void everyArticleIsInExactlyOneUnitInItsOrder() {
        Random random = new Random(15);
        var articles = articles(1000, i -> random.nextInt(60));

        var units = ArticlePacks.of(articles, engine(DEEPL));

        List<ArticleRef> flat = new ArrayList<>();
        units.forEach(flat::addAll);
        assertThat(flat).containsExactlyElementsOf(articles.stream().map(ArticlePacks.Sized::article).toList());
        assertThat(units).allSatisfy(unit -> assertThat(unit.stream()
                .mapToInt(a -> articles.get((int) a.id() - 1).segments()).sum()).isLessThanOrEqualTo(400));
        // within 2 % of the minimum, where one unit per article needs 1.9 times as many
        int total = articles.stream().mapToInt(ArticlePacks.Sized::segments).sum();
        assertThat(requests(units, articles, 50)).isLessThanOrEqualTo((int) Math.ceil(total / 50.0 * 1.02));
        assertThat(requests(articles.stream().map(a -> List.of(a.article())).toList(), articles, 50))
                .isGreaterThan((int) (total / 50.0 * 1.8));
    }

    @Test
    void articlesStayAloneWhenAnEngineOfTheChainSendsContext() {
        var articles = articles(10, i -> 10);
        List<TranslationEngine> chain = List.of(new ScriptedEngine("plain", DEEPL, texts -> texts),
                new ScriptedEngine("llm", DEEPL, texts -> texts).usingContext());

        assertThat(ArticlePacks.of(articles, chain)).hasSize(10).allSatisfy(unit -> assertThat(unit).hasSize(1));
    }

    @Test
    void articlesStayAloneWithoutAnEngine() {
        assertThat(ArticlePacks.of(articles(10, i -> 10), List.of())).hasSize(10);
    }

    @Test
    void articlesWithNothingPendingJoinAUnit() {
        var articles = articles(12, i -> i % 3 == 0 ? 0 : 25);

        var units = ArticlePacks.of(articles, engine(DEEPL));

        assertThat(units).hasSize(1); // 8 x 25 segments: 4 full requests
        assertThat(requests(units, articles, 50)).isEqualTo(4);
        assertThat(units.get(0)).extracting(ArticleRef::id).contains(1L, 4L, 7L, 10L);
    }
}
