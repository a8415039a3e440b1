package dev.hanbridge.app.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.translate.ArticleTranslator;

/**
 * Translates one article's pending segments; every engine answer is stored as it arrives. Called
 * from several threads at once (the step processes a chunk's articles concurrently).
 */
class TranslateArticleProcessor implements ItemProcessor<Long, Long> {

    private final ArticleTranslator translator;
    private final ArticleStore articles;
    private final long runId;
    private final Progress progress;
    private final long total;
    private final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong segments = new java.util.concurrent.atomic.AtomicLong();

    TranslateArticleProcessor(ArticleTranslator translator, ArticleStore articles, long runId, Progress progress,
            long total) {
        this.translator = translator;
        this.articles = articles;
        this.runId = runId;
        this.progress = progress;
        this.total = total;
    }

    @Override
    public Long process(Long articleId) {
        String title = articles.title(articleId).orElse(null);
        ArticleTranslator.Outcome outcome = translator.translate(articleId, title, runId);
        long translated = segments.addAndGet(outcome.fromMemory() + outcome.machineTranslated());
        progress.update("translate", done.incrementAndGet(), total,
                translated + " segments translated by " + translator.engine().id() + " or memory");
        return articleId;
    }
}
