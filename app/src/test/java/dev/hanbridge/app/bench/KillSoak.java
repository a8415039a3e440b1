package dev.hanbridge.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.hanbridge.translate.ScriptedEngine;

/**
 * The soak of issue #14: {@code hanbridge run} in processes of its own, each on an inbox that
 * gained new articles since the last run, killed with SIGKILL at a random moment of its ingest,
 * translate or export step, until KILLS kills or MINUTES have passed; then one run that is left to
 * finish. The engine is the test engine {@code counting} (translate's test-jar), which logs every
 * text it receives to a file, across processes.
 *
 * <p>It then reports, from that log, the database and the output folder: lost segments (stored
 * without a translation, or never received by the engine), duplicate articles and segments, texts
 * the engine received more than once against the in-flight bound (the batches that can be in
 * flight when a translate step is killed: translate threads × batch size per such kill), orphan
 * files (in the output folder, in no table and no bundle), recorded files missing, and articles not
 * exported exactly once per format. It exits 1 when any of those is not zero, or the resends exceed
 * the bound.
 *
 * <p>Usage: {@code bench/soak.sh [KILLS] [MINUTES] [SEED]} (20, 20, the clock). The step being
 * worked on when a kill lands is read from Spring Batch's "Executing step" lines in the log.
 */
public final class KillSoak {

    private static final int ARTICLES_PER_ROUND = 30;
    private static final int PARAGRAPHS = 3;
    /** A title and two sentences per paragraph. */
    private static final int SEGMENTS_PER_ARTICLE = 1 + 2 * PARAGRAPHS;
    private static final String FORMATS = "tmx,xliff,html";
    private static final int TRANSLATE_THREADS = 4;
    private static final int BATCH = 4;
    private static final int ENGINE_DELAY_MS = 100;
    private static final String[] PLACES = {"목포", "여수", "춘천", "원주", "청주", "천안", "포항", "경주", "안동", "순천"};
    private static final String[] PLANS = {"자전거 도로", "청년 주택", "야시장", "해변 산책로", "작은 도서관", "마을 버스"};

    /** The steps a kill is aimed at, and how long after a step begins the kill may land. */
    private enum Stage {
        INGEST("ingest", 400), TRANSLATE("translate", 1500), EXPORT("export", 600);

        final String step;
        final int windowMs;

        Stage(String step, int windowMs) {
            this.step = step;
            this.windowMs = windowMs;
        }
    }

    private final Path work;
    private final Path inbox;
    private final Path data;
    private final Path out;
    private final Path engineLog;
    private int articles;

    private KillSoak(Path work) {
        this.work = work;
        this.inbox = work.resolve("inbox");
        this.data = work.resolve("data");
        this.out = work.resolve("out");
        this.engineLog = work.resolve("engine.log");
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int minutes = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : System.currentTimeMillis();
        Path work = Files.createTempDirectory("hanbridge-soak-");
        System.out.printf("Soak: up to %d kills in %d minutes, seed %d, in %s%n", kills, minutes, seed, work);
        boolean passed;
        try {
            passed = new KillSoak(work).soak(kills, minutes, new Random(seed));
        } catch (Exception e) {
            System.out.println("Soak aborted; its folder is kept: " + work);
            throw e;
        }
        if (passed) {
            deleteTree(work);
        } else {
            System.out.println("Folder kept for inspection: " + work);
        }
        System.exit(passed ? 0 : 1);
    }

    private boolean soak(int kills, int minutes, Random random) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        Map<String, Integer> killedIn = new HashMap<>();
        Map<Stage, Integer> ranOut = new EnumMap<>(Stage.class);
        int killed = 0;
        int runs = 0;
        while (killed < kills && System.nanoTime() < deadline) {
            writeArticles(ARTICLES_PER_ROUND);
            Stage stage = Stage.values()[random.nextInt(Stage.values().length)];
            Process run = start();
            StringBuffer output = drain(run);
            runs++;
            boolean reached = awaitUntil(run, () -> output.indexOf("Executing step: [" + stage.step + "]") >= 0,
                    deadline);
            if (reached) {
                Thread.sleep(random.nextInt(stage.windowMs));
            }
            if (!reached || !run.isAlive()) {
                if (run.waitFor(5, TimeUnit.MINUTES) && run.exitValue() != 0) {
                    throw new IllegalStateException("hanbridge run failed on its own (exit " + run.exitValue()
                            + "):\n" + output);
                }
                ranOut.merge(stage, 1, Integer::sum);
                continue;
            }
            run.destroyForcibly();
            run.waitFor(30, TimeUnit.SECONDS);
            killed++;
            killedIn.merge(lastStepBegun(output.toString()), 1, Integer::sum);
        }

