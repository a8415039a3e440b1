package dev.hanbridge.app.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.hanbridge.common.EngineUsage;
import dev.hanbridge.common.QualityFinding.Severity;
import dev.hanbridge.store.ArticleRow;
import dev.hanbridge.store.QaSummary;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.store.RunStatus;
import dev.hanbridge.store.SpendLimits;

/**
 * What a run did, for the person who started it: articles ingested, skipped and failed (with
 * reasons), segments and who translated them, what the engines cost, what the QA checks found (by
 * check and severity), files written, and what went wrong: why it failed or stopped at its spend
 * limit, or what went wrong without failing it.
 *
 * @param warnings what went wrong without failing the run (an engine of the chain that stopped)
 * @param limits the run's spend limits
 */
public record RunSummary(RunRecord run, long ingested, long skipped, List<ArticleRow> failed, long segments,
        long untranslated, Map<String, Long> translatedBy, long segmentFailures, List<EngineUsage> usage, long files,
        String reason, QaSummary qa, List<String> warnings, SpendLimits limits) {

    /** Exit status of a run that stopped before passing its spend limit. */
    public static final int EXIT_LIMIT_REACHED = 3;

    public RunSummary {
        warnings = List.copyOf(warnings);
    }

    public boolean completed() {
        return run.status() == RunStatus.COMPLETED;
    }

    /**
     * Whether {@code hanbridge restart} has work to do: a run that did not complete, unless the
     * run that took over its unfinished articles left it none (failed sources need no work).
     */
    public boolean resumable() {
        return !completed() && (run.takenOverBy() == null || ingested > 0);
    }

    /** What a person can do about a run that did not complete, in one line; {@code null} for a completed run. */
    public String nextStep() {
        return nextStep(run, ingested);
    }

    /**
     * {@link #nextStep()} for a run that keeps {@code articlesKept} articles that are not failed,
     * for lists of runs that count them without summing up each run.
     */
    public static String nextStep(RunRecord run, long articlesKept) {
        if (run.status() == RunStatus.COMPLETED) {
            return null;
        }
        if (run.takenOverBy() == null) {
            return "resume it with: hanbridge restart " + run.id();
        }
        return articlesKept > 0
                ? "run " + run.takenOverBy() + " took over its unfinished articles; hanbridge restart " + run.id()
                        + " finishes the " + articlesKept + " it kept and writes its bundle"
                : "taken over by run " + run.takenOverBy() + ", which took its unfinished articles; nothing left to restart";
    }

    /** 0 when the run completed, 3 when it stopped at its spend limit, 1 when it failed. */
    public int exitCode() {
        return completed() ? 0 : run.status() == RunStatus.LIMIT_REACHED ? EXIT_LIMIT_REACHED : 1;
    }

    /** A completed run that found no new or changed source: every one was skipped. */
    public boolean nothingNew() {
        return completed() && ingested == 0 && failed.isEmpty();
    }

    public void print(PrintStream out) {
        print(out, null);
    }

    /**
     * @param engineNote one line on why the run translated nothing and how to change that (the
     *        local model could not be had), said in place of the general note on engine 'none'
     */
    public void print(PrintStream out, String engineNote) {
        Duration took = run.finishedAt() == null ? Duration.ZERO : Duration.between(run.startedAt(), run.finishedAt());
        out.printf("Run %d %s in %.1f s (engine: %s)%n", run.id(), run.status(), took.toMillis() / 1000.0,
                run.engine());
        out.printf("  articles   %d ingested, %d skipped (unchanged), %d failed%n", ingested, skipped, failed.size());
        for (ArticleRow f : failed) {
            out.printf("    failed   %s%n", f.failureReason());
        }
        long translated = segments - untranslated;
        out.printf("  segments   %d, %d translated%s, %d untranslated%n", segments, translated,
                translatedBy.isEmpty() ? "" : " (" + describe(translatedBy) + ")", untranslated);
        for (EngineUsage u : usage) {
            if (!u.isEmpty()) {
                out.printf("  engine     %s%n", u.summary());
            }
        }
        if (qa.checked() > 0) {
            out.printf("  qa         %s%n", qa.flagged() == 0 ? "no findings in " + qa.checked() + " checked segments"
                    : qa.flagged() + " of " + qa.checked() + " checked segments flagged: " + count(qa.errors(), "error")
                    + ", " + count(qa.warnings(), "warning") + " (see the exports)");
            qa.byCheck().forEach((check, bySeverity) -> out.printf("    %-13s %s, %s%n", check,
                    count(bySeverity.getOrDefault(Severity.ERROR, 0L), "error"),
                    count(bySeverity.getOrDefault(Severity.WARNING, 0L), "warning")));
        }
        if (segmentFailures > 0) {
            out.printf("  rejected   %d segments rejected by the engine (see the log)%n", segmentFailures);
        }
        Path runDir = Path.of(run.outDir()).resolve("run-" + run.id());
        if (nothingNew()) {
            out.printf("  nothing new: %s; no files or bundle written%n", skipped == 0 ? "the input holds no source"
                    : (skipped == 1 ? "the source is" : "all " + skipped + " sources are") + " unchanged since an earlier run");
        } else {
            out.printf("  files      %d written to %s%n", files, runDir);
        }
        if (run.bundlePath() != null) {
            out.printf("  bundle     %s%n", run.bundlePath());
        }
        if (engineNote != null) {
            out.printf("  note       %s%n", engineNote);
        } else if ("none".equals(run.engine()) && untranslated > 0) {
            out.println("  note       engine 'none' translates nothing: set HANBRIDGE_ENGINE (or --engine) to local"
                    + " (after hanbridge models pull) or to a cloud engine and its key, e.g. HANBRIDGE_ENGINE=deepl"
                    + " DEEPL_API_KEY=...; see README, Engines.");
        }
        for (String warning : warnings) {
            out.printf("  warning    %s%n", warning);
        }
        if (run.status() == RunStatus.LIMIT_REACHED) {
            out.printf("  limit      %s%n", reason);
            out.printf("  resume     hanbridge restart %d%s%n", run.id(), raise());
        } else if (!completed()) {
            if (reason != null) {
                out.printf("  reason     %s%n", reason);
            }
            out.printf("  next       %s%n", nextStep());
        }
    }

    /** The option that raises the limit that stopped the run, e.g. {@code " --max-characters 20000"}. */
    private String raise() {
        boolean tokens = reason != null && reason.contains(" tokens: ");
        Long limit = tokens ? limits.maxTokens() : limits.maxCharacters();
        if (limit == null) {
            return "";
        }
        return (tokens ? " --max-tokens " : " --max-characters ") + limit * 2 + "  (or any higher limit; 0 for none)";
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String describe(Map<String, Long> by) {
        StringBuilder s = new StringBuilder();
        by.forEach((key, n) -> {
            if (s.length() > 0) {
                s.append(", ");
            }
            String[] parts = key.split(":", 2);
            String what = switch (parts[0]) {
                case "TM_EXACT" -> "from memory";
                case "TM_FUZZY" -> "from fuzzy memory";
                case "MT" -> "by " + (parts.length > 1 ? parts[1] : "machine");
                case "HUMAN" -> "by people";
                case "COPIED" -> "copied (no Korean)";
                default -> parts[0];
            };
            s.append(n).append(' ').append(what);
        });
        return s.toString();
    }
}
