package dev.hanbridge.translate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code --engine deepl,google}: the first engine translates, and what it rejects for good goes to
 * the next. {@link ArticleTranslator} drives the chain segment by segment through {@link #chain()},
 * with each engine's own limits, rate and usage; {@link #translate} is the whole-batch form for a
 * caller that drives it as one engine.
 */
final class FallbackEngine implements TranslationEngine {

    private final List<TranslationEngine> engines;
    private final String id;

    FallbackEngine(List<TranslationEngine> engines) {
        if (engines.size() < 2) {
            throw new IllegalArgumentException("a fallback chain needs two engines or more");
        }
        this.engines = List.copyOf(engines);
        this.id = engines.stream().map(TranslationEngine::id).collect(Collectors.joining(","));
    }

    @Override
    public String id() {
        return id;
    }

    /** The first engine's limits: a batch cut for it is what goes out first. */
    @Override
    public EngineLimits limits() {
        return engines.get(0).limits();
    }

    @Override
    public List<String> translate(TranslationRequest request) {
        return translateWithUsage(request).targets();
    }

    @Override
    public TranslationReply translateWithUsage(TranslationRequest request) {
        PermanentTranslationException last = null;
        for (TranslationEngine engine : engines) {
            try {
                return engine.translateWithUsage(request);
            } catch (PermanentTranslationException rejected) {
                last = rejected;
            }
        }
        throw last;
    }

    @Override
    public boolean usesContext() {
        return engines.stream().anyMatch(TranslationEngine::usesContext);
    }

    @Override
    public List<TranslationEngine> chain() {
        return engines;
    }
}
