package dev.hanbridge.export.write;

import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.QualityFinding.Severity;
import dev.hanbridge.common.QualityFinding.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The parts of a segment's text that QA findings point at, as markup can show them: overlapping
 * spans merged into one range (markup elements cannot overlap), each with the findings it covers
 * and the worst of their severities. A span that does not fit the text is left out, and no range
 * boundary splits a surrogate pair, so each piece between boundaries can be escaped on its own.
 */
public final class FindingRanges {

    /** Characters {@code start} to {@code end} of the text, and the findings that point into them, in their given order. */
    public record Range(int start, int end, Severity worst, List<QualityFinding> findings) {
    }

    private FindingRanges() {
    }

    /** The target-side ranges of {@code findings} in {@code target}, in text order. */
    public static List<Range> inTarget(String target, List<QualityFinding> findings) {
        return of(target, findings, QualityFinding::target);
    }

    /** The source-side ranges of {@code findings} in {@code source}, in text order. */
    public static List<Range> inSource(String source, List<QualityFinding> findings) {
        return of(source, findings, QualityFinding::source);
    }

    private static List<Range> of(String text, List<QualityFinding> findings, Function<QualityFinding, Span> side) {
        if (text == null) {
            return List.of();
        }
        List<QualityFinding> spanned = findings.stream()
                .filter(f -> side.apply(f) != null && side.apply(f).end() <= text.length()
                        && side.apply(f).end() > side.apply(f).start())
                .sorted(Comparator.comparingInt(f -> side.apply(f).start()))
                .toList();
        List<Range> ranges = new ArrayList<>();
        int start = -1;
        int end = -1;
        List<QualityFinding> current = new ArrayList<>();
        for (QualityFinding f : spanned) {
            Span span = side.apply(f);
            if (!current.isEmpty() && span.start() < end) {
                end = Math.max(end, span.end());
            } else {
                if (!current.isEmpty()) {
                    ranges.add(range(text, start, end, current, findings));
                }
                current = new ArrayList<>();
                start = span.start();
                end = span.end();
            }
            current.add(f);
        }
        if (!current.isEmpty()) {
            ranges.add(range(text, start, end, current, findings));
        }
        return ranges;
    }

    /** A range whose findings keep the order they were given in (the checker's). */
    private static Range range(String text, int start, int end, List<QualityFinding> covered,
            List<QualityFinding> all) {
        List<QualityFinding> inOrder = new ArrayList<>(covered);
        inOrder.sort(Comparator.comparingInt(all::indexOf));
        return new Range(whole(text, start), whole(text, end), QualityFinding.worst(covered), List.copyOf(inOrder));
    }

    /** The offset moved back to the start of a surrogate pair it would split. */
    private static int whole(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                && Character.isHighSurrogate(text.charAt(offset - 1)) ? offset - 1 : offset;
    }
}
