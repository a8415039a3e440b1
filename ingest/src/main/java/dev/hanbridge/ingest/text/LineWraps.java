package dev.hanbridge.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which line breaks of a plain-text article are wraps inside a paragraph. Text saved from a news
 * site has one paragraph per line, several sentences each; text wrapped at a fixed width (an old
 * wire feed, a mail) cuts its paragraphs into lines of nearly equal width. Only a line that stops
 * mid-sentence, in a document wrapped at a width it fills, joins the next one: a line of complete
 * sentences is a paragraph of its own, and so is every byline, credit, caption or subhead line.
 * Nothing above the first sentence of running text (headline, deck, byline lines) is joined.
 */
final class LineWraps {

    /** A wrapped line fills at least this share of the wrap width (a long word may have moved down). */
    private static final double FULL = 0.8;
    /** Narrower than this many columns is no wrap width. */
    private static final int MIN_WIDTH = 30;
    /** {@code 늘었다. 해양수산부는}: a sentence ends inside the line. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?][\"”’')]*\\s+\\S");

    private final List<String> lines;
    private final int bodyStart;
    private final double width;
    private final boolean wrapped;

    /** @param lines the article's lines, stripped of spaces at both ends; {@code from} is the first after the title */
    LineWraps(List<String> lines, int from) {
        this.lines = lines;
        this.width = wrapWidth(lines, from);
        int start = from;
        while (start < lines.size() && !startsBody(start)) {
            start++;
        }
        this.bodyStart = start;
        this.wrapped = width >= MIN_WIDTH && looksWrapped();
    }

    /**
     * Running text starts at a line with a sentence end (at its end or inside it), a dateline or
     * byline lead, or a line as wide as the text is wrapped at that goes on in the next line.
     */
    private boolean startsBody(int index) {
        String line = lines.get(index);
        if (!isText(line)) {
            return false;
        }
        return BlockRules.endsSentenceLoosely(line) || INNER_SENTENCE_END.matcher(line).find()
                || BlockRules.opensWithLead(line) || width(line) >= FULL * width && isCandidate(index);
    }

    /** The line at {@code index} was cut by wrapping and continues on the next line. */
    boolean joinsNext(int index) {
        return wrapped && index >= bodyStart && isCandidate(index) && width(lines.get(index)) >= FULL * width;
    }

    /**
     * At least two lines were cut mid-sentence, and at least half of the lines followed directly by
     * another fill the width: in text with one paragraph per line, widths vary with every paragraph.
     */
    private boolean looksWrapped() {
        int cut = 0;
        int followed = 0;
        int full = 0;
        for (int i = bodyStart; i + 1 < lines.size(); i++) {
            if (!isText(lines.get(i)) || !isText(lines.get(i + 1))) {
                continue;
            }
            followed++;
            int w = width(lines.get(i));
            if (w >= FULL * width && w <= 1.1 * width) {
                full++;
                if (isCandidate(i)) {
                    cut++;
                }
            }
        }
        return cut >= 2 && full * 2 >= followed;
    }

    private boolean isCandidate(int index) {
        if (index + 1 >= lines.size()) {
            return false;
        }
        String line = lines.get(index);
        String next = lines.get(index + 1);
        return isText(line) && isText(next) && !BlockRules.endsSentenceLoosely(line) && !BlockRules.standsAlone(line)
                && !BlockRules.standsAlone(next) && !BlockRules.opensWithLead(next);
    }

    private static boolean isText(String line) {
        return !line.isEmpty();
    }

    /** The 90th percentile of the display widths of the body's lines. */
    private static double wrapWidth(List<String> lines, int from) {
        List<Integer> widths = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            if (isText(lines.get(i))) {
                widths.add(width(lines.get(i)));
            }
        }
        if (widths.isEmpty()) {
            return 0;
        }
        widths.sort(null);
        return widths.get((int) Math.floor((widths.size() - 1) * 0.9));
    }

    /** Columns on a fixed-width screen: Hangul, CJK and full-width forms take two. */
    static int width(String line) {
        int columns = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean wide = c >= 0x1100 && c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                    || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                    || c >= 0xFFE0 && c <= 0xFFE6;
            columns += wide ? 2 : 1;
        }
        return columns;
    }
}
