package dev.hanbridge.translate.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.hanbridge.common.PendingSegment;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.InMemoryLedger;
import dev.hanbridge.translate.ScriptedEngine;
import dev.hanbridge.translate.SentenceClaims;
import dev.hanbridge.translate.Sentences;

/**
 * Two drivers on one memory, as two workers of a distributed run: each has its own in-flight
 * sentences, so only the shared claims keep them from paying twice for a sentence both need at the
 * same moment. The claims here are a map; app/distributed tests the database's.
 */
class SharedSentencesTest {

    private static final EngineLimits FOUR = new EngineLimits(4, 10_000, 40_000, 0);
    private static final Duration POLL = Duration.ofMillis(20);

    private final InMemoryLedger ledger = new InMemoryLedger();
    private final Claims claims = new Claims();

    @Test
    void sentencesTwoDriversNeedAtTheSameMomentAreSentOnceAndTheWaiterTakesThemFromMemory() throws Exception {
        List<String> shared = Sentences.distinct(8, 3);
        long run = ledger.run();
        long a = ledger.article("첫째 기사", List.of(shared));
        long b = ledger.article("둘째 기사", List.of(shared));
        // both engines answer slowly, so that both drivers are in the middle of sending at once
        ScriptedEngine first = slow("first");
        ScriptedEngine second = slow("second");
        TranslationDriver one = driver(first, claims.holder("worker-1"));
        TranslationDriver two = driver(second, claims.holder("worker-2"));

        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Outcome> x = CompletableFuture.supplyAsync(() -> await(go, () -> one.translate(run,
                List.of(new ArticleRef(a, "첫째 기사")))));
        CompletableFuture<Outcome> y = CompletableFuture.supplyAsync(() -> await(go, () -> two.translate(run,
                List.of(new ArticleRef(b, "둘째 기사")))));
        go.countDown();
        x.get(30, TimeUnit.SECONDS);
        y.get(30, TimeUnit.SECONDS);

        List<String> sent = new ArrayList<>();
        first.requests.forEach(sent::addAll);
        second.requests.forEach(sent::addAll);
        assertThat(sent).as("each shared sentence sent by one driver only").doesNotHaveDuplicates()
                .containsAll(shared);
        assertThat(ledger.pending(a)).isEmpty();
        assertThat(ledger.pending(b)).isEmpty();
        assertThat(claims.held()).as("every claim released").isEmpty();
    }

    @Test
    void aSentenceItsHolderReleasesUntranslatedIsSentByTheDriverThatWaited() {
        List<String> sentences = Sentences.distinct(3, 5);
        long run = ledger.run();
        long article = ledger.article("제목", List.of(sentences));
        // another worker holds the second sentence, then gives it up without storing it (its send failed)
        SentenceClaims other = claims.holder("other");
        PendingSegment second = ledger.pending(article).get(2);
        String held = second.sourceHash();
        other.claim(List.of(held), "en");
        CompletableFuture.runAsync(() -> {
            sleep(300);
            other.release(List.of(held), "en");
        });
        ScriptedEngine engine = new ScriptedEngine("mt", FOUR, texts -> ScriptedEngine.tag("mt", texts));

        driver(engine, claims.holder("me")).translate(run, List.of(new ArticleRef(article, "제목")));

        assertThat(engine.requests).hasSize(2);
        assertThat(engine.requests.get(1)).containsExactly(sentences.get(1));
        assertThat(ledger.pending(article)).isEmpty();
        assertThat(ledger.translation(second.segmentId()).translation().origin())
                .isEqualTo(TranslationOrigin.MT);
    }

    private TranslationDriver driver(ScriptedEngine engine, SentenceClaims mine) {
        return TranslationDriver.builder(ledger, List.of(engine), "en").usage(ledger).claims(mine, POLL).build();
    }

    private static ScriptedEngine slow(String id) {
        return new ScriptedEngine(id, FOUR, texts -> {
            sleep(150);
            return ScriptedEngine.tag(id, texts);
        });
    }

    private static <T> T await(CountDownLatch go, java.util.function.Supplier<T> work) {
        try {
            go.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return work.get();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One table of claims, first holder wins, as the database's primary key makes it. */
    private static final class Claims {

        private final Map<String, String> holders = Collections.synchronizedMap(new HashMap<>());

        SentenceClaims holder(String name) {
            return new SentenceClaims() {
                @Override
                public Set<String> claim(Collection<String> hashes, String targetLang) {
                    Set<String> mine = new LinkedHashSet<>();
                    for (String hash : hashes) {
                        if (holders.computeIfAbsent(targetLang + hash, k -> name).equals(name)) {
                            mine.add(hash);
                        }
                    }
                    return mine;
                }

                @Override
                public void release(Collection<String> hashes, String targetLang) {
                    hashes.forEach(hash -> holders.remove(targetLang + hash, name));
                }
            };
        }

        Set<String> held() {
            return Set.copyOf(holders.keySet());
        }
    }
}
