package dev.hanbridge.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * A person's visit in a real Chromium: {@code hanbridge serve} starts as its own process on a
 * loopback port; the browser signs in, uploads a Korean article, watches the run complete on the
 * page, downloads the bundle (whose manifest is checked against its entries), and the side-by-side
 * view is saved as a screenshot under {@code app/target/e2e/}.
 *
 * <p>Opt-in: {@code -Dhanbridge.browser=/usr/bin/chromium} (.ci/run sets it after installing
 * Debian's chromium). Once set, a missing or broken browser fails the test.
 */
@EnabledIfSystemProperty(named = "hanbridge.browser", matches = ".+")
class BrowserEndToEndTest {

    private static final String TOKEN = "e2e-" + java.util.UUID.randomUUID();
    private static final Duration STEP = Duration.ofSeconds(30);

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withHanbridgeBrowserSetSignsInUploadsWatchesTheRunAndDownloadsTheBundle() throws Exception {
        Path article = tmp.resolve("강릉-커피축제.txt");
        Files.writeString(article, """
                강릉 커피 축제 다음 달 개막

                최하린 기자

                강릉시는 다음 달 첫 주말에 커피 축제를 연다고 밝혔다. 올해는 바닷가 산책로를 따라 부스 백여 곳이 들어선다.

                시 관계자는 "작년보다 방문객이 두 배 늘 것으로 본다"고 말했다. 축제 기간에는 임시 버스가 삼십 분마다 다닌다.
                """, StandardCharsets.UTF_8);
        int port = freePort();
        Process server = startServe(port);
        Process browser = null;
        try {
            URI base = URI.create("http://127.0.0.1:" + port);
            awaitHealth(base, server);
            Path profile = Files.createDirectories(tmp.resolve("profile"));
            Path downloads = Files.createDirectories(tmp.resolve("downloads"));
            browser = startChromium(profile);
            String[] endpoints = devToolsEndpoints(profile, browser);
            try (Cdp browserTarget = Cdp.connect(http, "ws://127.0.0.1:" + endpoints[0] + endpoints[1]);
                    Cdp page = Cdp.connect(http, pageTarget(endpoints[0]))) {
                browserTarget.send("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                        downloads.toString()));

                // Not signed in: the runs page sends the person to the login form.
                page.send("Page.navigate", Map.of("url", base + "/runs"));
                page.await("location.pathname === '/login' && document.readyState === 'complete'", STEP);
                page.eval("document.getElementById('token').focus()");
                page.send("Input.insertText", Map.of("text", TOKEN));
                page.eval("document.getElementById('sign-in').click()");
                page.await("location.pathname === '/runs' && document.readyState === 'complete'", STEP);

                page.eval("document.getElementById('new-run').click()");
                page.await("location.pathname === '/runs/new' && document.readyState === 'complete'", STEP);
                long input = page.send("DOM.querySelector", Map.of("nodeId",
                        page.send("DOM.getDocument", Map.of()).path("root").path("nodeId").asLong(),
                        "selector", "#files")).path("nodeId").asLong();
                page.send("DOM.setFileInputFiles", Map.of("nodeId", input, "files", List.of(article.toString())));
                page.eval("document.getElementById('launch').click()");
                page.await("/^\\/runs\\/\\d+$/.test(location.pathname)", STEP);
                long runId = Long.parseLong(page.evalString("location.pathname.split('/')[2]"));

                // The page follows the run by itself and reloads when it ends.
                page.await("document.readyState === 'complete' && document.getElementById('run-status') && "
                        + "document.getElementById('run-status').textContent === 'COMPLETED'", Duration.ofSeconds(60));
                assertThat(page.evalString("document.querySelector('#articles tbody').textContent"))
                        .contains("강릉-커피축제.txt").contains("EXPORTED").contains("MT:counting");

                screenshot(page, "run.png");

                page.eval("document.getElementById('bundle-link').click()");
                Path bundle = awaitDownload(downloads, "hanbridge-run-" + runId + ".zip");
                checkManifest(bundle);

                page.eval("document.querySelector('.article-link').click()");
                page.await("/\\/articles\\/\\d+$/.test(location.pathname) && document.readyState === 'complete'",
                        STEP);
                assertThat(page.evalString("document.getElementById('side-by-side').textContent"))
                        .contains("강릉시는 다음 달 첫 주말에 커피 축제를 연다고 밝혔다.").contains("[en]");
                assertThat(Files.size(screenshot(page, "side-by-side.png"))).isGreaterThan(5_000);

                page.send("Page.navigate", Map.of("url", base + "/runs"));
                page.await("location.pathname === '/runs' && document.readyState === 'complete'", STEP);
                assertThat(page.evalString("document.querySelector('#runs tbody').textContent")).contains("COMPLETED");
                screenshot(page, "runs.png");
            }
        } catch (ConditionTimeoutException | TerminalFailureException e) {
            // Whatever the test waited for, the processes' own words say why it did not come.
            throw new AssertionError(e.getMessage() + "\n--- serve.log\n" + tail("serve.log") + "\n--- chromium.log\n"
                    + tail("chromium.log"), e);
        } finally {
            if (browser != null) {
                browser.destroy();
                if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                    browser.destroyForcibly();
                }
            }
            server.destroy(); // SIGTERM: the server's graceful stop
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private String tail(String log) throws IOException {
        Path file = tmp.resolve(log);
        if (!Files.exists(file)) {
            return "(none)";
        }
        String text = Files.readString(file);
        return text.length() <= 8_000 ? text : "…" + text.substring(text.length() - 8_000);
    }

    /**
     * Saves the whole page under app/target/e2e/, for a person to look at. Chromium refuses a
     * capture beyond the viewport while the page has no layout yet ("Cannot take screenshot with 0
     * width", seen once in CI right after the run page reloaded itself), so the test waits for a
     * laid-out page and gives the area to capture itself, as Puppeteer does for a full page.
     */
    private static Path screenshot(Cdp page, String name) throws IOException {
        page.await("document.readyState === 'complete' && document.documentElement.scrollWidth > 0 "
                + "&& document.documentElement.scrollHeight > 0", STEP);
        JsonNode size = page.send("Page.getLayoutMetrics", Map.of()).path("cssContentSize");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", Math.max(1, size.path("width").asDouble()),
                "height", Math.max(1, size.path("height").asDouble()), "scale", 1);
        String png = page.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", clip)).path("data").asString();
        Path shot = Path.of("target", "e2e", name);
        Files.createDirectories(shot.getParent());
        Files.write(shot, Base64.getDecoder().decode(png));
        return shot;
    }

    private Process startServe(int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dhanbridge.engines.counting.log=" + tmp.resolve("engine.log"),
                "-Dhanbridge.engines.counting.delay-ms=150",
                "-Dhanbridge.engines.counting.batch=2",
                "dev.hanbridge.app.cli.HanbridgeMain", "serve", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--engine", "counting", "--data", tmp.resolve("data").toString(), "--out",
                tmp.resolve("out").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("serve.log").toFile()).directory(tmp.toFile());
        builder.environment().put("HANBRIDGE_API_TOKEN", TOKEN);
        return builder.start();
    }

    private void awaitHealth(URI base, Process server) {
        await("hanbridge serve to answer").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .failFast("hanbridge serve ended", () -> !server.isAlive())
                .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
                .until(() -> http.send(HttpRequest.newBuilder(base.resolve("/api/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    private Process startChromium(Path profile) throws IOException {
        return new ProcessBuilder(System.getProperty("hanbridge.browser"), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1280,900", "about:blank")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("chromium.log").toFile()).start();
    }

    /** Chromium writes its DevTools port and browser path to the profile once it listens. */
    private String[] devToolsEndpoints(Path profile, Process browser) {
        Path file = profile.resolve("DevToolsActivePort");
        List<String> lines = await("chromium to open DevTools").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .failFast("chromium ended", () -> !browser.isAlive())
                .until(() -> Files.exists(file) ? Files.readAllLines(file) : List.of(), l -> l.size() >= 2);
        return new String[] {lines.get(0).strip(), lines.get(1).strip()};
    }

    private String pageTarget(String port) throws Exception {
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : TestServer.JSON.readTree(list.body())) {
            if (target.path("type").asString().equals("page")) {
                return target.path("webSocketDebuggerUrl").asString();
            }
        }
        throw new AssertionError("chromium has no page: " + list.body());
    }

    private static Path awaitDownload(Path dir, String name) {
        Path file = dir.resolve(name);
        await("the download of " + name).atMost(STEP)
                .until(() -> Files.exists(file) && !Files.exists(dir.resolve(name + ".crdownload")));
        return file;
    }

    /** The manifest lists every per-article file with its size and SHA-256, and they match. */
    private static void checkManifest(Path bundle) throws Exception {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            ZipEntry entry = zip.getEntry("manifest.json");
            assertThat(entry).as("manifest.json in the bundle").isNotNull();
            JsonNode manifest = TestServer.JSON.readTree(zip.getInputStream(entry).readAllBytes());
            Map<String, JsonNode> listed = new HashMap<>();
            for (JsonNode file : manifest.path("files")) {
                listed.put(file.path("path").asString(), file);
            }
            assertThat(listed.keySet()).anyMatch(p -> p.endsWith(".tmx")).anyMatch(p -> p.endsWith(".html"));
            for (var e : listed.entrySet()) {
                ZipEntry z = zip.getEntry(e.getKey());
                assertThat(z).as(e.getKey()).isNotNull();
                byte[] bytes = zip.getInputStream(z).readAllBytes();
                assertThat((long) bytes.length).isEqualTo(e.getValue().path("size").asLong());
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                        .isEqualTo(e.getValue().path("sha256").asString());
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
