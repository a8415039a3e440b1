package dev.hanbridge.app.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import dev.hanbridge.translate.driver.ArticleRef;
import dev.hanbridge.translate.driver.Outcome;
import dev.hanbridge.translate.driver.TranslationDriver;

/**
 * Translates the pending segments of a unit of work (one article, or several short ones that share
 * requests); every engine answer is stored as it arrives. Called from several threads at once (the
 * step processes a chunk's units concurrently).
 */
class TranslateArticleProcessor implements ItemProcessor<List<ArticleRef>, List<Long>> {

    private final TranslationDriver driver;
    private final String engine;
    private final long runId;
    private final Progress progress;
    private final long total;
    private final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong segments = new java.util.concurrent.atomic.AtomicLong();

    /** @param engine the run's engine choice, for the progress line */
    TranslateArticleProcessor(TranslationDriver driver, String engine, long runId, Progress progress, long total) {
        this.driver = driver;
        this.engine = engine;
        this.runId = runId;
        this.progress = progress;
        this.total = total;
    }

    /** @return the unit's article ids, for the writer to mark translated */
    @Override
    public List<Long> process(List<ArticleRef> unit) {
        Outcome outcome = driver.translate(runId, unit);
        long translated = segments.addAndGet(outcome.fromMemory() + outcome.machineTranslated());
        progress.update("translate", done.addAndGet(unit.size()), total,
                translated + " segments translated by " + engine + " or memory");
        return unit.stream().map(ArticleRef::id).toList();
    }
}
