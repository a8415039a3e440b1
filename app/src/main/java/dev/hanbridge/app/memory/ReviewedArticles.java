package dev.hanbridge.app.memory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.SegmentKeys;
import dev.hanbridge.common.SegmentPair;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.store.ArticleRow;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.TranslationStore;
import dev.hanbridge.translate.memory.TmEntry;

/**
 * Puts reviewed translations back on the articles they were exported from: the newest version of the
 * source, found by the article id the file records (when that article's source has the file's name),
 * else by the source's name when one source has it; the segment by its key, else by being the one
 * segment of that version with the same sentence.
 */
final class ReviewedArticles {

    private final ArticleStore articles;
    private final TranslationStore translations;
    private final String targetLang;
    private final Map<String, Optional<Version>> versions = new HashMap<>();
    private final Set<Long> touched = new HashSet<>();

    ReviewedArticles(ArticleStore articles, TranslationStore translations, String targetLang) {
        this.articles = articles;
        this.translations = translations;
        this.targetLang = targetLang;
    }

    /** One version's segments by key, and by the hash of their sentence. */
    private record Version(long articleId, Map<String, Long> byKey, Map<String, List<Long>> byHash) {
    }

    /**
     * Makes {@code target} the human translation of the entry's segment in the newest version of its
     * article.
     *
     * @return false when the entry names no article in the database, the article has no such segment
     *     any more, or the segment had that translation already
     */
    boolean apply(TmEntry entry, String target) {
        Optional<Version> version = versions.computeIfAbsent(articleId(entry) + "|" + entry.original(),
                k -> find(articleId(entry), entry.original()));
        if (version.isEmpty()) {
            return false;
        }
        String hash = KoreanText.hash(entry.source());
        Long segment = entry.id() == null ? null : version.get().byKey().get(entry.id());
        if (segment == null || !version.get().byHash().getOrDefault(hash, List.of()).contains(segment)) {
            List<Long> same = version.get().byHash().getOrDefault(hash, List.of());
            segment = same.size() == 1 ? same.get(0) : null;
        }
        if (segment == null || !translations.replaceWithHuman(segment, target)) {
            return false;
        }
        touched.add(version.get().articleId());
        return true;
    }

    /** How many articles got a reviewed translation so far. */
    int articlesChanged() {
        return touched.size();
    }

    private Optional<Version> find(Long articleId, String original) {
        Optional<Long> latest = Optional.empty();
        if (articleId != null) {
            Optional<ArticleRow> row = articles.row(articleId);
            if (row.isPresent() && named(row.get().sourceUri(), original)) {
                latest = articles.latestVersionOf(articleId);
            }
        }
        if (latest.isEmpty() && original != null) {
            List<Long> named = articles.latestVersionsNamed(original);
            if (named.size() == 1) {
                latest = Optional.of(named.get(0));
            }
        }
        return latest.map(this::load);
    }

    private Version load(long articleId) {
        BilingualArticle article = articles.loadBilingual(articleId, targetLang);
        Map<String, Long> byKey = new HashMap<>();
        SegmentKeys.of(article).forEach((segment, key) -> byKey.put(key, segment));
        Map<String, List<Long>> byHash = new HashMap<>();
        for (var block : article.blocks()) {
            for (SegmentPair s : block.segments()) {
                byHash.computeIfAbsent(KoreanText.hash(s.source()), h -> new java.util.ArrayList<>()).add(s.segmentId());
            }
        }
        return new Version(articleId, byKey, byHash);
    }

    /** Whether the stored source is the one the file names (its name relative to a run's input). */
    private static boolean named(String sourceUri, String original) {
        if (original == null) {
            return true;
        }
        String uri = sourceUri.replace('\\', '/');
        String name = original.replace('\\', '/');
        return uri.equals(name) || uri.endsWith("/" + name);
    }

    private static Long articleId(TmEntry entry) {
        Map<String, String> p = entry.properties();
        String id = p.getOrDefault("hanbridge:article/articleId", p.get("x-hanbridge-article-id"));
        if (id == null) {
            return null;
        }
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return null; // not a number we wrote
        }
    }
}
