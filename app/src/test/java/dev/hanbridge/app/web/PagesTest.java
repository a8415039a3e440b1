package dev.hanbridge.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages' sign-in by token, their session, and CSRF on their forms. */
class PagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    static Path tmp;

    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(tmp.resolve("data"), tmp.resolve("out"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A browser-like client: keeps cookies, does not follow redirects (they are asserted). */
    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(server.request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postForm(HttpClient client, String path, String form) throws Exception {
        return client.send(server.request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> signIn(HttpClient client, String token) throws Exception {
        String csrf = csrf(get(client, "/login").body());
        return postForm(client, "/login", "username=hanbridge&token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                + "&_csrf=" + csrf);
    }

    @Test
    void wrongTokenDoesNotSignIn() throws Exception {
        HttpClient client = browser();
        HttpResponse<String> response = signIn(client, "guess");
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(get(client, "/runs").statusCode()).isEqualTo(302);
    }

    @Test
    void signingInWithTheTokenOpensThePagesAndTheApiForTheSession() throws Exception {
        HttpClient client = browser();
        HttpResponse<String> response = signIn(client, TestServer.TOKEN);
        assertThat(response.statusCode()).isEqualTo(302);
        HttpResponse<String> runs = get(client, "/runs");
        assertThat(runs.statusCode()).isEqualTo(200);
        assertThat(runs.body()).contains("<h1>Runs</h1>");
        assertThat(get(client, "/runs/new").body()).contains("enctype=\"multipart/form-data\"");
        // The pages' scripts read the API with the session cookie.
        assertThat(get(client, "/api/runs").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownRunIsAPageNotFound() throws Exception {
        HttpClient client = browser();
        signIn(client, TestServer.TOKEN);
        HttpResponse<String> missing = client.send(server.request("/runs/424242").header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no such run");
    }

    @Test
    void formsAndSessionCallsWithoutTheCsrfTokenAreRefused() throws Exception {
        HttpClient client = browser();
        signIn(client, TestServer.TOKEN);
        assertThat(postForm(client, "/runs", "engine=none").statusCode()).isEqualTo(403);
        HttpResponse<String> api = client.send(server.request("/api/runs").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"inputs\":[\"/etc\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(403);
    }

    @Test
    void anUploadThePageCannotTakeShowsTheUploadPageWithTheReason() throws Exception {
        HttpClient client = browser();
        signIn(client, TestServer.TOKEN);
        String page = get(client, "/runs/new").body();
        Matcher action = Pattern.compile("id=\"upload-form\"|action=\"([^\"]+)\"").matcher(page);
        String target = null;
        while (action.find()) {
            if (action.group(1) != null && action.group(1).startsWith("/runs?")) {
                target = action.group(1).replace("&amp;", "&");
            }
        }
        assertThat(target).as("the upload form's address, with its CSRF token").isNotNull();

        // More parts than the container takes: its body is never read, the page says why.
        String boundary = "----hanbridge-pages";
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 130; i++) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a")
                    .append(i).append(".txt\"\r\n\r\n기사 ").append(i).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> refused = client.send(server.request(target)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/runs/new");
        assertThat(get(client, "/runs/new").body()).contains("id=\"upload-error\"").contains("at most 100");
    }

    @Test
    void pagesForbidInlineScriptsAndHaveNone() throws Exception {
        HttpClient client = browser();
        HttpResponse<String> signedIn = signIn(client, TestServer.TOKEN);
        assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax"));
        for (String path : List.of("/login", "/runs", "/runs/new")) {
            HttpResponse<String> page = get(client, path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(path).contains("script-src 'self'").contains("style-src 'self';")
                    .contains("object-src 'none'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            // Every script is a file of the server's; no inline handler or style attribute.
            assertThat(page.body()).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                    .doesNotContainPattern("\\son[a-z]+=").doesNotContainPattern("\\sstyle=");
        }
        HttpResponse<String> script = get(client, "/js/runs.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("/api/runs");
        assertThat(server.get("/api/runs").headers().firstValue("Content-Security-Policy").orElse(""))
                .startsWith("default-src 'none'");
    }

    @Test
    void theTokenNeverReachesTheLog() throws Exception {
        signIn(browser(), TestServer.TOKEN);
        server.get("/api/runs");
        Path log = tmp.resolve("data").resolve("logs").resolve("hanbridge.log");
        assertThat(Files.readString(log)).doesNotContain(TestServer.TOKEN);
    }
}
