package dev.hanbridge.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.hanbridge.app.distributed.DistributedApplication;
import dev.hanbridge.app.distributed.DistributedRuns;
import dev.hanbridge.app.run.RunRequest;
import dev.hanbridge.app.run.RunSummary;
import dev.hanbridge.export.ExportFormat;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.EngineSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Ingests Korean articles, translates their segments and writes bilingual exports.",
                "Unchanged sources that an earlier run finished are skipped; a source that cannot be read is "
                        + "reported and the run goes on."},
        footer = {"", "Exit status: 0 when the run completed (bad sources included), 1 when it failed (an engine that"
                + " translated nothing included), 2 for a usage error, 3 when it stopped before passing its spend limit"
                + " (hanbridge restart RUN_ID goes on)."})
class RunCommand implements Callable<Integer> {

    /** The help's list of export formats, one line each, from the formats themselves so it never goes stale. */
    static String[] formatsHelp() {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Export formats (--formats):");
        for (ExportFormat format : ExportFormat.values()) {
            lines.add(String.format("  %-12s %s", format.id(), format.description()));
        }
        return lines.toArray(String[]::new);
    }

    @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, folders or zip archives (same as --input).")
    List<Path> positional = new ArrayList<>();

    @Option(names = {"-i", "--input"}, paramLabel = "PATH", description = "A file, folder (recursive) or zip archive; repeatable.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-e", "--engine"}, paramLabel = "ID",
            description = "Translation engine (default: $HANBRIDGE_ENGINE, else auto: the local model, fetched on "
                    + "first use; none = prepare-only when it cannot be had).")
    String engine;

    @Option(names = {"-f", "--formats"}, paramLabel = "LIST", description = "Export formats, comma-separated (default: tmx,xliff,html); listed below.")
    String formats;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: ./hanbridge-out).")
    Path out;

    @Option(names = "--source-lang", paramLabel = "TAG",
            description = "Language tag the exports give the Korean source (default: ko-KR).")
    String sourceLang;

    @Option(names = "--target-lang", paramLabel = "TAG",
            description = "Target language: exports, engines and translation memory (default: en-US).")
    String targetLang;

    @Option(names = "--distributed",
            description = "Split the run into partitions for the workers (hanbridge worker) over RabbitMQ; needs "
                    + "PostgreSQL (README, Scale-out).")
    boolean distributed;

    @Mixin
    SpendLimitOptions limits;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        List<Path> all = new ArrayList<>(inputs);
        all.addAll(positional);
        if (all.isEmpty()) {
            throw new CliException("no input: give a file, folder or zip (hanbridge run samples/articles)");
        }
        for (Path input : all) {
            if (!java.nio.file.Files.exists(input)) {
                throw new CliException("input not found: " + input); // said before the database opens
            }
        }
        try {
            if (formats != null) {
                ExportFormat.parseList(formats);
            }
            new RunRequest(all, "none", ExportFormat.parseList("tmx"), Path.of("."), sourceLang, targetLang,
                    limits.given());
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage()); // said before the database opens
        }
        Spring.Body body = context -> {
            if (distributed) {
                DistributedApplication.checkReady(context); // said before the run is recorded
            }
            var env = context.getEnvironment();
            EngineChoice.Decision choice = EngineChoice.decide(
                    engine != null ? engine : env.getProperty("hanbridge.engine", EngineRegistry.AUTO),
                    context.getBean(EngineRegistry.class), context.getBean(EngineSettings.class));
            RunRequest request;
            try {
                request = new RunRequest(all, choice.engine(),
                        ExportFormat.parseList(formats != null ? formats : env.getProperty("hanbridge.formats")),
                        out != null ? out : Path.of(env.getProperty("hanbridge.out-dir")),
                        sourceLang != null ? sourceLang : env.getProperty("hanbridge.source-lang"),
                        targetLang != null ? targetLang : env.getProperty("hanbridge.target-lang"),
                        limits.given());
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage()); // a bad HANBRIDGE_FORMATS or _LANG in the environment
            }
            RunSummary summary = context.getBean(dev.hanbridge.app.run.RunLauncher.class).run(request);
            summary.print(System.out, choice.note());
            if (distributed) {
                DistributedRuns.describe(context, summary.run().id())
                        .ifPresent(p -> System.out.printf("  partitions %s%n", p));
            }
            return summary.exitCode();
        };
        return distributed ? Spring.withDistributed(DistributedApplication.Role.MANAGER, data.springArgs(), body)
                : Spring.withContext(data.springArgs(), body);
    }
}
