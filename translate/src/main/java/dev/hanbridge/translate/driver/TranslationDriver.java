package dev.hanbridge.translate.driver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.hanbridge.common.MemoryMatch;
import dev.hanbridge.common.NewTranslation;
import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.translate.SentenceClaims;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationLedger;
import dev.hanbridge.translate.UsageLedger;
import dev.hanbridge.translate.memory.FuzzyMemory;
import dev.hanbridge.translate.qa.QaRecorder;

/**
 * Translates articles' pending segments: a segment without Korean in it (a label such as
 * {@code IT}, a URL, a date, a number) is copied as it is and sent nowhere; then exact translation
 * memory; then fuzzy matches (offered to the engines as references and recorded for the exports;
 * taken as the translation only where the policy says); then the engines of the chain, in batches
 * cut to each engine's limits. Every answer is stored before the next request goes out, so a restart
 * never pays again for an answer it got; after a crash, only the requests in flight at that moment
 * (one per thread) are sent again. With an empty chain (the prepare-only {@code none}) only copying
 * and memory are applied.
 *
 * <p>One driver serves a whole run and is shared by its threads: it holds each engine's rate
 * limiter, so all threads together stay under the engine's limits, and the sentences in flight,
 * so a sentence two threads need is sent once. With {@link Builder#claims claims}, a sentence
 * another process is sending is awaited too.
 */
public final class TranslationDriver {

    private final TranslationLedger ledger;
    private final UsageLedger usage;
    private final List<Link> chain;
    private final MemoryLookup memory;
    private final FuzzyLookup fuzzy;
    private final InFlight inFlight = new InFlight();
    private final SharedSentences shared;
    private final ChainSender sender;
    private final String targetLang;
    private final QaRecorder qa;

    private TranslationDriver(Builder b) {
        this.ledger = b.ledger;
        this.usage = b.usage;
        this.chain = b.chain.stream().map(Link::of).toList();
        this.memory = new MemoryLookup(b.ledger, b.targetLang);
        this.fuzzy = b.fuzzy == null ? null : new FuzzyLookup(b.fuzzy, b.ledger, b.targetLang);
        this.targetLang = b.targetLang;
        this.sender = new ChainSender(chain, new RetryingCall(b.retry, b.spend), b.ledger, b.targetLang, b.glossary,
                b.warnings);
        this.qa = b.qa;
        this.shared = b.claims == null ? null : new SharedSentences(b.claims, b.targetLang, b.claimPoll);
    }

    /**
     * @param ledger where pending segments are read and every translation is stored
     * @param chain the engines to try in order ({@code EngineRegistry.create}); empty for prepare-only
     * @param targetLang BCP 47, e.g. {@code en}
     */
    public static Builder builder(TranslationLedger ledger, List<TranslationEngine> chain, String targetLang) {
        return new Builder(ledger, chain, targetLang);
    }

    /**
     * Translates the pending segments of {@code articles} as one unit of work. When no engine of
     * the chain uses context (Google, Azure, Papago, LibreTranslate; DeepL with
     * {@code send-context=false}), the articles' segments share requests, so short articles fill
     * batches: fewer requests, as fast as the rate limit allows. Otherwise they are translated one
     * by one, each request carrying its own article's title and neighbouring segments.
     *
     * <p>Then, with {@link Builder#qa QA} set, each article's stored translations that the checks have not
     * seen are checked and their findings recorded: a translation is checked before its article counts
     * as translated, and an article a crash interrupted is caught up on when it comes back here.
     *
     * @return the figures of all the articles together; their usage is also added to the run's
     * @throws dev.hanbridge.translate.EngineConfigurationException when an engine is misconfigured
     * @throws dev.hanbridge.translate.QuotaExceededException when an account's quota is used up
     * @throws SpendLimitReachedException when the next request would pass the run's spend limit
     */
    public Outcome translate(long runId, List<ArticleRef> articles) {
        Outcome outcome = translateOnly(runId, articles);
        if (qa != null) {
            qa.check(articles.stream().map(ArticleRef::id).toList());
        }
        return outcome;
    }

    private Outcome translateOnly(long runId, List<ArticleRef> articles) {
        boolean pack = articles.size() > 1 && chain.stream().noneMatch(l -> l.engine().info().usesContext());
        if (pack) {
            List<PendingSegment> pending = new ArrayList<>();
            for (ArticleRef a : articles) {
                pending.addAll(ledger.pending(a.id()));
            }
            return translate(pending, null, runId);
        }
        Outcome total = Outcome.NONE;
        for (ArticleRef a : articles) {
            total = total.plus(translate(ledger.pending(a.id()), a.title(), runId));
        }
        return total;
    }

