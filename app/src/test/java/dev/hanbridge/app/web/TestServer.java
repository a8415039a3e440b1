package dev.hanbridge.app.web;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;

import dev.hanbridge.app.serve.ServerApplication;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** {@code hanbridge serve} in this JVM on a free loopback port, and an HTTP client for it. */
public final class TestServer implements AutoCloseable {

    public static final String TOKEN = "test-token-" + UUID.randomUUID();
    public static final ObjectMapper JSON = JsonMapper.builder().build();

    public final ConfigurableApplicationContext context;
    public final URI base;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }

    /** @param extra more Spring arguments ({@code --key=value}) */
    public static TestServer start(Path data, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--hanbridge.data-dir=" + data.toAbsolutePath(),
                "--hanbridge.out-dir=" + out.toAbsolutePath(),
                "--spring.main.web-application-type=servlet",
                "--hanbridge.serve.enabled=true",
                "--server.port=0",
                "--server.address=127.0.0.1"));
        if (java.util.Arrays.stream(extra).noneMatch(a -> a.startsWith("--hanbridge.serve.api-token="))) {
            args.add("--hanbridge.serve.api-token=" + TOKEN);
        }
        args.addAll(List.of(extra));
        return new TestServer(ServerApplication.start(args.toArray(String[]::new)));
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
    }

    public HttpRequest.Builder authorized(String path) {
        return request(path).header("Authorization", "Bearer " + TOKEN);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(authorized(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public HttpResponse<String> postJson(String path, Object body) throws IOException, InterruptedException {
        return send(authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    /** A multipart upload of named files (part name {@code files}) with optional fields. */
    public HttpResponse<String> upload(String path, Map<String, byte[]> files, Map<String, String> fields)
            throws IOException, InterruptedException {
        String boundary = "----hanbridge" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        for (var file : files.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(file.getValue());
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(authorized(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Polls the run until it is no longer running; returns its detail. */
    public JsonNode awaitRun(long runId, Duration timeout) {
        return await("run " + runId + " to end").atMost(timeout)
                .until(() -> json("/api/runs/" + runId), detail -> !detail.path("run").path("status").asString()
                        .equals("RUNNING"));
    }

    @Override
    public void close() {
        context.close();
    }
}
