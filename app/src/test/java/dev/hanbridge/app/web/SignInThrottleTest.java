package dev.hanbridge.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * Wrong tokens from one address, by bearer header or sign-in form: after a few, the address
 * waits, twice as long after each further one, and its tries are refused unchecked meanwhile.
 * This server allows three wrong tokens and then waits one second.
 */
class SignInThrottleTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path tmp;

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(tmp.resolve("data"), tmp.resolve("out"), "--hanbridge.serve.sign-in-attempts=3",
                "--hanbridge.serve.sign-in-delay=1s");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void afterThreeWrongBearerTokensEvenTheRightOneWaitsItsTurnThenWorks() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(bearer("wrong-" + i).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> refused = bearer(TestServer.TOKEN);

        assertThat(refused.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 2L);
        JsonNode error = TestServer.JSON.readTree(refused.body());
        assertThat(error.path("status").asInt()).isEqualTo(429);
        assertThat(error.path("message").asString()).contains("too many wrong tokens").contains("try again in");

        Thread.sleep(retryAfter * 1000 + 100);
        assertThat(bearer(TestServer.TOKEN).statusCode()).isEqualTo(200);
        // The right token cleared the address: three wrong ones are free again.
        assertThat(bearer("wrong-again").statusCode()).isEqualTo(401);
    }

    @Test
    void aBurstOfWrongTokensHasOnlyAFewChecked() throws Exception {
        // Measured before: 2,250 wrong-token requests a second, every one of them checked (401).
        List<Future<Integer>> answers = new ArrayList<>();
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(20);
        for (int i = 0; i < 400; i++) {
            String guess = "guess-" + i;
            answers.add(clients.submit(() -> bearer(guess).statusCode()));
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        int checked = 0;
        int refused = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            if (status == 401) {
                checked++;
            } else if (status == 429) {
                refused++;
            }
        }
        // Three free, then one try per wait (1 s, 2 s, 4 s, ...); tries racing each other while
        // the address is still free add at most the 20 clients.
        long waitsElapsed = Math.round(Math.floor(Math.log(seconds + 1) / Math.log(2))) + 1;
        assertThat(checked).as("wrong tokens checked in %.1f s", seconds).isLessThanOrEqualTo(3 + 20 + (int) waitsElapsed);
        assertThat(checked + refused).isEqualTo(400);
    }

    @Test
    void afterThreeWrongSignInsTheFormSaysHowLongToWaitAndSignsNobodyIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        for (int i = 0; i < 2; i++) {
            assertThat(signIn(browser, "wrong-" + i).headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?error");
        }
        assertThat(signIn(browser, "wrong-2").headers().firstValue("Location").orElseThrow())
                .contains("/login?wait=");

        HttpResponse<String> refused = signIn(browser, TestServer.TOKEN);

        assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("/login?wait=");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(send(browser, server.request("/runs").GET().build()).statusCode()).as("not signed in").isEqualTo(302);
        assertThat(send(browser, server.request("/login?wait=1").GET().build()).body())
                .contains("Too many wrong tokens from your address: try again in 1 seconds.");

        Thread.sleep(1_200);
        // Signed in, to the page asked for before (/runs, saved by Spring Security as /runs?continue).
        assertThat(signIn(browser, TestServer.TOKEN).headers().firstValue("Location").orElseThrow())
                .contains("/runs");
        assertThat(send(browser, server.request("/runs").GET().build()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> bearer(String token) throws Exception {
        return server.send(server.request("/api/runs").header("Authorization", "Bearer " + token).GET().build());
    }

    private HttpResponse<String> signIn(HttpClient browser, String token) throws Exception {
        Matcher csrf = CSRF.matcher(send(browser, server.request("/login").GET().build()).body());
        assertThat(csrf.find()).isTrue();
        return send(browser, server.request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=hanbridge&token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
                .build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) throws Exception {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

}
