package dev.hanbridge.translate.papago;

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
import dev.hanbridge.translate.QuotaExceededException;
import dev.hanbridge.translate.TestResources;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationRequest;

class PapagoEngineTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ID = "papago-planted-id";
    private static final String SECRET = "papago-planted-secret-77";
    private final TranslationRequest one = new TranslationRequest("ko", "en", List.of("표결 결과는 17대 4였다."), null);

    private TranslationEngine engine(Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(Map.of("PAPAGO_CLIENT_ID", ID, "PAPAGO_CLIENT_SECRET", SECRET,
                "PAPAGO_BASE_URL", wm.baseUrl(), "hanbridge.engines.papago.request-timeout", "1s"));
        s.putAll(extra);
        return new PapagoEngineProvider().create(TestResources.settings(s)).orElseThrow();
    }

    private static void answer(int status, String file) {
        wm.stubFor(post("/nmt/v1/translation").willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(TestResources.read("papago/" + file))));
    }

    @Test
    void sendsOneTextWithGatewayHeadersAndGlossary() {
        answer(200, "translate-ok.json");

        List<String> out = engine(Map.of("PAPAGO_GLOSSARY_KEY", "gl-2025")).translate(one).targets();

        assertThat(out).containsExactly("The vote passed 17 to 4.");
        wm.verify(1, postRequestedFor(urlEqualTo("/nmt/v1/translation"))
                .withHeader("X-NCP-APIGW-API-KEY-ID", equalTo(ID))
                .withHeader("X-NCP-APIGW-API-KEY", equalTo(SECRET))
                .withRequestBody(matchingJsonPath("$.source", equalTo("ko")))
                .withRequestBody(matchingJsonPath("$.target", equalTo("en")))
                .withRequestBody(matchingJsonPath("$.text", equalTo("표결 결과는 17대 4였다.")))
                .withRequestBody(matchingJsonPath("$.glossaryKey", equalTo("gl-2025"))));
    }

    @Test
    void limitsAreOneTextOf5000Characters() {
        assertThat(engine(Map.of()).info().limits().maxSegments()).isEqualTo(1);
        assertThat(engine(Map.of()).info().limits().maxChars()).isEqualTo(5000);
        assertThat(((PapagoEngine) engine(Map.of())).config().toString()).doesNotContain(SECRET).doesNotContain(ID);
    }

    @Test
    void failedAuthenticationNamesBothSettings() {
        answer(401, "error-401.json");

        assertThatThrownBy(() -> engine(Map.of()).translate(one)).isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("PAPAGO_CLIENT_ID").hasMessageContaining("PAPAGO_CLIENT_SECRET")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void gatewayQuotaCodeStopsTheRunButRateCodesBackOff() {
        answer(429, "error-429-quota.json");
        assertThatThrownBy(() -> engine(Map.of()).translate(one)).isInstanceOf(QuotaExceededException.class);

        wm.resetAll();
        answer(429, "error-429-rate.json");
        assertThatThrownBy(() -> engine(Map.of()).translate(one)).isInstanceOfSatisfying(
                TransientTranslationException.class, e -> assertThat(e.retryAfter()).isEmpty())
                .hasMessageContaining("420");

        wm.resetAll();
        wm.stubFor(post("/nmt/v1/translation").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
                .withBody(TestResources.read("papago/error-429-rate.json"))));
        assertThatThrownBy(() -> engine(Map.of()).translate(one)).isInstanceOfSatisfying(
                TransientTranslationException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(1)));
    }

    @Test
    void papagoInputErrorsArePermanentAndServerErrorsTransient() {
        answer(400, "error-400.json");
        assertThatThrownBy(() -> engine(Map.of()).translate(one)).isInstanceOf(PermanentTranslationException.class)
                .hasMessageContaining("N2MT08");

        wm.resetAll();
        answer(500, "error-500.json");
        assertThatThrownBy(() -> engine(Map.of()).translate(one)).isInstanceOf(TransientTranslationException.class);

        wm.resetAll();
        wm.stubFor(post("/nmt/v1/translation").willReturn(aResponse().withFixedDelay(3000)
                .withBody(TestResources.read("papago/translate-ok.json"))));
        assertThatThrownBy(() -> engine(Map.of()).translate(one)).isInstanceOf(TransientTranslationException.class);

        wm.resetAll();
        wm.stubFor(post("/nmt/v1/translation").willReturn(aResponse().withStatus(200).withBody("{\"message\":{}}")));
        assertThatThrownBy(() -> engine(Map.of()).translate(one)).isInstanceOf(TransientTranslationException.class);
    }
}
