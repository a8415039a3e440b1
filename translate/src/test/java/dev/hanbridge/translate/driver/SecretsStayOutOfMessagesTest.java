package dev.hanbridge.translate.driver;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.InMemoryLedger;
import dev.hanbridge.translate.LogCapture;
import dev.hanbridge.translate.Sentences;
import dev.hanbridge.translate.TranslationEngine;

/**
 * Plants a key in each engine, lets the provider fail in every way it can (and echo the key back,
 * as some do), runs the real driver with its retries and logging, and greps every exception
 * message, stack trace and log line of the run for the key.
 */
class SecretsStayOutOfMessagesTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String KEY = "PLANTED-SECRET-7f3a9c21";

    static List<Arguments> engines() {
        return List.of(
                Arguments.of("deepl", Map.of("DEEPL_API_KEY", KEY, "DEEPL_BASE_URL", "{base}")),
                Arguments.of("google", Map.of("GOOGLE_ACCESS_TOKEN", KEY, "GOOGLE_PROJECT", "p",
                        "GOOGLE_TRANSLATE_BASE_URL", "{base}")),
                Arguments.of("azure", Map.of("AZURE_TRANSLATOR_KEY", KEY, "AZURE_TRANSLATOR_ENDPOINT", "{base}")),
                Arguments.of("papago", Map.of("PAPAGO_CLIENT_ID", KEY, "PAPAGO_CLIENT_SECRET", KEY,
                        "PAPAGO_BASE_URL", "{base}")),
                Arguments.of("openai", Map.of("OPENAI_API_KEY", KEY, "OPENAI_MODEL", "m", "OPENAI_BASE_URL",
                        "{base}/v1")),
                Arguments.of("libretranslate", Map.of("LIBRETRANSLATE_API_KEY", KEY, "LIBRETRANSLATE_URL", "{base}")));
    }

    @ParameterizedTest
    @MethodSource("engines")
    void aPlantedKeyAppearsInNoMessageNoStackTraceAndNoLogLine(String id, Map<String, String> settings) {
        InMemoryLedger ledger = new InMemoryLedger();
        long run = ledger.run();
        long article = ledger.article("제목", List.of(Sentences.distinct(3, 1)));
        List<TranslationEngine> chain = EngineRegistry.discover(getClass().getClassLoader()).create(id, key -> {
            String v = settings.get(key);
            return java.util.Optional.ofNullable(v == null ? null : v.replace("{base}", wm.baseUrl()));
        });
        String echo = "{\"message\":\"bad key " + KEY + "\",\"error\":{\"message\":\"bad key " + KEY
                + "\",\"code\":\"" + KEY + "\",\"errorCode\":\"" + KEY + "\"}}";
        RetryPolicy quick = new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(2));

        try (LogCapture log = new LogCapture()) {
            StringBuilder seen = new StringBuilder();
            for (int status : new int[] {429, 500, 400, 404, 401, 403}) {
                wm.resetAll();
                wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(echo)));
                Throwable thrown = catchThrowable(() -> TranslationDriver.builder(ledger, chain, "en").usage(ledger)
                        .retry(quick).build().translate(run, List.of(new ArticleRef(article, "제목"))));
                if (thrown != null) {
                    StringWriter trace = new StringWriter();
                    thrown.printStackTrace(new PrintWriter(trace));
                    seen.append(trace).append('\n');
                }
            }
            assertThat(wm.getAllServeEvents()).as("the engine did call the fake").isNotEmpty();
            seen.append(log.text());
            ledger.failures().forEach(f -> seen.append(f.reason()).append('\n'));
            assertThat(seen.toString()).contains(id.equals("papago") ? "Papago" : "").doesNotContain(KEY);
        }
    }
}
