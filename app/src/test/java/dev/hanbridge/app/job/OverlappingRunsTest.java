package dev.hanbridge.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.hanbridge.app.HanbridgeApplication;
import dev.hanbridge.app.TestDatabase;
import dev.hanbridge.app.run.RunLauncher;
import dev.hanbridge.app.run.RunRequest;
import dev.hanbridge.app.run.RunSummary;
import dev.hanbridge.export.ExportFormat;

/**
 * Two runs of the same inbox at once, as two overlapping cron invocations on one database: every
 * source is ingested by one of them, never by both, and both complete.
 */
class OverlappingRunsTest {

    private static final int ARTICLES = 12;

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "on {0}")
    @MethodSource("dev.hanbridge.app.TestDatabase#available")
    void overlappingRunsNeverIngestASourceTwice(TestDatabase database) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(inbox.resolve("notice-" + i + ".txt"), "구청 공지 " + i + "호\n\n"
                    + "구청은 " + i + "번째 공지에서 도로 공사 일정을 알렸다. 공사는 " + (i + 2) + "일 동안 이어진다.\n",
                    StandardCharsets.UTF_8);
        }
        List<String> settings = new ArrayList<>(database.emptySpringArgs());
        settings.add("--hanbridge.data-dir=" + tmp.resolve("data").toAbsolutePath());
        String[] args = settings.toArray(String[]::new);
        try (ConfigurableApplicationContext a = HanbridgeApplication.start(args);
                ConfigurableApplicationContext b = HanbridgeApplication.start(args)) {
            RunRequest request = new RunRequest(List.of(inbox), "none", ExportFormat.parseList("tsv"),
                    tmp.resolve("out"), null, null);
            CyclicBarrier together = new CyclicBarrier(2);
            CompletableFuture<RunSummary> first = CompletableFuture.supplyAsync(() -> runAfter(together, a, request));
            CompletableFuture<RunSummary> second = CompletableFuture.supplyAsync(() -> runAfter(together, b, request));
            RunSummary one = first.get(2, TimeUnit.MINUTES);
            RunSummary two = second.get(2, TimeUnit.MINUTES);

            assertThat(one.completed()).as(one.reason()).isTrue();
            assertThat(two.completed()).as(two.reason()).isTrue();
            JdbcClient jdbc = a.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM hb_article").query(Long.class).single()).isEqualTo(ARTICLES);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT source_uri) FROM hb_article").query(Long.class).single())
                    .isEqualTo(ARTICLES);
            assertThat(one.ingested() + two.ingested()).isEqualTo(ARTICLES);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM hb_article WHERE status <> 'EXPORTED'").query(Long.class)
                    .single()).isZero();
        }
    }

    private static RunSummary runAfter(CyclicBarrier together, ConfigurableApplicationContext context,
            RunRequest request) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return context.getBean(RunLauncher.class).run(request);
    }
}
