package dev.hanbridge.app.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.translate.driver.ArticleRef;
import dev.hanbridge.translate.driver.Outcome;
import dev.hanbridge.translate.driver.TranslationDriver;

/**
 * Translates one article's pending segments; every engine answer is stored as it arrives. Called
 * from several threads at once (the step processes a chunk's articles concurrently).
 */
class TranslateArticleProcessor implements ItemProcessor<Long, Long> {

    private final TranslationDriver driver;
    private final String engine;
    private final ArticleStore articles;
    private final long runId;
    private final Progress progress;
    private final long total;
    private final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong segments = new java.util.concurrent.atomic.AtomicLong();

    /** @param engine the run's engine choice, for the progress line */
    TranslateArticleProcessor(TranslationDriver driver, String engine, ArticleStore articles, long runId,
            Progress progress, long total) {
        this.driver = driver;
        this.engine = engine;
        this.articles = articles;
        this.runId = runId;
        this.progress = progress;
        this.total = total;
    }

    @Override
    public Long process(Long articleId) {
        String title = articles.title(articleId).orElse(null);
        Outcome outcome = driver.translate(runId, List.of(new ArticleRef(articleId, title)));
        long translated = segments.addAndGet(outcome.fromMemory() + outcome.machineTranslated());
        progress.update("translate", done.incrementAndGet(), total,
                translated + " segments translated by " + engine + " or memory");
        return articleId;
    }
}
