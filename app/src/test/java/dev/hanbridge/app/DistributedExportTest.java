package dev.hanbridge.app;

import static dev.hanbridge.app.DistributedChecks.FORMATS;
import static dev.hanbridge.app.DistributedChecks.awaitJoined;
import static dev.hanbridge.app.DistributedChecks.count;
import static dev.hanbridge.app.DistributedChecks.partitionsRunningOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.security.MessageDigest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.export.RunBundle;

/**
 * The export step of a distributed run on two worker processes, one killed with SIGKILL inside an
 * export partition. Export partitions write into one run folder at the same time and record their
 * files only when their chunk commits, so a partition that cleared the folder of unrecorded files
 * as it started would take files other partitions had just written: they leave that to the
 * manager, which clears the folder before the step and once more when every partition has
 * finished. Opt-in as {@link DistributedRunTest}.
 */
@EnabledIfSystemProperty(named = TestDatabase.POSTGRES_PROPERTY, matches = ".+")
@EnabledIfSystemProperty(named = Cluster.RABBITMQ_PROPERTY, matches = ".+")
class DistributedExportTest {

    private static final int ARTICLES = 48;

    @TempDir
    Path tmp;

    @Test
    void exportPartitionsKeepEachOthersFilesAndTheManagerClearsWhatAKilledOneLeft() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Path out = tmp.resolve("out");
        Path runDir = out.resolve("run-1");
        Fixtures.articles(inbox, ARTICLES, 2);
        // 8 export partitions of 6 articles on 4 slots: they start while others write; one export
        // thread each, so that a partition lasts long enough to be killed in
        try (Cluster cluster = new Cluster(tmp, List.of("-Dhanbridge.distributed.partitions.export=8",
                "-Dhanbridge.export.threads=1"))) {
            Process doomed = cluster.worker("--slots", "2");
            Process other = cluster.worker("--slots", "2");
            awaitJoined(cluster, doomed, other);
            Process manager = cluster.command("run", inbox.toString(), "--distributed", "--engine", "counting",
                    "--out", out.toString());

            // given export partitions running on both workers at once, and one of the workers
            // killed inside its partition (after the manager's first clear-up)
            await("export partitions on both workers").atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(10))
                    .failFast(() -> assertThat(manager.isAlive()).as(() -> cluster.output(manager)).isTrue())
                    .until(() -> partitionsRunningOn("export", doomed) > 0 && partitionsRunningOn("export", other) > 0);
            doomed.destroyForcibly();
            assertThat(doomed.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // what a partition killed inside a write leaves (the kill may land between writes):
            // a temporary file, and a file of an article that no row records
            Files.createDirectories(runDir);
            Files.writeString(runDir.resolve(".article-999.tmx.tmp-5f3a9c01"), "<?xml");
            Files.writeString(runDir.resolve("article-999.html"), "<html>");

            // when the other worker takes the partition over and the run ends
            assertThat(manager.waitFor(5, TimeUnit.MINUTES)).as("the run ends").isTrue();
            String summary = cluster.output(manager);
            assertThat(manager.exitValue()).as(summary).isZero();
            assertThat(summary).contains("Run 1 COMPLETED");
            assertThat(count("SELECT COUNT(*) FROM hb_partition WHERE step = 'export' AND attempts > 1"))
                    .as(summary).isPositive();
        }

        // then every file recorded is on disk as recorded: no partition deleted another's
        assertThat(count("SELECT COUNT(*) FROM hb_article WHERE status = 'EXPORTED'")).isEqualTo(ARTICLES);
        List<Map<String, String>> recorded = TestDatabase.POSTGRESQL.query(null,
                "SELECT path, size_bytes, sha256 FROM hb_export_file WHERE article_id IS NOT NULL");
        assertThat(recorded).hasSize(ARTICLES * FORMATS);
        for (Map<String, String> file : recorded) {
            Path path = Path.of(file.get("PATH"));
            assertThat(path).exists();
            assertThat(Files.size(path)).as(path.toString()).isEqualTo(Long.parseLong(file.get("SIZE_BYTES")));
            assertThat(sha256(path)).as(path.toString()).isEqualToIgnoringCase(file.get("SHA256"));
        }
        // and the manager cleared what the killed partition left: the folder holds the recorded files only
        Set<Path> expected = recorded.stream().map(f -> Path.of(f.get("PATH")).getFileName()).collect(Collectors.toSet());
        try (var files = Files.list(runDir)) {
            Set<Path> present = files.map(Path::getFileName).collect(Collectors.toCollection(HashSet::new));
            present.remove(Path.of(RunBundle.MANIFEST_NAME));
            assertThat(present).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(out.resolve("hanbridge-run-1.zip")).exists();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
