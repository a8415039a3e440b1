package dev.hanbridge.translate.libretranslate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.PermanentTranslationException;
import dev.hanbridge.translate.TestResources;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationRequest;

class LibreTranslateEngineTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String KEY = "libre-planted-key-91ab";
    private final TranslationRequest two = new TranslationRequest("ko", "en-US",
            List.of("시의회는 3일 내년도 예산안을 의결했다.", "표결 결과는 17대 4였다."), null);

    private TranslationEngine engine(Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(Map.of("LIBRETRANSLATE_URL", wm.baseUrl(),
                "hanbridge.engines.libretranslate.request-timeout", "1s"));
        s.putAll(extra);
        return new LibreTranslateEngineProvider().create(TestResources.settings(s)).orElseThrow();
    }

    private static void answer(int status, String file) {
        wm.stubFor(post("/translate").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody(TestResources.read("libretranslate/" + file))));
    }

    @Test
    void sendsQAsAnArrayWithTheKeyWhenGiven() {
        answer(200, "translate-ok.json");

        List<String> out = engine(Map.of("LIBRETRANSLATE_API_KEY", KEY)).translate(two).targets();

        assertThat(out).containsExactly("The city council approved next year's budget on the 3rd.",
                "The vote passed 17 to 4.");
        wm.verify(1, postRequestedFor(urlEqualTo("/translate"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(matchingJsonPath("$.q.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.source", equalTo("ko")))
                .withRequestBody(matchingJsonPath("$.target", equalTo("en")))
                .withRequestBody(matchingJsonPath("$.format", equalTo("text")))
                .withRequestBody(matchingJsonPath("$.api_key", equalTo(KEY))));
    }

    @Test
    void aServerWithoutKeysGetsNoKeyField() {
        answer(200, "translate-ok.json");

        engine(Map.of()).translate(two);

        assertThat(wm.getAllServeEvents().get(0).getRequest().getBodyAsString()).doesNotContain("api_key");
    }

    @Test
    void anInvalidKeyNamesTheSetting() {
        answer(403, "error-403.json");

        assertThatThrownBy(() -> engine(Map.of("LIBRETRANSLATE_API_KEY", KEY)).translate(two))
                .isInstanceOf(EngineConfigurationException.class).hasMessageContaining("LIBRETRANSLATE_API_KEY")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void slowdownAndServerErrorsAreRetried() {
        wm.stubFor(post("/translate").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
                .withBody(TestResources.read("libretranslate/error-429.json"))));
        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOfSatisfying(
                TransientTranslationException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)))
                .hasMessageContaining("Slowdown");

        wm.resetAll();
        answer(429, "error-429.json");
        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOfSatisfying(
                TransientTranslationException.class, e -> assertThat(e.retryAfter()).isEmpty());

        wm.resetAll();
        answer(500, "error-500.json");
        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOf(TransientTranslationException.class);

        wm.resetAll();
        wm.stubFor(post("/translate").willReturn(aResponse().withFixedDelay(3000)
                .withBody(TestResources.read("libretranslate/translate-ok.json"))));
        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOf(TransientTranslationException.class);
    }

    @Test
    void anUnsupportedLanguageIsPermanent() {
        answer(400, "error-400.json");

        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOf(PermanentTranslationException.class)
                .hasMessageContaining("ko is not supported");
    }

    @Test
    void aSingleStringAnswerToAnArrayIsMalformed() {
        wm.stubFor(post("/translate").willReturn(aResponse().withStatus(200)
                .withBody("{\"translatedText\": \"The vote passed.\"}")));

        assertThatThrownBy(() -> engine(Map.of()).translate(two)).isInstanceOf(TransientTranslationException.class);
    }
}
