package dev.hanbridge.app.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import dev.hanbridge.common.ArticleStatus;
import dev.hanbridge.common.EngineUsage;
import dev.hanbridge.export.ArticleExporter;
import dev.hanbridge.export.ExportedFile;
import dev.hanbridge.ingest.Ingestor;
import dev.hanbridge.ingest.Source;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.ExportFileStore.ExportFileRow;
import dev.hanbridge.store.ExportFileStore;
import dev.hanbridge.store.GlossaryStore;
import dev.hanbridge.store.PendingArticle;
import dev.hanbridge.store.QaStore;
import dev.hanbridge.store.RunStore;
import dev.hanbridge.store.SourceClaims;
import dev.hanbridge.store.SpendLimits;
import dev.hanbridge.store.TranslationStore;
import dev.hanbridge.store.UsageStore;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.driver.ArticlePacks;
import dev.hanbridge.translate.driver.ArticleRef;
import dev.hanbridge.translate.driver.SpendLimit;
import dev.hanbridge.translate.driver.TranslationDriver;
import dev.hanbridge.translate.memory.FuzzyMemory;
import dev.hanbridge.translate.memory.MemoryUnits;
import dev.hanbridge.translate.qa.QaChecker;
import dev.hanbridge.translate.qa.QaLedger;
import dev.hanbridge.translate.qa.QaRecorder;

/**
 * The {@code translate} job: ingest, translate, export, bundle. Its identifying parameter is the
 * run id, whose stored record holds the inputs, engine and formats, so a restart runs with the
 * same settings. Each step reads the run's articles by status when it starts, which is what makes
 * a restart resume where a crash left off.
 *
 * <p>Over 300 lines because it is the whole job in reading order (the Spring Batch samples keep
 * one configuration class per job): each step with its reader, processor and writer beans; the
 * work itself is in the small classes those beans create.
 */
@Configuration(proxyBeanMethods = false)
public class TranslateJobConfig {

    public static final String JOB_NAME = "translate";
    public static final String RUN_ID = "run.id";
    private static final String RUN_ID_SPEL = "#{jobParameters['" + RUN_ID + "']}";
    private static final String PARTITION_SPEL = "#{stepExecutionContext['" + Partitions.PARTITION + "']}";
    private static final String PARTITIONS_SPEL = "#{stepExecutionContext['" + Partitions.PARTITIONS + "']}";

    /** Sources per ingest transaction: small, since one source can be a large document. */
    private static final int INGEST_CHUNK = 20;

    /**
     * Items per translate/export transaction: units of work (one or several articles) for
     * translate, articles for export. Translations are committed on their own as each engine
     * answer arrives, so a crash inside a chunk loses only status updates: the restart finds those
     * articles again, sends nothing twice and rewrites their files under the same names.
     */
    private static final int ARTICLE_CHUNK = 50;

