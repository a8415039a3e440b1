package dev.hanbridge.app;

import static dev.hanbridge.translate.ScriptedEngine.Counting.lines;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the tests of distributed runs ({@link Cluster}) wait for and check: workers joined, a step's
 * partitions running on a worker, and at the end every article exported once and every sentence
 * paid for once (within a bound), from the database of {@link TestDatabase#POSTGRESQL}.
 */
final class DistributedChecks {

    static final int FORMATS = 3; // tmx, xliff, html: the default

    private DistributedChecks() {
    }

    static void awaitJoined(Cluster cluster, Process... workers) {
        for (Process worker : workers) {
            await("worker " + worker.pid() + " joins").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                    .failFast(() -> assertThat(worker.isAlive()).as(() -> cluster.output(worker)).isTrue())
                    .until(() -> cluster.output(worker).contains("works on partitions"));
        }
    }

    /** Partitions of {@code step} ({@code translate}, {@code export}) the worker process runs now. */
    static long partitionsRunningOn(String step, Process worker) throws SQLException {
        return count("SELECT COUNT(*) FROM hb_partition p JOIN hb_worker w ON w.id = p.worker_id"
                + " WHERE p.step = '" + step + "' AND p.finished_at IS NULL AND w.pid = " + worker.pid());
    }

    static long count(String sql) throws SQLException {
        return Long.parseLong(TestDatabase.POSTGRESQL.queryOne(null, sql));
    }

    /**
     * Run 1 exported each of the {@code articles} once in every default format, wrote its bundle,
     * translated every segment, and the engine was sent every sentence, a sentence more than once
     * at most {@code resentAtMost} times ({@code engineLog}: the cluster's {@link Cluster#engineLog()}).
     */
    static void assertEveryArticleExportedOnceAndEverySentenceSent(Path engineLog, int articles, Path out,
            int resentAtMost) throws Exception {
        assertThat(count("SELECT COUNT(*) FROM hb_article")).isEqualTo(articles);
        assertThat(count("SELECT COUNT(*) FROM hb_article WHERE status = 'EXPORTED'")).isEqualTo(articles);
        assertThat(count("SELECT COUNT(*) FROM hb_export_file WHERE article_id IS NOT NULL"))
                .isEqualTo((long) articles * FORMATS);
        assertThat(count("SELECT COUNT(*) FROM (SELECT article_id, format FROM hb_export_file"
                + " WHERE article_id IS NOT NULL GROUP BY article_id, format HAVING COUNT(*) > 1) d")).isZero();
        try (var files = Files.list(out.resolve("run-1"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".tmx")).count()).isEqualTo(articles);
        }
        assertThat(out.resolve("hanbridge-run-1.zip")).exists();
        assertThat(count("SELECT COUNT(*) FROM hb_segment")).isEqualTo(count("SELECT COUNT(*) FROM hb_translation"));
        List<String> sent = lines(engineLog, "SEG ");
        Set<String> distinct = new HashSet<>(sent);
        assertThat(sent.size() - distinct.size()).as("sentences sent more than once").isLessThanOrEqualTo(resentAtMost);
        assertThat((long) distinct.size()).isEqualTo(count("SELECT COUNT(DISTINCT source_hash) FROM hb_segment"));
    }

    /**
     * Articles whose every sentence, byline included, is their own: a sentence two articles share
     * may be sent by two workers that translate them at the same instant (README, Scale-out), which
     * would hide what these tests look for, a sentence paid twice because of a kill or a restart.
     */
    static void uniqueArticles(Path dir, int count) throws IOException {
        String[] surnames = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"};
        String[] names = {"서연", "민준", "지우", "하은", "도윤", "서준", "수아", "예준", "지호", "유나"};
        String[] places = {"부산", "인천", "대구", "광주", "대전", "울산", "수원", "전주", "제주", "강릉"};
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            String place = places[i % places.length];
            StringBuilder text = new StringBuilder();
            text.append(place).append(" 새 도서관 계획 발표 ").append(i).append("호\n\n");
            text.append(surnames[i % 10]).append(names[(i / 10) % 10]).append(" 기자\n\n");
            for (int p = 0; p < 3; p++) {
                text.append(place).append("시는 ").append(i).append("번째 기사의 ").append(p)
                        .append("번째 문단에서 새 사업을 설명했다. 예산은 ").append(100 + i).append("억원이며 주민 ")
                        .append(p + 1).append("만 명이 혜택을 받는다고 ").append(i).append("일 밝혔다.\n\n");
            }
            Files.writeString(dir.resolve(String.format("article-%03d.txt", i)), text, StandardCharsets.UTF_8);
        }
    }
}
