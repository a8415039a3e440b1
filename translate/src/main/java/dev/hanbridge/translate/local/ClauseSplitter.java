package dev.hanbridge.translate.local;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a segment longer than the model's input limit at clause boundaries, never inside one:
 * first after a sentence end, then after a Korean connective ending with a comma ({@code 고,}
 * {@code 며,} {@code 지만,} ...), then after any comma, semicolon or colon. The boundary nearest the
 * middle is taken and each half split again while it is too long. A part with no boundary left
 * is reported, not cut.
 */
final class ClauseSplitter {

    private static final List<Pattern> BOUNDARIES = List.of(
            Pattern.compile("[.?!。？！][\"'”’」』)\\]]*\\s+"),
            Pattern.compile("(?:고|며|지만|는데|면서|으나|니까|어서|아서|해서|도록|거나)[,，]\\s*"),
            Pattern.compile("[,，;；:：]\\s*"));

    private final ToIntFunction<String> tokens;
    private final int limit;

    /** {@code tokens} counts a text's input tokens; {@code limit} is the most the model takes. */
    ClauseSplitter(ToIntFunction<String> tokens, int limit) {
        this.tokens = tokens;
        this.limit = limit;
    }

    /** Parts that each fit, in order; they rejoin to the text up to the spaces at the cuts. */
    List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        collect(text.strip(), parts);
        return parts;
    }

    private void collect(String text, List<String> parts) {
        int count = tokens.applyAsInt(text);
        if (count <= limit) {
            parts.add(text);
            return;
        }
        int cut = boundaryNearMiddle(text);
        if (cut < 0) {
            throw new TooLong(text, count, limit);
        }
        collect(text.substring(0, cut).strip(), parts);
        collect(text.substring(cut).strip(), parts);
    }

    private static int boundaryNearMiddle(String text) {
        for (Pattern boundary : BOUNDARIES) {
            int best = -1;
            Matcher matcher = boundary.matcher(text);
            while (matcher.find()) {
                int cut = matcher.end();
                boolean inside = !text.substring(0, cut).isBlank() && !text.substring(cut).isBlank();
                if (inside && (best < 0 || Math.abs(cut - text.length() / 2) < Math.abs(best - text.length() / 2))) {
                    best = cut;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return -1;
    }

    /** A part of a segment that is still over the limit and has no clause boundary. */
    static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String part;
        final int tokens;
        final int limit;

        TooLong(String part, int tokens, int limit) {
            super(null, null, false, false);
            this.part = part;
            this.tokens = tokens;
            this.limit = limit;
        }
    }
}
