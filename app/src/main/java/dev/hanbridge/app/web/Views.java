package dev.hanbridge.app.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the API answers (JSON) and the pages show. */
final class Views {

    private Views() {
    }

    /**
     * Where a run is: its current step and how far that step got. {@code total} is -1 when not
     * known (the ingest step walks the inputs as it goes); {@code percent} is of the whole run.
     */
    record Progress(String step, long done, long total, int percent) {
    }

    /** A run as lists show it, with what the QA checks found in its translations. */
    record Run(long id, String status, String engine, String formats, Instant startedAt, Instant finishedAt,
            String message, Progress progress, long articles, long failed, long skipped, long segments,
            long translated, Qa qa, Map<String, String> links) {
    }

    /**
     * One article of a run. {@code translatedBy}: "MT:deepl" or "TM_EXACT" etc. to segment counts;
     * {@code qa}: what the checks found in its translations; {@code links.qa}: its findings.
     */
    record Article(long id, String source, String title, String status, int segments, int translated,
            Map<String, Long> translatedBy, Qa qa, String failureReason, Map<String, String> links) {
    }

    /**
     * What the QA checks found: translations checked, those with a finding, findings by severity and
     * by check id, then severity ({@code error}, {@code warning}).
     */
    record Qa(long checked, long flagged, long errors, long warnings, Map<String, Map<String, Long>> byCheck) {
    }

    /** An article's segments that have QA findings, in reading order. */
    record ArticleQa(long articleId, Qa qa, List<FlaggedSegment> segments) {
    }

    /** A translated segment and what the checks found in it. */
    record FlaggedSegment(long segmentId, int block, int index, String source, String target, String origin,
            String engine, List<Finding> findings) {
    }

    /** One finding; {@code source}/{@code target} null when it points at no text on that side. */
    record Finding(String check, String severity, String message, Span source, Span target) {
    }

    /** UTF-16 offsets into the segment's text, and the text they cover. */
    record Span(int start, int end, String text) {
    }

    /** A source the run could not read, and why. */
    record Failure(long articleId, String source, String reason) {
    }

    /** A run with its articles and failures. */
    record RunDetail(Run run, List<Article> articles, List<Failure> failures) {
    }

    /** A file the run wrote; {@code articleId} is null for the manifest and the bundle. */
    record File(String name, String format, Long articleId, long size, String sha256, String url) {
    }

    record Engine(String id, String description, boolean isDefault, boolean ready, String problem) {
    }

    record Health(String status) {
    }

    record Error(int status, String error, String message) {
    }
}