    private Outcome translate(List<PendingSegment> pending, String title, long runId) {
        if (pending.isEmpty()) {
            return Outcome.NONE;
        }
        Tally tally = new Tally(chain);
        try {
            List<PendingSegment> rest = memory.apply(copyWithoutKorean(pending, runId, tally), runId, tally);
            Map<Long, List<MemoryMatch>> references = Map.of();
            if (!rest.isEmpty() && fuzzy != null) {
                FuzzyLookup.Result found = fuzzy.apply(rest, runId, tally);
                rest = found.rest();
                references = found.references();
            }
            if (!rest.isEmpty() && !chain.isEmpty()) {
                Window window = new Window(title, pending, references);
                UnaryOperator<List<PendingSegment>> fromMemory = some -> memory.apply(some, runId, tally);
                Consumer<List<PendingSegment>> send = some -> sender.send(some, window, runId, tally);
                inFlight.sendOnce(rest, fromMemory,
                        shared == null ? send : some -> shared.sendOnce(some, fromMemory, send));
            }
        } finally {
            tally.addTo(usage, runId);
        }
        return tally.outcome(pending.size());
    }

    /** Stores the segments without Korean as their own targets and returns the rest, in order. */
    private List<PendingSegment> copyWithoutKorean(List<PendingSegment> pending, long runId, Tally tally) {
        List<NewTranslation> copies = new ArrayList<>();
        List<PendingSegment> rest = new ArrayList<>(pending.size());
        for (PendingSegment s : pending) {
            if (KoreanText.containsKorean(s.sourceText())) {
                rest.add(s);
            } else {
                copies.add(new NewTranslation(s.segmentId(), s.sourceText(), s.sourceHash(), s.sourceText(),
                        TranslationOrigin.COPIED, null, null));
            }
        }
        ledger.save(copies, runId, targetLang);
        tally.copied += copies.size();
        return rest;
    }

    /** The driver's settings: the ledger, chain and target language, then what has a default. */
    public static final class Builder {

        private final TranslationLedger ledger;
        private final List<TranslationEngine> chain;
        private final String targetLang;
        private UsageLedger usage = (runId, used) -> {
        };
        private RetryPolicy retry = RetryPolicy.DEFAULT;
        private Map<String, String> glossary = Map.of();
        private FuzzyMemory fuzzy;
        private SpendLimit spend = SpendLimit.NONE;
        private Consumer<String> warnings = warning -> {
        };
        private QaRecorder qa;
        private SentenceClaims claims;
        private Duration claimPoll = SharedSentences.POLL;

        private Builder(TranslationLedger ledger, List<TranslationEngine> chain, String targetLang) {
            this.ledger = ledger;
            this.chain = List.copyOf(chain);
            this.targetLang = targetLang;
        }

        /** Where each unit of work's per-engine usage is added up under the run; by default nowhere. */
        public Builder usage(UsageLedger usage) {
            this.usage = usage;
            return this;
        }

        /** Tries and backoff for transient failures; {@link RetryPolicy#DEFAULT} by default. */
        public Builder retry(RetryPolicy retry) {
            this.retry = retry;
            return this;
        }

        /**
         * Source term to target term (e.g. 오픈AI to OpenAI): each request carries the entries whose
         * source term occurs in its segments, for engines that use them (the LLM puts them in its
         * prompt). None by default.
         */
        public Builder glossary(Map<String, String> glossary) {
            this.glossary = Map.copyOf(glossary);
            return this;
        }

        /**
         * Fuzzy matches for the segments memory has no exact match for, under the memory's policy;
         * none by default.
         */
        public Builder fuzzy(FuzzyMemory fuzzy) {
            this.fuzzy = fuzzy;
            return this;
        }

        /**
         * The run's spend limit, shared by every thread of the run; none by default. The request
         * that would pass it is not sent: {@link #translate} throws {@link SpendLimitReachedException}.
         */
        public Builder spendLimit(SpendLimit spend) {
            this.spend = spend;
            return this;
        }

        /**
         * Where to report, once each, what goes wrong without stopping the run: an engine of the
         * chain that stopped for good, its work passed to the next. Only logged by default.
         */
        public Builder warnings(Consumer<String> warnings) {
            this.warnings = warnings;
            return this;
        }

        /**
         * Checks each article's translations once they are stored (see {@link #translate}); none by
         * default.
         */
        public Builder qa(QaRecorder qa) {
            this.qa = qa;
            return this;
        }

        /**
         * Sentences shared with other processes translating into the same memory (the workers of a
         * distributed run): a sentence another live process has claimed is awaited in the ledger,
         * polled every {@code poll}, instead of being sent here too. None by default: the driver's
         * own threads share their sentences without it.
         */
        public Builder claims(SentenceClaims claims, Duration poll) {
            this.claims = claims;
            this.claimPoll = poll;
            return this;
        }

        public TranslationDriver build() {
            return new TranslationDriver(this);
        }
    }
}
