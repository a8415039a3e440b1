package dev.hanbridge.translate.memory;

import java.util.Arrays;

/**
 * Levenshtein distance (insertion, deletion and substitution of one UTF-16 unit each cost 1) from one
 * pattern to many texts, by Myers' bit-parallel algorithm in Hyyrö's form for patterns of any length
 * (the one edlib uses): 64 rows of the table advance together in a few word operations, so comparing
 * a sentence with a candidate costs about one operation per character per 64 characters of the
 * pattern instead of a table cell per pair. Korean syllables are single UTF-16 units, so the distance
 * counts syllables.
 *
 * <p>Not thread-safe: each lookup thread keeps its own.
 */
final class EditDistance {

    private static final long HIGH = 1L << 63;

    /** Index + 1 into {@link #peq} of each character of the pattern, 0 for the others; reset per pattern. */
    private final int[] slots = new int[Character.MAX_VALUE + 1];
    private char[] pattern = new char[0];
    private int length;
    private int blocks;
    /** For each distinct pattern character, the bit masks of the rows where it occurs, block by block. */
    private long[] peq = new long[0];
    private long[] pv = new long[0];
    private long[] mv = new long[0];

    /** Prepares for comparisons with {@code pattern[0, length)}. */
    void prepare(char[] text, int length) {
        for (int i = 0; i < this.length; i++) {
            slots[pattern[i]] = 0;
        }
        this.pattern = Arrays.copyOf(text, length);
        this.length = length;
        this.blocks = Math.max(1, (length + 63) >>> 6);
        int distinct = 0;
        for (int i = 0; i < length; i++) {
            if (slots[pattern[i]] == 0) {
                slots[pattern[i]] = ++distinct;
            }
        }
        if (peq.length < distinct * blocks) {
            peq = new long[distinct * blocks];
        }
        Arrays.fill(peq, 0, distinct * blocks, 0L);
        for (int i = 0; i < length; i++) {
            peq[(slots[pattern[i]] - 1) * blocks + (i >>> 6)] |= 1L << (i & 63);
        }
        if (pv.length < blocks) {
            pv = new long[blocks];
            mv = new long[blocks];
        }
    }

    /**
     * The distance between the prepared pattern and {@code text[from, from + n)} when it is at most
     * {@code bound}, otherwise {@code bound + 1}.
     */
    int bounded(char[] text, int from, int n, int bound) {
        if (Math.abs(n - length) > bound) {
            return bound + 1;
        }
        if (length == 0) {
            return n;
        }
        Arrays.fill(pv, 0, blocks, -1L);
        Arrays.fill(mv, 0, blocks, 0L);
        int lastBlock = blocks - 1;
        long lastRow = 1L << ((length - 1) & 63);
        int score = length;
        for (int j = 0; j < n; j++) {
            int slot = slots[text[from + j]];
            int base = (slot - 1) * blocks;
            int hin = 1; // row 0 of the table grows by one per column
            for (int b = 0; b < blocks; b++) {
                long eq = slot == 0 ? 0L : peq[base + b];
                long pvb = pv[b];
                long mvb = mv[b];
                long negativeIn = hin < 0 ? 1L : 0L;
                long xv = eq | mvb;
                eq |= negativeIn;
                long xh = (((eq & pvb) + pvb) ^ pvb) | eq;
                long ph = mvb | ~(xh | pvb);
                long mh = pvb & xh;
                if (b == lastBlock) {
                    if ((ph & lastRow) != 0) {
                        score++;
                    } else if ((mh & lastRow) != 0) {
                        score--;
                    }
                }
                int hout = (ph & HIGH) != 0 ? 1 : (mh & HIGH) != 0 ? -1 : 0;
                ph = (ph << 1) | (hin > 0 ? 1L : 0L);
                mh = (mh << 1) | negativeIn;
                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                hin = hout;
            }
            // the last row can fall by at most one per remaining column
            if (score - (n - 1 - j) > bound) {
                return bound + 1;
            }
        }
        return Math.min(score, bound + 1);
    }
}