        Process last = start();
        runs++;
        String lastOutput = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ended = last.waitFor(10, TimeUnit.MINUTES);
        System.out.printf("Runs: %d (%d killed: %s; %d finished before their kill: %s), then one left to finish%n",
                runs, killed, killedIn, runs - 1 - killed, ranOut);
        System.out.printf("Articles: %d sources of %d segments each, %d new before each run%n", articles,
                SEGMENTS_PER_ARTICLE, ARTICLES_PER_ROUND);
        if (!ended || last.exitValue() != 0) {
            System.out.println("The last run did not finish:\n" + lastOutput);
            return false;
        }
        System.out.print(lastOutput.lines().filter(l -> l.startsWith("Run ")).findFirst().orElse("") + "\n");
        return report(killedIn.getOrDefault(Stage.TRANSLATE.step, 0));
    }

    private boolean report(int translateKills) throws SQLException, IOException {
        List<String> sent = ScriptedEngine.Counting.lines(engineLog, "SEG ").stream().map(l -> l.substring(4))
                .toList();
        Set<String> received = new HashSet<>(sent);
        int resends = sent.size() - received.size();
        int bound = translateKills * TRANSLATE_THREADS * BATCH;
        Set<String> recorded = new HashSet<>();
        long lost;
        long neverReceived = 0;
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath() + "/hanbridge",
                "sa", ""); Statement sql = db.createStatement()) {
            long stored = count(sql, "SELECT COUNT(*) FROM hb_segment");
            lost = count(sql, "SELECT COUNT(*) FROM hb_segment s LEFT JOIN hb_translation t ON t.segment_id = s.id"
                    + " WHERE t.segment_id IS NULL") + Math.max(0, (long) articles * SEGMENTS_PER_ARTICLE - stored);
            try (ResultSet texts = sql.executeQuery("SELECT DISTINCT source_text FROM hb_segment")) {
                while (texts.next()) {
                    neverReceived += received.contains(texts.getString(1)) ? 0 : 1;
                }
            }
            long duplicateArticles = count(sql, "SELECT COUNT(*) - COUNT(DISTINCT source_uri) FROM hb_article");
            long missingArticles = articles - count(sql, "SELECT COUNT(DISTINCT source_uri) FROM hb_article");
            long duplicateSegments = count(sql, "SELECT COUNT(*) FROM (SELECT article_id, source_text FROM hb_segment"
                    + " GROUP BY article_id, source_text HAVING COUNT(*) > 1) d");
            long notExported = count(sql, "SELECT COUNT(*) FROM hb_article WHERE status <> 'EXPORTED'");
            long exportedTwice = count(sql, "SELECT COUNT(*) FROM (SELECT article_id, format FROM hb_export_file"
                    + " WHERE article_id IS NOT NULL GROUP BY article_id, format HAVING COUNT(*) > 1) d");
            int formats = FORMATS.split(",").length;
            long exportedShort = count(sql, "SELECT COUNT(*) FROM hb_article a WHERE (SELECT COUNT(DISTINCT format)"
                    + " FROM hb_export_file f WHERE f.article_id = a.id) <> " + formats);
            try (ResultSet paths = sql.executeQuery("SELECT path FROM hb_export_file UNION SELECT bundle_path"
                    + " FROM hb_run WHERE bundle_path IS NOT NULL")) {
                while (paths.next()) {
                    recorded.add(Path.of(paths.getString(1)).toAbsolutePath().normalize().toString());
                }
            }
            List<String> onDisk;
            try (Stream<Path> walk = Files.walk(out)) {
                onDisk = walk.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize().toString())
                        .toList();
            }
            // A run's manifest.json is not a table's: its bundle holds it.
            long orphans = onDisk.stream().filter(p -> !recorded.contains(p))
                    .filter(p -> !(p.endsWith("manifest.json") && bundled(recorded, Path.of(p).getParent()))).count();
            long missingFiles = recorded.stream().filter(p -> !Files.isRegularFile(Path.of(p))).count();

            System.out.println("check                                              found");
            List<long[]> zeros = new ArrayList<>();
            zeros.add(line("lost segments (untranslated or never stored)", lost));
            zeros.add(line("segments the engine never received", neverReceived));
            zeros.add(line("duplicate articles", duplicateArticles));
            zeros.add(line("sources never stored as an article", missingArticles));
            zeros.add(line("duplicate segments", duplicateSegments));
            zeros.add(line("orphan files (in no table and no bundle)", orphans));
            zeros.add(line("recorded files missing from the disk", missingFiles));
            zeros.add(line("articles not EXPORTED", notExported));
            zeros.add(line("article exported twice in one format", exportedTwice));
            zeros.add(line("articles without exactly one file per format", exportedShort));
            System.out.printf("%-50s %5d (%d texts, %d sends; bound %d = %d translate kills x %d threads x %d)%n",
                    "texts received more than once", resends, received.size(), sent.size(), bound, translateKills,
                    TRANSLATE_THREADS, BATCH);
            boolean passed = zeros.stream().allMatch(z -> z[0] == 0) && resends <= bound;
            System.out.println(passed ? "PASSED: all zero, resends within the in-flight bound" : "FAILED");
            return passed;
        }
    }

    /** Whether the run of this run-N folder has a recorded bundle. */
    private boolean bundled(Set<String> recorded, Path runDir) {
        String run = runDir.getFileName().toString().substring("run-".length());
        return recorded.contains(out.resolve("hanbridge-run-" + run + ".zip").toAbsolutePath().normalize().toString());
    }

    private static long[] line(String what, long found) {
        System.out.printf("%-50s %5d%n", what, found);
        return new long[] {found};
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Process start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dhanbridge.engines.counting.log=" + engineLog,
                "-Dhanbridge.engines.counting.delay-ms=" + ENGINE_DELAY_MS,
                "-Dhanbridge.engines.counting.batch=" + BATCH,
                "-Dhanbridge.translate.threads=" + TRANSLATE_THREADS,
                // Spring Batch's "Executing step: [name]" lines (on the console) say which step a kill lands in.
                "-Dlogging.level.org.springframework.batch.core.step.AbstractStep=INFO",
                "dev.hanbridge.app.cli.HanbridgeMain", "run", inbox.toString(), "--engine", "counting",
                "--formats", FORMATS, "--data", data.toString(), "--out", out.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).directory(work.toFile()).start();
    }

    private interface Check {
        boolean met() throws IOException;
    }

    /** The process's output, read on the side as it comes, so that a full pipe never blocks it. */
    private static StringBuffer drain(Process process) {
        StringBuffer output = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.append(line).append('\n');
                }
            } catch (IOException e) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    /** Polls until {@code check} is met (true) or the process ends or the deadline passes (false). */
    private static boolean awaitUntil(Process process, Check check, long deadline) throws Exception {
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (check.met()) {
                return true;
            }
            Thread.sleep(5);
        }
        return false;
    }

    private static String lastStepBegun(String output) {
        List<String> lines = output.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            int at = lines.get(i).indexOf("Executing step: [");
            if (at >= 0) {
                String step = lines.get(i).substring(at + 17);
                return step.substring(0, step.indexOf(']')).split("[-:]")[0]; // ingest-partition:part1: ingest
            }
        }
        return "start";
    }

    /** Articles we wrote for this soak, every sentence unique so that each text sent can be counted. */
    private void writeArticles(int count) throws IOException {
        Files.createDirectories(inbox);
        for (int end = articles + count; articles < end; articles++) {
            int n = articles;
            String place = PLACES[n % PLACES.length];
            StringBuilder text = new StringBuilder();
            text.append(place).append(" ").append(PLANS[n % PLANS.length]).append(" 사업 ").append(n).append("차 안내\n\n");
            for (int p = 0; p < PARAGRAPHS; p++) {
                text.append(place).append(" 주민센터는 ").append(n).append("차 안내의 ").append(p + 1)
                        .append("번째 항목을 공개했다. ");
                text.append("공사는 ").append(n % 12 + 1).append("월에 시작하며 비용은 ").append(n * 10 + p)
                        .append("억원으로 잡혔다.\n\n");
            }
            Files.writeString(inbox.resolve(String.format("soak-%04d.txt", n)), text, StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }
}
