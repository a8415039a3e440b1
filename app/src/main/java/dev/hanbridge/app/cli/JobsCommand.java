package dev.hanbridge.app.cli;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import dev.hanbridge.app.run.RunLauncher;
import dev.hanbridge.app.run.RunSummary;
import dev.hanbridge.store.QaSummary;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.store.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "jobs", mixinStandardHelpOptions = true, description = "Lists recent runs with their status and counts.")
class JobsCommand implements Callable<Integer> {

    /** The QA column: {@code 3E 1W} (errors, warnings), {@code ok} when nothing was found, {@code -} when nothing was checked. */
    static String qa(QaSummary qa) {
        if (qa.checked() == 0) {
            return "-";
        }
        return qa.flagged() == 0 ? "ok" : qa.errors() + "E " + qa.warnings() + "W";
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "20", description = "How many runs (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        return Spring.withContext(data.springArgs(), context -> {
            RunLauncher launcher = context.getBean(RunLauncher.class);
            launcher.recoverInterrupted();
            var runs = context.getBean(RunStore.class).recent(limit);
            if (runs.isEmpty()) {
                System.out.println("No runs yet. Start one with: hanbridge run samples/articles");
                return 0;
            }
            System.out.printf("%-5s %-13s %-19s %8s  %-12s %8s %7s %6s %9s %10s  %s%n", "RUN", "STATUS", "STARTED",
                    "TOOK", "ENGINE", "ARTICLES", "FAILED", "SKIP", "SEGMENTS", "TRANSLATED", "QA");
            for (RunRecord run : runs) {
                RunSummary s = launcher.summarize(run.id(), null);
                String took = run.finishedAt() == null ? "-"
                        : String.format("%.1fs", Duration.between(run.startedAt(), run.finishedAt()).toMillis() / 1000.0);
                System.out.printf("%-5d %-13s %-19s %8s  %-12s %8d %7d %6d %9d %10d  %s%n", run.id(), run.status(),
                        TIME.format(run.startedAt()), took, run.engine(), s.ingested(), s.failed().size(), s.skipped(),
                        s.segments(), s.segments() - s.untranslated(), qa(s.qa()));
                if (run.message() != null && !run.message().isBlank()) {
                    System.out.printf("      %s%n", run.message());
                }
                for (String warning : s.warnings()) {
                    System.out.printf("      warning: %s%n", warning);
                }
            }
            return 0;
        });
    }
}
