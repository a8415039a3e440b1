package dev.hanbridge.common;

import java.util.Objects;

/**
 * One problem a QA check found in a stored translation, as the store keeps it and exporters show it.
 * Spans are UTF-16 offsets ({@link String#substring} counts) into the segment's source and target
 * exactly as stored.
 *
 * @param check    the check's id: {@code numbers}, {@code dates}, {@code latin}, {@code untranslated},
 *                 {@code length}, {@code glossary} or {@code brackets}
 * @param severity {@link Severity#ERROR} when the translation contradicts the source,
 *                 {@link Severity#WARNING} when something may be missing or added
 * @param source   the characters of the source it is about, or {@code null} when none (a number the
 *                 translation added)
 * @param target   the characters of the target it is about, or {@code null} when none (a number the
 *                 translation left out)
 * @param message  what is wrong, in English, for a translator
 */
public record QualityFinding(String check, Severity severity, Span source, Span target, String message) {

    public QualityFinding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** How sure the check is that the translation is wrong; ERROR first. */
    public enum Severity {
        ERROR, WARNING;

        /** {@code error} or {@code warning}, as exports write it. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Characters {@code start} (inclusive) to {@code end} (exclusive). */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }

        /** The covered text, or {@code null} when the span does not fit in {@code text}. */
        public String of(String text) {
            return text == null || end > text.length() ? null : text.substring(start, end);
        }
    }

    /** The worst severity among {@code findings}, or {@code null} when there is none. */
    public static Severity worst(java.util.Collection<QualityFinding> findings) {
        Severity worst = null;
        for (QualityFinding f : findings) {
            if (worst == null || f.severity.compareTo(worst) < 0) {
                worst = f.severity;
            }
        }
        return worst;
    }

    /** {@code check (severity): message}, the one line most exports write. */
    public String line() {
        return check + " (" + severity.id() + "): " + message;
    }
}
