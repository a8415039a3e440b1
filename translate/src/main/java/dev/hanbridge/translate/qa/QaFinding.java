package dev.hanbridge.translate.qa;

import java.util.Objects;

/**
 * One problem a check found in a translated segment.
 *
 * @param check    which check found it
 * @param severity {@link Severity#ERROR} when the translation contradicts the source (a different number,
 *                 date or token), {@link Severity#WARNING} when something may be missing or added
 * @param source   the characters of the source it is about, or {@code null} when it points at nothing there
 *                 (a number the translation added)
 * @param target   the characters of the target it is about, or {@code null} when it points at nothing there
 *                 (a number the translation left out)
 * @param message  what is wrong, in English, for a translator: quotes the text on both sides
 */
public record QaFinding(QaCheck check, Severity severity, Span source, Span target, String message) {

    public QaFinding {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    /** How sure the check is that the translation is wrong. */
    public enum Severity {
        ERROR, WARNING
    }

    /**
     * Characters {@code start} (inclusive) to {@code end} (exclusive) of a segment, in UTF-16 units as
     * {@link String} counts them.
     */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }

        /** The text this span covers in {@code text}. */
        public String of(String text) {
            return text.substring(start, end);
        }
    }

    /** {@code check: message}, as {@code hanbridge qa} prints it. */
    @Override
    public String toString() {
        return check.id() + ": " + message;
    }
}
