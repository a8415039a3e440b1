package dev.hanbridge.app.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.hanbridge.store.EnginePaceStore;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.ScriptedEngine;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationRequest;

class SharedPaceTest {

    /** What the engine asked the shared pace for, instead of a database. */
    private final List<String> asked = new ArrayList<>();
    private final EnginePaceStore pace = new EnginePaceStore(null, null) {
        @Override
        public long reserve(String engine, long intervalMicros, double microsPerChar, int chars) {
            asked.add("reserve " + engine + " " + intervalMicros + " " + chars);
            return 0;
        }

        @Override
        public void pause(String engine, long micros) {
            asked.add("pause " + engine + " " + micros);
        }
    };

    @Test
    void anEngineWithoutRateLimitsIsLeftAsItIsWithNoDatabaseRoundTrip() {
        TranslationEngine engine = new ScriptedEngine("free", EngineLimits.UNLIMITED, texts -> texts);

        assertThat(SharedPace.paced(engine, pace)).isSameAs(engine);
    }

    @Test
    void aRateLimitedEngineReservesEachRequestInTheSharedPaceAndLeavesTheDriverNoLimitOfItsOwn() {
        TranslationEngine engine = new ScriptedEngine("deepl", new EngineLimits(50, 1000, 4000, 10), texts -> texts);

        TranslationEngine paced = SharedPace.paced(engine, pace);
        paced.translate(new TranslationRequest("ko", "en-US", List.of("하나", "둘셋"), null));

        // 10 requests/s less the 5 % margin: one every 105,263 µs, for all workers together
        assertThat(asked).containsExactly("reserve deepl 105263 4");
        assertThat(paced.info().limits().requestsPerSecond()).isZero();
        assertThat(paced.info().limits().maxSegments()).isEqualTo(50);
    }

    @Test
    void aRetryAfterPausesEveryWorker() {
        TranslationEngine engine = new ScriptedEngine("deepl", new EngineLimits(50, 1000, 4000, 10), texts -> {
            throw new TransientTranslationException("deepl", "429", Duration.ofSeconds(3), null);
        });

        TranslationEngine paced = SharedPace.paced(engine, pace);

        assertThatThrownBy(() -> paced.translate(new TranslationRequest("ko", "en-US", List.of("하나"), null)))
                .isInstanceOf(TransientTranslationException.class);
        assertThat(asked).containsExactly("reserve deepl 105263 2", "pause deepl 3000000");
    }
}
