package dev.hanbridge.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import dev.hanbridge.translate.TranslationRequest.TranslationContext;

/**
 * Opt-in check against a real provider, off unless {@code -Dhanbridge.live.engine=ID} is given
 * (e.g. {@code openai} with {@code OPENAI_BASE_URL=http://localhost:11434/v1 OPENAI_MODEL=qwen2.5:7b},
 * or {@code deepl} with {@code DEEPL_API_KEY}). Settings come from the environment, as in the app:
 *
 * <pre>./mvnw -q -o -pl translate -am test -Dtest=LiveEngineOptInTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dhanbridge.live.engine=openai</pre>
 */
@EnabledIfSystemProperty(named = "hanbridge.live.engine", matches = ".+")
class LiveEngineOptInTest {

    @Test
    void optInLiveProviderTranslatesTwoSentencesInOrder() {
        String id = System.getProperty("hanbridge.live.engine");
        EngineSettings fromEnvironment = key -> Optional.ofNullable(System.getProperty(key))
                .or(() -> Optional.ofNullable(System.getenv(key)));
        TranslationEngine engine = EngineRegistry.discover(getClass().getClassLoader()).create(id, fromEnvironment)
                .get(0);
        List<String> sources = List.of("서울시는 내년부터 심야 버스 노선을 두 배로 늘린다고 밝혔다.",
                "이번 조치로 약 557만 명의 시민이 혜택을 볼 것으로 예상된다.");

        TranslationReply reply = engine.translate(new TranslationRequest("ko", "en", sources,
                new TranslationContext("서울시, 심야 버스 확대", List.of(), List.of(), java.util.Map.of())));

        System.out.println(id + " -> " + reply);
        assertThat(reply.targets()).hasSize(2).allSatisfy(t -> assertThat(t).isNotBlank().doesNotContain("서울"));
        assertThat(reply.targets().get(0).toLowerCase()).contains("bus");
    }
}
