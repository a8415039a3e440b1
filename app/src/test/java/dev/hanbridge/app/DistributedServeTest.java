package dev.hanbridge.app;

import static dev.hanbridge.app.DistributedChecks.FORMATS;
import static dev.hanbridge.app.DistributedChecks.awaitJoined;
import static dev.hanbridge.app.DistributedChecks.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code hanbridge serve} started with a broker is the manager of the runs launched through it: a
 * run posted to its API is partitioned to a worker process, completes, and its bundle downloads
 * from the server. Real processes, as {@link DistributedRunTest}, and opt-in as it is.
 */
@EnabledIfSystemProperty(named = TestDatabase.POSTGRES_PROPERTY, matches = ".+")
@EnabledIfSystemProperty(named = Cluster.RABBITMQ_PROPERTY, matches = ".+")
class DistributedServeTest {

    private static final int ARTICLES = 6;
    private static final Pattern SERVES = Pattern.compile("hanbridge serves (http://\\S+/) .*\\(distributed");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TOKEN = "distributed-serve-" + java.util.UUID.randomUUID();

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aRunLaunchedThroughTheServerIsPartitionedToAWorkerAndItsBundleDownloads() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Fixtures.articles(inbox, ARTICLES, 2);
        try (Cluster cluster = new Cluster(tmp, List.of("-Dhanbridge.serve.api-token=" + TOKEN,
                "-Dhanbridge.distributed.partitions.ingest=4",
                "-Dhanbridge.distributed.partitions.translate=4", "-Dhanbridge.distributed.partitions.export=4"))) {
            Process worker = cluster.worker("--slots", "2");
            // given a server with a broker configured
            Process server = cluster.command("serve", "--port", "0", "--allow-path", inbox.toString(),
                    "--engine", "counting", "--out", tmp.resolve("out").toString(),
                    "--data", tmp.resolve("data").toString());
            awaitJoined(cluster, worker);
            String[] base = new String[1];
            await("the server listens").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .failFast(() -> assertThat(server.isAlive()).as(() -> cluster.output(server)).isTrue())
                    .until(() -> {
                        Matcher m = SERVES.matcher(cluster.output(server));
                        base[0] = m.find() ? m.group(1) : null;
                        return base[0] != null;
                    });
            URI api = URI.create(base[0]).resolve("/api/");

            // when a run on the inbox is posted to its API
            HttpResponse<String> launched = http.send(request(api.resolve("runs"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                            Map.of("inputs", List.of(inbox.toString())))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(launched.statusCode()).as(launched.body()).isEqualTo(202);
            long runId = JSON.readTree(launched.body()).get("id").asLong();

            // then it completes with every article, its partitions run by the worker process
            await("run " + runId + " ends").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                    .failFast(() -> assertThat(server.isAlive()).as(() -> cluster.output(server)).isTrue())
                    .until(() -> !json(api.resolve("runs/" + runId)).get("run").get("status").asString().equals("RUNNING"));
            JsonNode run = json(api.resolve("runs/" + runId)).get("run");
            assertThat(run.get("status").asString()).as(run.toString() + cluster.output(server)).isEqualTo("COMPLETED");
            assertThat(run.get("articles").asLong()).isEqualTo(ARTICLES);
            assertThat(count("SELECT COUNT(*) FROM hb_partition WHERE run_id = " + runId)).isEqualTo(12);
            assertThat(count("SELECT COUNT(*) FROM hb_partition p JOIN hb_worker w ON w.id = p.worker_id"
                    + " WHERE p.run_id = " + runId + " AND w.pid = " + worker.pid())).isEqualTo(12);
            assertThat(count("SELECT COUNT(*) FROM hb_partition p JOIN hb_worker w ON w.id = p.worker_id"
                    + " WHERE w.pid = " + server.pid())).isZero();

            // and its bundle downloads from the server: every article in every format, and the manifest
            HttpResponse<byte[]> bundle = http.send(request(api.resolve("runs/" + runId + "/bundle"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(bundle.statusCode()).isEqualTo(200);
            assertThat(entries(bundle.body())).hasSize(ARTICLES * FORMATS + 1).contains("manifest.json");
        }
    }

    private JsonNode json(URI uri) throws Exception {
        HttpResponse<String> response = http.send(request(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + TOKEN);
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
