package dev.hanbridge.translate.google;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.PermanentTranslationException;
import dev.hanbridge.translate.TestResources;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationRequest;
import dev.hanbridge.translate.http.Json;

class GoogleEngineTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String TOKEN = "ya29.planted-google-token";
    private static final String PATH = "/v3/projects/hanbridge-test/locations/global:translateText";
    private final TranslationRequest two = new TranslationRequest("ko", "en",
            List.of("시의회는 3일 내년도 예산안을 의결했다.", "표결 결과는 17대 4였다."), null);

    @TempDir
    Path dir;

    private TranslationEngine engine(Map<String, String> extra) {
        Map<String, String> s = new HashMap<>(Map.of("GOOGLE_TRANSLATE_BASE_URL", wm.baseUrl(), "GOOGLE_PROJECT",
                "hanbridge-test", "hanbridge.engines.google.request-timeout", "1s"));
        s.putAll(extra);
        return new GoogleEngineProvider().create(TestResources.settings(s)).orElseThrow();
    }

    private static void answer(int status, String file) {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(TestResources.read("google/" + file))));
    }

    /** A service-account key file like the console's, with a fresh RSA key and the token URI on the fake. */
    private Path keyFile() throws IOException, NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(generator.generateKeyPair().getPrivate()
                        .getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        Map<String, String> key = Map.of("type", "service_account", "project_id", "hanbridge-test",
                "private_key_id", "0123456789abcdef", "private_key", pem,
                "client_email", "translator@hanbridge-test.iam.gserviceaccount.com", "client_id", "1234567890",
                "token_uri", wm.baseUrl() + "/token");
        Path file = dir.resolve("key.json");
        Files.writeString(file, Json.write(key));
        return file;
    }

    @Test
    void sendsPlainTextContentsWithTheGivenToken() {
        answer(200, "translate-ok.json");

        List<String> out = engine(Map.of("GOOGLE_ACCESS_TOKEN", TOKEN)).translate(two).targets();

        assertThat(out).containsExactly("The city council approved next year's budget on the 3rd.",
                "The vote passed 17 to 4.");
        wm.verify(1, postRequestedFor(urlEqualTo(PATH)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withRequestBody(matchingJsonPath("$.contents.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.mimeType", equalTo("text/plain")))
                .withRequestBody(matchingJsonPath("$.sourceLanguageCode", equalTo("ko")))
                .withRequestBody(matchingJsonPath("$.targetLanguageCode", equalTo("en"))));
    }

    @Test
    void exchangesTheServiceAccountKeyForATokenOnceAndTakesItsProject() throws Exception {
        wm.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(TestResources.read("google/token-ok.json"))));
        answer(200, "translate-ok.json");
        Map<String, String> s = Map.of("GOOGLE_TRANSLATE_BASE_URL", wm.baseUrl(), "GOOGLE_APPLICATION_CREDENTIALS",
                keyFile().toString());
        TranslationEngine engine = new GoogleEngineProvider().create(TestResources.settings(s)).orElseThrow();
        assertThat(wm.getAllServeEvents()).as("creating the engine touches no network").isEmpty();

        engine.translate(two);
        engine.translate(two);

        wm.verify(1, postRequestedFor(urlEqualTo("/token"))
                .withRequestBody(containing("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer")));
        wm.verify(2, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer ya29.c.test-token-from-key-file")));
    }

    @Test
    void aRevokedKeyStopsTheRunNamingTheKeyFileSetting() throws Exception {
        wm.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody(TestResources.read("google/token-invalid-grant.json"))));
        Map<String, String> s = Map.of("GOOGLE_TRANSLATE_BASE_URL", wm.baseUrl(), "GOOGLE_APPLICATION_CREDENTIALS",
                keyFile().toString());

        assertThatThrownBy(() -> new GoogleEngineProvider().create(TestResources.settings(s)).orElseThrow().translate(two))
                .isInstanceOf(EngineConfigurationException.class).hasMessageContaining("GOOGLE_APPLICATION_CREDENTIALS");
    }

    @Test
    void sendsTheGlossaryAndTakesItsTranslations() {
        wm.stubFor(post(urlEqualTo("/v3/projects/hanbridge-test/locations/us-central1:translateText"))
                .willReturn(aResponse().withStatus(200).withBody(TestResources.read("google/translate-glossary.json"))));

        List<String> out = engine(Map.of("GOOGLE_ACCESS_TOKEN", TOKEN, "GOOGLE_LOCATION", "us-central1",
                "GOOGLE_GLOSSARY", "news-terms")).translate(two).targets();

        assertThat(out.get(0)).startsWith("Seoul Metropolitan Council");
        wm.verify(postRequestedFor(urlEqualTo("/v3/projects/hanbridge-test/locations/us-central1:translateText"))
                .withRequestBody(matchingJsonPath("$.glossaryConfig.glossary",
                        equalTo("projects/hanbridge-test/locations/us-central1/glossaries/news-terms"))));
    }

    @Test
    void a403RateLimitBacksOffInsteadOfStopping() {
        answer(403, "error-403-rate.json");

        assertThatThrownBy(() -> engine(Map.of("GOOGLE_ACCESS_TOKEN", TOKEN)).translate(two))
                .isInstanceOf(TransientTranslationException.class).hasMessageContaining("RATE_LIMIT_EXCEEDED");
    }

    @Test
    void otherForbiddenAnswersAndBadTokensStopTheRun() {
        answer(403, "error-403-disabled.json");
        assertThatThrownBy(() -> engine(Map.of("GOOGLE_ACCESS_TOKEN", TOKEN)).translate(two))
                .isInstanceOf(EngineConfigurationException.class).hasMessageContaining("HTTP 403");

        wm.resetAll();
        answer(401, "error-401.json");
        assertThatThrownBy(() -> engine(Map.of("GOOGLE_ACCESS_TOKEN", TOKEN)).translate(two))
                .isInstanceOf(EngineConfigurationException.class).hasMessageContaining("GOOGLE_ACCESS_TOKEN")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void tooManyRequestsServerErrorsAndTimeoutsAreRetried() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")
                .withBody(TestResources.read("google/error-429.json"))));
        assertThatThrownBy(() -> engine(Map.of("GOOGLE_ACCESS_TOKEN", TOKEN)).translate(two)).isInstanceOfSatisfying(
                TransientTranslationException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3)));

        wm.resetAll();
        answer(429, "error-429.json");
        assertThatThrownBy(() -> engine(Map.of("GOOGLE_ACCESS_TOKEN", TOKEN)).translate(two)).isInstanceOfSatisfying(
                TransientTranslationException.class, e -> assertThat(e.retryAfter()).isEmpty());

        wm.resetAll();
        answer(503, "error-503.json");
        assertThatThrownBy(() -> engine(Map.of("GOOGLE_ACCESS_TOKEN", TOKEN)).translate(two))
                .isInstanceOf(TransientTranslationException.class);

        wm.resetAll();
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFixedDelay(3000)
                .withBody(TestResources.read("google/translate-ok.json"))));
        assertThatThrownBy(() -> engine(Map.of("GOOGLE_ACCESS_TOKEN", TOKEN)).translate(two))
                .isInstanceOf(TransientTranslationException.class);

        wm.resetAll();
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withBody("not json")));
        assertThatThrownBy(() -> engine(Map.of("GOOGLE_ACCESS_TOKEN", TOKEN)).translate(two))
                .isInstanceOf(TransientTranslationException.class);
    }

    @Test
    void anInvalidArgumentIsPermanent() {
        answer(400, "error-400.json");

        assertThatThrownBy(() -> engine(Map.of("GOOGLE_ACCESS_TOKEN", TOKEN)).translate(two))
                .isInstanceOf(PermanentTranslationException.class).hasMessageContaining("INVALID_ARGUMENT");
    }

    @Test
    void missingCredentialsOrProjectNameTheSettings() {
        assertThatThrownBy(() -> new GoogleEngineProvider().create(TestResources.settings(Map.of())))
                .isInstanceOf(EngineConfigurationException.class).hasMessageContaining("GOOGLE_APPLICATION_CREDENTIALS")
                .hasMessageContaining("GOOGLE_ACCESS_TOKEN");
        assertThatThrownBy(() -> new GoogleEngineProvider().create(TestResources.settings(Map.of(
                "GOOGLE_ACCESS_TOKEN", TOKEN)))).isInstanceOf(EngineConfigurationException.class)
                .hasMessageContaining("GOOGLE_PROJECT");
        assertThat(engine(Map.of("GOOGLE_ACCESS_TOKEN", TOKEN)).info().limits().maxSegments()).isEqualTo(1024);
    }

    @Test
    void aUsedUpDailyQuotaStopsTheRun() {
        answer(403, "error-403-daily.json");

        assertThatThrownBy(() -> engine(Map.of("GOOGLE_ACCESS_TOKEN", TOKEN)).translate(two))
                .isInstanceOf(dev.hanbridge.translate.QuotaExceededException.class)
                .hasMessageContaining("dailyLimitExceeded");
    }
}
