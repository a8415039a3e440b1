package dev.hanbridge.translate.driver;

import java.util.ArrayList;
import java.util.List;

import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.TranslationEngine;

/**
 * Groups articles into units of work for {@link TranslationDriver#translate(long, List)}, so that
 * short articles fill requests. Ten-sentence articles sent one by one make ten-segment requests
 * where DeepL takes 50 and Google 1,024: five times the requests, and at a provider's request
 * rate five times the time.
 *
 * <p>When no engine of the chain sends context (Google, Azure, Papago, LibreTranslate; DeepL with
 * {@code send-context=false}), consecutive articles form a unit of at most
 * {@value #REQUESTS_PER_UNIT} requests' worth of segments, judged by the first engine's segment and
 * character limits, and the cuts between units are placed so that the run needs the fewest
 * requests in all (then the fewest units). When an engine sends context (one
 * request carries one article's title and neighbours), or there is no engine at all
 * ({@code none}), each article is a unit of its own.
 */
public final class ArticlePacks {

    /**
     * Requests' worth of segments a unit holds at most. On articles of 0 to 59 segments (DeepL's 50
     * per request) units of at most 4 requests needed 5 % more requests than the minimum, of 8
     * 1.4 %, of 16 0.3 % (ArticlePacksTest); 8 still leaves a 1,000-article run dozens of units to
     * share among the step's threads.
     */
    static final int REQUESTS_PER_UNIT = 8;

    /**
     * The most segments a request is taken to hold when an engine declares no limit (Google's
     * 1,024 is the largest any provider documents), so that such an engine's units stay units.
     */
    static final int UNLIMITED_AS = 1024;

    private ArticlePacks() {
    }

    /** An article waiting for translation, with the segments and characters it has pending. */
    public record Sized(ArticleRef article, int segments, long chars) {
    }

    /** The articles, in their order, as units of work for the chain's engines. */
    public static List<List<ArticleRef>> of(List<Sized> articles, List<TranslationEngine> chain) {
        if (chain.isEmpty() || chain.stream().anyMatch(e -> e.info().usesContext())) {
            return articles.stream().map(a -> List.of(a.article())).toList();
        }
        EngineLimits limits = chain.get(0).info().limits();
        double segmentsPerRequest = Math.min(limits.maxSegments(), UNLIMITED_AS);
        double charsPerRequest = limits.maxChars();
        // fewest[i]: the fewest requests for the first i articles (then the fewest units), and
        // start[i] where the last of those units starts: cut points chosen by dynamic programming.
        int n = articles.size();
        long[] fewest = new long[n + 1];
        int[] unitCount = new int[n + 1];
        int[] start = new int[n + 1];
        for (int end = 1; end <= n; end++) {
            fewest[end] = Long.MAX_VALUE;
            long segments = 0;
            long chars = 0;
            for (int from = end - 1; from >= 0; from--) {
                segments += articles.get(from).segments();
                chars += articles.get(from).chars();
                double requests = Math.max(segments / segmentsPerRequest, chars / charsPerRequest);
                if (from < end - 1 && requests > REQUESTS_PER_UNIT) {
                    break;
                }
                long total = fewest[from] + (long) Math.ceil(requests);
                if (total < fewest[end] || total == fewest[end] && unitCount[from] + 1 < unitCount[end]) {
                    fewest[end] = total;
                    unitCount[end] = unitCount[from] + 1;
                    start[end] = from;
                }
            }
        }
        List<List<ArticleRef>> units = new ArrayList<>();
        for (int end = n; end > 0; end = start[end]) {
            units.add(0, articles.subList(start[end], end).stream().map(Sized::article).toList());
        }
        return units;
    }
}