    @Bean
    Job translateJob(JobRepository jobRepository, Step ingestStep, Step translateStep, Step exportStep,
            Step bundleStep, RunStore runs) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void beforeJob(JobExecution execution) {
                        // Who works on the run now: a later process uses it to tell a crash from a live run.
                        runs.attachJobExecution(execution.getJobParameters().getLong(RUN_ID), execution.getId(),
                                RunOwner.host(), RunOwner.pid());
                    }
                })
                .start(ingestStep).next(translateStep).next(exportStep).next(bundleStep)
                .build();
    }

    // ---- ingest

    /** Ingest partitions run at once. Default: one per core. */
    @Bean
    ThreadPoolTaskExecutor ingestExecutor(@Value("${hanbridge.ingest.threads:0}") int threads) {
        return executor("ingest-", threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    }

    /**
     * Articles translated at once: engines are I/O-bound. The driver they share keeps the
     * engine's rate limits for all of them, and a sentence two articles in flight share is sent
     * once (the second waits for the first's answer).
     */
    @Bean
    ThreadPoolTaskExecutor translateExecutor(@Value("${hanbridge.translate.threads:4}") int threads) {
        return executor("translate-", Math.max(1, threads));
    }

    /** Rendering and writing the files of a chunk's articles, one thread per core. */
    @Bean
    ThreadPoolTaskExecutor exportExecutor(@Value("${hanbridge.export.threads:0}") int threads) {
        return executor("export-", threads > 0 ? threads : Runtime.getRuntime().availableProcessors());
    }

    private static ThreadPoolTaskExecutor executor(String prefix, int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix(prefix);
        executor.setDaemon(true);
        return executor;
    }

    /**
     * The ingest step runs as partitions, one per thread, each taking the sources whose path
     * hashes to it: extraction is CPU-bound and writing a source's rows is a good share of the
     * work, so each partition reads, extracts and writes on its own (measured with
     * bench/pipeline.sh: threads processing one chunk's items left the writer serial).
     */
    @Bean
    Step ingestStep(JobRepository jobRepository, Step ingestPartitionStep, ThreadPoolTaskExecutor ingestExecutor,
            RunStore runs, ExportFileStore files, Progress progress) {
        return new StepBuilder("ingest", jobRepository)
                .partitioner("ingest-partition", SourceReader::partitions)
                .step(ingestPartitionStep)
                .gridSize(ingestExecutor.getCorePoolSize())
                .taskExecutor(ingestExecutor)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        // The partitions' counts, added up: a source read but not written was skipped.
                        long skipped = step.getReadCount() - step.getWriteCount();
                        long runId = step.getJobParameters().getLong(RUN_ID);
                        runs.setSkipped(runId, skipped);
                        Takeovers.afterIngest(step, runs, files);
                        progress.done("ingest", step.getReadCount(), -1,
                                "sources read, " + skipped + " unchanged and skipped" + took(step));
                        return step.getExitStatus();
                    }
                })
                .build();
    }

    @Bean
    Step ingestPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactions,
            ItemStreamReader<Source> sourceReader, ItemProcessor<Source, IngestItem> ingestProcessor,
            ItemWriter<IngestItem> ingestWriter) {
        return new StepBuilder("ingest-partition", jobRepository)
                .<Source, IngestItem>chunk(INGEST_CHUNK)
                .transactionManager(transactions)
                .reader(sourceReader)
                .processor(ingestProcessor)
                .writer(ingestWriter)
                .build();
    }

    @Bean
    @StepScope
    ItemStreamReader<Source> sourceReader(@Value(RUN_ID_SPEL) Long runId,
            @Value("#{stepExecutionContext['" + SourceReader.PARTITION + "']}") Integer partition,
            @Value("#{stepExecutionContext['" + SourceReader.PARTITIONS + "']}") Integer partitions, RunStore runs) {
        return new SourceReader(context(runs, runId).inputs(), partition, partitions);
    }

    @Bean
    @StepScope
    ItemProcessor<Source, IngestItem> ingestProcessor(@Value(RUN_ID_SPEL) Long runId, RunStore runs,
            ArticleStore articles, Ingestor ingestor, EngineRegistry registry, EngineSettings settings,
            Progress progress, SourceClaims claims) {
        RunContext run = context(runs, runId);
        boolean machineTranslates = !registry.create(run.engine(), settings).isEmpty();
        IngestProcessor processor = new IngestProcessor(articles, ingestor, runId, machineTranslates, claims);
        return source -> {
            progress.update("ingest", -1, -1, source.name());
            return processor.process(source);
        };
    }

    @Bean
    @StepScope
    ItemWriter<IngestItem> ingestWriter(@Value(RUN_ID_SPEL) Long runId, ArticleStore articles, RunStore runs) {
        return new IngestWriter(articles, runs, runId);
    }

    // ---- translate

    /**
     * Items are units of work: one article, or for engines that take no context several short
     * articles whose segments share requests (see {@link ArticlePacks}). The writer marks a unit's
     * articles translated once the driver has stored every answer for them; a crash inside a unit
     * leaves them all pending, and the restart sends only what was not stored.
     */
    @Bean
    Step translateStep(JobRepository jobRepository, PlatformTransactionManager transactions,
            ItemReader<List<ArticleRef>> translateReader, ItemProcessor<List<ArticleRef>, List<Long>> translateProcessor,
            ArticleStore articles, ThreadPoolTaskExecutor translateExecutor, Progress progress,
            TranslatedNothingCheck translatedNothing) {
        return new StepBuilder("translate", jobRepository)
                .<List<ArticleRef>, List<Long>>chunk(ARTICLE_CHUNK)
                .transactionManager(transactions)
                .reader(translateReader)
                .processor(translateProcessor)
                .taskExecutor(translateExecutor)
                .writer(chunk -> articles.setStatus(chunk.getItems().stream().flatMap(List::stream).toList(),
                        ArticleStatus.TRANSLATED))
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        // Counted in articles, not in the step's items (units)
                        Map<ArticleStatus, Long> counts = articles.countByStatus(step.getJobParameters().getLong(RUN_ID));
                        long translated = counts.getOrDefault(ArticleStatus.TRANSLATED, 0L);
                        progress.done("translate", translated,
                                translated + counts.getOrDefault(ArticleStatus.INGESTED, 0L), "articles" + took(step));
                        return step.getExitStatus();
                    }
                })
                .listener(translatedNothing)
                .listener(new LimitStop())
                .build();
    }

    @Bean
    TranslatedNothingCheck translatedNothingCheck(RunStore runs, UsageStore usage, TranslationStore translations) {
        return new TranslatedNothingCheck(runs, usage, translations);
    }

    @Bean
    @StepScope
    ItemReader<List<ArticleRef>> translateReader(@Value(RUN_ID_SPEL) Long runId, RunStore runs, ArticleStore articles,
            EngineRegistry registry, EngineSettings settings, @Value(PARTITION_SPEL) Integer partition,
            @Value(PARTITIONS_SPEL) Integer partitions) {
        List<TranslationEngine> chain = registry.create(context(runs, runId).engine(), settings);
        // A partition of a distributed run (app/distributed) packs the articles of its own share.
        List<PendingArticle> pendingArticles = partition == null || partitions == null ? articles.pendingOf(runId)
                : articles.pendingOf(runId, partition, partitions);
        List<ArticlePacks.Sized> pending = pendingArticles.stream()
                .map(a -> new ArticlePacks.Sized(new ArticleRef(a.id(), a.title()), a.segments(), a.chars()))
                .toList();
        return new ListItemReader<>(ArticlePacks.of(pending, chain));
    }

    @Bean
    @StepScope
    ItemProcessor<List<ArticleRef>, List<Long>> translateProcessor(@Value(RUN_ID_SPEL) Long runId, RunStore runs,
            ArticleStore articles, dev.hanbridge.translate.TranslationLedger translations, dev.hanbridge.translate.UsageLedger usage, GlossaryStore glossary,
            QaLedger qa, EngineRegistry registry, EngineSettings settings, Progress progress, MemoryUnits memory,
            FuzzyMemory.Policy fuzzyPolicy, UsageStore usageStore, @Value(PARTITION_SPEL) Integer partition,
            @Value(PARTITIONS_SPEL) Integer partitions, ObjectProvider<SharedTranslation> sharing) {
        RunContext run = context(runs, runId);
        List<TranslationEngine> chain = registry.create(run.engine(), settings);
        // One driver for the step, shared by its threads: it holds the engines' rate limiters and
        // health, the sentences in flight, the spend limit (which counts what the run spent before a
        // restart too) and the fuzzy index of the run's target language (built on first use). A
        // partition of a distributed run shares the sentences in flight and the limit with the
        // run's other partitions through the database too, and the fuzzy index with the worker's
        // other partitions.
        SharedTranslation shared = partition == null ? null : sharing.getIfAvailable();
        SpendLimits limits = runs.limits(runId);
        List<EngineUsage> spent = usageStore.ofRun(runId);
        long spentCharacters = spent.stream().mapToLong(EngineUsage::characters).sum();
        long spentTokens = spent.stream().mapToLong(EngineUsage::tokens).sum();
        SpendLimit spend = shared != null ? shared.spendLimit(runId, limits, spentCharacters, spentTokens)
                : SpendLimit.of(limits.maxCharacters() == null ? 0 : limits.maxCharacters(),
                        limits.maxTokens() == null ? 0 : limits.maxTokens(), spentCharacters, spentTokens);
        Map<String, String> terms = glossary.all();
        FuzzyMemory fuzzy = shared != null
                ? shared.fuzzyMemory(run.targetLang(), () -> new FuzzyMemory(memory, run.targetLang(), fuzzyPolicy))
                : new FuzzyMemory(memory, run.targetLang(), fuzzyPolicy);
        TranslationDriver.Builder builder = TranslationDriver.builder(translations, chain, run.targetLang())
                .usage(usage).glossary(terms).fuzzy(fuzzy)
                .qa(new QaRecorder(qa, new QaChecker(), terms)).spendLimit(spend)
                .warnings(warning -> runs.addWarning(runId, warning));
        if (shared != null) {
            builder.claims(shared.claims(), shared.claimPoll());
        }
        TranslationDriver driver = builder.build();
        return new TranslateArticleProcessor(driver, run.engine(), runId, progress,
                ids(articles, runId, ArticleStatus.INGESTED, partition, partitions).size());
    }

    /**
     * What runs do with fuzzy memory matches; checked when the application starts (not lazy, unlike
     * the context's other beans: a wrong setting stops every command before a run begins).
     */
    @Bean
    @Lazy(false)
    FuzzyMemory.Policy fuzzyPolicy(@Value("${hanbridge.memory.fuzzy-min:75}") int min,
            @Value("${hanbridge.memory.fuzzy-candidates:3}") int candidates,
            @Value("${hanbridge.memory.fuzzy-apply-above:0}") int applyAbove) {
        return new FuzzyMemory.Policy(min, candidates, applyAbove);
    }

    // ---- export

    @Bean
    Step exportStep(JobRepository jobRepository, PlatformTransactionManager transactions,
            ItemReader<Long> exportReader, ItemProcessor<Long, ExportArticleProcessor.Exported> exportProcessor,
            ItemWriter<ExportArticleProcessor.Exported> exportWriter, ThreadPoolTaskExecutor exportExecutor,
            RunStore runs, ExportFileStore files, Progress progress) {
        return new StepBuilder("export", jobRepository)
                .<Long, ExportArticleProcessor.Exported>chunk(ARTICLE_CHUNK)
                .transactionManager(transactions)
                .reader(exportReader)
                .processor(exportProcessor)
                .taskExecutor(exportExecutor)
                .writer(exportWriter)
                .listener(doneLine("export", progress))
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution step) {
                        // A restart: what a killed attempt wrote and never recorded goes first
                        // (articles since taken over by another run, temporary files); the rest
                        // is written again under the same names. A partition of a distributed run
                        // leaves this to its manager, which does it once before any partition
                        // starts: here it would take the files other partitions have written and
                        // not yet recorded for orphans.
                        if (Partitions.isPartition(step)) {
                            return;
                        }
                        runs.find(step.getJobParameters().getLong(RUN_ID))
                                .ifPresent(run -> OrphanExports.remove(run, files, true));
                    }
                })
                .build();
    }

    @Bean
    @StepScope
    ItemReader<Long> exportReader(@Value(RUN_ID_SPEL) Long runId, ArticleStore articles,
            @Value(PARTITION_SPEL) Integer partition, @Value(PARTITIONS_SPEL) Integer partitions) {
        return new ListItemReader<>(ids(articles, runId, ArticleStatus.TRANSLATED, partition, partitions));
    }

    /**
     * The run's articles with {@code status}, or one partition of them when the step runs as a
     * partition of a distributed run (app/distributed sends this step to workers as it is).
     */
    private static List<Long> ids(ArticleStore articles, long runId, ArticleStatus status, Integer partition,
            Integer partitions) {
        return partition == null || partitions == null ? articles.idsOf(runId, status)
                : articles.idsOf(runId, status, partition, partitions);
    }

    @Bean
    @StepScope
    ItemProcessor<Long, ExportArticleProcessor.Exported> exportProcessor(@Value(RUN_ID_SPEL) Long runId,
            RunStore runs, ArticleStore articles, Progress progress) {
        RunContext run = context(runs, runId);
        return new ExportArticleProcessor(articles, new ArticleExporter(run.formats(), run.provenance()), run, progress,
                articles.idsOf(runId, ArticleStatus.TRANSLATED).size());
    }

    @Bean
    @StepScope
    ItemWriter<ExportArticleProcessor.Exported> exportWriter(@Value(RUN_ID_SPEL) Long runId, ArticleStore articles,
            ExportFileStore files) {
        return chunk -> {
            List<ExportFileRow> rows = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            for (ExportArticleProcessor.Exported exported : chunk) {
                for (ExportedFile file : exported.files()) {
                    rows.add(new ExportFileRow(runId, exported.articleId(), file.format().id(), file.path().toString(),
                            file.size(), file.sha256()));
                }
                ids.add(exported.articleId());
            }
            files.recordAll(rows);
            articles.setStatus(ids, ArticleStatus.EXPORTED);
        };
    }

    // ---- bundle

    @Bean
    Step bundleStep(JobRepository jobRepository, PlatformTransactionManager transactions, Tasklet bundleTasklet,
            Progress progress) {
        return new StepBuilder("bundle", jobRepository).tasklet(bundleTasklet, transactions)
                .listener(new StepExecutionListener() {
                    @Override
                    public ExitStatus afterStep(StepExecution step) {
                        progress.done("bundle", 1, 1, "zip and manifest" + took(step));
                        return step.getExitStatus();
                    }
                })
                .build();
    }

    @Bean
    @StepScope
    Tasklet bundleTasklet(@Value(RUN_ID_SPEL) Long runId, RunStore runs, ArticleStore articles,
            TranslationStore translations, ExportFileStore files, QaStore qa) {
        return new BundleTasklet(context(runs, runId), runs, articles, translations, files, qa);
    }

    private static RunContext context(RunStore runs, Long runId) {
        return RunContext.of(runs.find(runId).orElseThrow(() -> new IllegalStateException("no run " + runId)));
    }

    private static String took(StepExecution step) {
        if (step.getStartTime() == null) {
            return "";
        }
        long ms = java.time.Duration.between(step.getStartTime(), java.time.LocalDateTime.now()).toMillis();
        return String.format(" (%.1f s)", ms / 1000.0);
    }

    private static StepExecutionListener doneLine(String step, Progress progress) {
        return new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution execution) {
                progress.done(step, execution.getWriteCount(), execution.getReadCount(), "articles" + took(execution));
                return execution.getExitStatus();
            }
        };
    }
}
