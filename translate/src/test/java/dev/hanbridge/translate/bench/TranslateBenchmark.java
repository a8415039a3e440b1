package dev.hanbridge.translate.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.hanbridge.common.EngineUsage;
import dev.hanbridge.translate.FakeDeepL;
import dev.hanbridge.translate.InMemoryLedger;
import dev.hanbridge.translate.Sentences;
import dev.hanbridge.translate.TestResources;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.deepl.DeepLEngineProvider;
import dev.hanbridge.translate.driver.ArticlePacks;
import dev.hanbridge.translate.driver.ArticleRef;
import dev.hanbridge.translate.driver.Outcome;
import dev.hanbridge.translate.driver.TranslationDriver;

/**
 * Throughput of the translate step against a rate-limited, slow fake provider ({@link FakeDeepL}):
 * the real {@link TranslationDriver} and DeepL engine, ledgers in memory, a thread pool over
 * articles like the partitioned step, one driver shared by the threads.
 *
 * <p>Run with {@code bench/translate.sh}; options {@code --articles 80 --segments 100 --threads 4
 * --rate 10 --latency-ms 150 --batch 50 --burst 2 --pack 1 --context true}. Segments count the title, which is a segment
 * of its own. {@code --pack N} puts N articles in each unit of work; {@code --pack auto} groups them as
 * the translate step does ({@link ArticlePacks}). Prints the figures and exits 1 when throughput is under 90 % of the bound or more
 * than 1 % of requests were answered 429.
 */
public final class TranslateBenchmark {

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>(Map.of("articles", "80", "segments", "100", "threads", "4", "rate", "10",
                "latency-ms", "150", "batch", "50", "burst", "2", "pack", "1", "context", "true"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int articles = Integer.parseInt(o.get("articles"));
        int perArticle = Integer.parseInt(o.get("segments"));
        int threads = Integer.parseInt(o.get("threads"));
        double rate = Double.parseDouble(o.get("rate"));
        long latency = Long.parseLong(o.get("latency-ms"));
        int batch = Integer.parseInt(o.get("batch"));
        double burst = Double.parseDouble(o.get("burst"));
        boolean auto = o.get("pack").equals("auto");
        int pack = auto ? 0 : Integer.parseInt(o.get("pack"));
        boolean context = Boolean.parseBoolean(o.get("context"));

        InMemoryLedger ledger = new InMemoryLedger();
        long run = ledger.run();
        List<ArticlePacks.Sized> sized = new ArrayList<>();
        for (int a = 0; a < articles; a++) {
            List<String> s = Sentences.distinct(perArticle, 1000L + a);
            long id = ledger.article(s.get(0), List.of(s.subList(1, s.size())));
            sized.add(new ArticlePacks.Sized(new ArticleRef(id, null), s.size(),
                    s.stream().mapToInt(String::length).sum()));
        }
        int total = articles * perArticle;

        try (FakeDeepL fake = new FakeDeepL().rateLimit(rate, burst).latency(Duration.ofMillis(latency))
                .maxTexts(batch)) {
            TranslationEngine deepl = new DeepLEngineProvider().create(TestResources.settings(Map.of(
                    "DEEPL_API_KEY", "bench", "DEEPL_BASE_URL", fake.baseUrl(),
                    "hanbridge.engines.deepl.max-segments", Integer.toString(batch),
                    "hanbridge.engines.deepl.requests-per-second", Double.toString(rate),
                    "hanbridge.engines.deepl.send-context", Boolean.toString(context)))).orElseThrow();
            // Warm-up, not timed: the first requests load and compile the HTTP and JSON code on both
            // sides of the fake, which held them back and then let them arrive at once (429s that a
            // long-running server does not see).
            for (int i = 0; i < 5; i++) {
                deepl.translate(new dev.hanbridge.translate.TranslationRequest("ko", "en",
                        List.of("예열 문장이다."), null));
                Thread.sleep(250);
            }
            Thread.sleep(1000);
            fake.reset();
            TranslationDriver driver = TranslationDriver.builder(ledger, List.of(deepl), "en").usage(ledger).build();
            // --pack N: N articles per unit of work, which shares requests between them when the
            // engine sends no context (--context false); --pack auto: the translate step's units.
            List<List<ArticleRef>> units = new ArrayList<>();
            if (auto) {
                units.addAll(ArticlePacks.of(sized, List.of(deepl)));
            } else {
                for (int from = 0; from < sized.size(); from += pack) {
                    units.add(sized.subList(from, Math.min(sized.size(), from + pack)).stream()
                            .map(ArticlePacks.Sized::article).toList());
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<Outcome>> futures = new ArrayList<>();
            for (List<ArticleRef> unit : units) {
                futures.add(pool.submit(() -> driver.translate(run, unit)));
            }
            int untranslated = 0;
            for (Future<Outcome> f : futures) {
                untranslated += f.get().untranslated();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();

            EngineUsage usage = ledger.usage(run).get(0);
            int requests = fake.requests.get();
            boolean packed = units.stream().anyMatch(u -> u.size() > 1) && !deepl.info().usesContext();
            int perArticleRequests = (perArticle + batch - 1) / batch;
            int plannedRequests = 0;
            for (List<ArticleRef> unit : units) {
                int n = unit.size() * perArticle;
                plannedRequests += packed ? (n + batch - 1) / batch : unit.size() * perArticleRequests;
            }
            int minRequests = (total + batch - 1) / batch;
            double bound = rate * total / (double) plannedRequests;
            double absoluteBound = rate * total / (double) minRequests;
            double throughput = total / seconds;
            double share429 = requests == 0 ? 0 : fake.throttled.get() / (double) requests;
            System.out.printf(Locale.ROOT, "workload: %d articles x %d segments = %d segments; batch %d; %d threads; "
                    + "context %s; %s%n", articles, perArticle, total, batch, threads, context ? "sent" : "not sent",
                    packed ? (auto ? "articles packed as the translate step does (" + units.size() + " units)"
                            : "articles packed " + pack + " per unit") : "requests per article");
            System.out.printf(Locale.ROOT, "fake provider: %.0f requests/s (bucket of %.0f), %d ms latency%n", rate,
                    burst, latency);
            System.out.printf(Locale.ROOT, "elapsed: %.2f s; untranslated: %d; stored: %d%n", seconds, untranslated,
                    ledger.translations().size());
            System.out.printf(Locale.ROOT, "requests: %d sent, %d answered 429 (%.2f %%), %d retries counted%n",
                    requests, fake.throttled.get(), 100 * share429, usage.retries());
            System.out.printf(Locale.ROOT, "request rate: %.2f requests/s of %.0f allowed (%.1f %%)%n",
                    fake.accepted() / seconds, rate, 100 * fake.accepted() / seconds / rate);
            System.out.printf(Locale.ROOT, "throughput: %.1f segments/s; bound with these batches %.1f "
                    + "(%.1f %%); bound with every request full %.1f (%.1f %%)%n", throughput, bound,
                    100 * throughput / bound, absoluteBound, 100 * throughput / absoluteBound);
            System.out.printf(Locale.ROOT, "requests per 1,000 segments: %.1f (minimum possible %.1f; "
                    + "with these batches %.1f)%n", 1000.0 * requests / total, 1000.0 * minRequests / total,
                    1000.0 * plannedRequests / total);
            boolean ok = untranslated == 0 && throughput >= 0.9 * bound && share429 <= 0.01;
            System.out.println(ok ? "PASS: >= 90 % of the bound, <= 1 % answered 429"
                    : "FAIL: under 90 % of the bound or over 1 % answered 429");
            System.exit(ok ? 0 : 1);
        }
    }
}
