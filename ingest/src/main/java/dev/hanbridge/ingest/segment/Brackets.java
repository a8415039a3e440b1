package dev.hanbridge.ingest.segment;

import java.util.Arrays;

/**
 * Pairs quotes and brackets so that the segmenter can treat a quotation or a parenthesis as one
 * unit: no sentence ends inside {@code “…했다. 하지만…”고 말했다}, and a lead's
 * {@code (서울=한빛뉴스)} never looks like a sentence of its own.
 *
 * <p>Web text is sloppy: a quote opened and never closed, a smiley {@code :)}, an apostrophe in
 * {@code don't}. An opener without a closer is therefore simply not a bracket, a closer without an
 * opener is ignored, and a pair farther apart than {@link #MAX_SPAN} characters is dropped,
 * because a stray quote must not swallow the rest of an article into one segment.
 */
final class Brackets {

    /** Longest quotation we keep together; news quotes of two or three sentences fit easily. */
    static final int MAX_SPAN = 500;

    private static final String OPENERS = "([{<“‘「『《〈【〔（［｛＜";
    private static final String CLOSERS = ")]}>”’」』》〉】〕）］｝＞";
    /** Quotes that open and close with the same character. */
    private static final String SYMMETRIC = "\"'`";

    private Brackets() {
    }

    /**
     * For each index holding an opener that has a partner, the index of its closer; -1 elsewhere.
     * Pairs nest properly: a closer pops the openers left unclosed inside it.
     */
    static int[] match(String text) {
        int n = text.length();
        int[] close = new int[n];
        Arrays.fill(close, -1);
        int[] stack = new int[64];
        int top = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' && i + 1 < n && isBlankLineAhead(text, i + 1)) {
                top = 0; // a blank line ends a paragraph: nothing stays open across it
                continue;
            }
            int sym = SYMMETRIC.indexOf(c);
            if (sym >= 0) {
                if (top > 0 && text.charAt(stack[top - 1]) == c) {
                    pair(close, stack[--top], i);
                } else if (canOpenSymmetric(text, i)) {
                    top = push(stack, top, i);
                    stack = grow(stack, top);
                }
                continue;
            }
            if (OPENERS.indexOf(c) >= 0) {
                top = push(stack, top, i);
                stack = grow(stack, top);
                continue;
            }
            int k = CLOSERS.indexOf(c);
            if (k >= 0) {
                char opener = OPENERS.charAt(k);
                for (int d = top - 1; d >= 0 && d >= top - 8; d--) {
                    if (text.charAt(stack[d]) == opener) {
                        pair(close, stack[d], i);
                        top = d;
                        break;
                    }
                }
            }
        }
        return close;
    }

    static boolean isCloser(char c) {
        return CLOSERS.indexOf(c) >= 0 || SYMMETRIC.indexOf(c) >= 0;
    }

    private static void pair(int[] close, int open, int closeAt) {
        if (closeAt - open <= MAX_SPAN) {
            close[open] = closeAt;
        }
    }

    /** An apostrophe inside a Latin word ({@code don't}, {@code 90's}) is not a quote. */
    private static boolean canOpenSymmetric(String text, int i) {
        if (text.charAt(i) != '\'' || i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return !(Character.isLetterOrDigit(before) && before < 0x3000);
    }

    private static boolean isBlankLineAhead(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    private static int push(int[] stack, int top, int i) {
        stack[top] = i;
        return top + 1;
    }

    private static int[] grow(int[] stack, int top) {
        return top < stack.length ? stack : Arrays.copyOf(stack, stack.length * 2);
    }
}
