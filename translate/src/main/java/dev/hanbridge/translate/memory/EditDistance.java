package dev.hanbridge.translate.memory;

/**
 * Levenshtein distance (insertion, deletion and substitution of one UTF-16 unit each cost 1) with an
 * upper bound: only the diagonal band of width {@code 2 * bound + 1} is computed, and the work stops
 * as soon as every cell of a row exceeds the bound, so a hopeless candidate costs little.
 * Korean syllables are single UTF-16 units, so the distance counts syllables.
 */
final class EditDistance {

    private int[] previous = new int[0];
    private int[] current = new int[0];

    /**
     * The distance between {@code a[aFrom, aFrom + n)} and {@code b[bFrom, bFrom + m)} when it is at most
     * {@code bound}, otherwise {@code bound + 1}.
     */
    int bounded(char[] a, int aFrom, int n, char[] b, int bFrom, int m, int bound) {
        if (Math.abs(n - m) > bound) {
            return bound + 1;
        }
        int over = bound + 1;
        if (previous.length < m + 2) {
            previous = new int[m + 2];
            current = new int[m + 2];
        }
        int[] prev = previous;
        int[] cur = current;
        for (int j = 0; j <= Math.min(m, bound); j++) {
            prev[j] = j;
        }
        if (bound + 1 <= m) {
            prev[bound + 1] = over; // the cell right of the band, read by the next row
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - bound);
            int hi = Math.min(m, i + bound);
            cur[lo - 1] = lo == 1 ? (i <= bound ? i : over) : over;
            int rowMin = cur[lo - 1];
            char ca = a[aFrom + i - 1];
            for (int j = lo; j <= hi; j++) {
                int best = prev[j - 1] + (ca == b[bFrom + j - 1] ? 0 : 1);
                int up = prev[j] + 1;
                if (up < best) {
                    best = up;
                }
                int left = cur[j - 1] + 1;
                if (left < best) {
                    best = left;
                }
                if (best > over) {
                    best = over;
                }
                cur[j] = best;
                if (best < rowMin) {
                    rowMin = best;
                }
            }
            if (hi + 1 <= m) {
                cur[hi + 1] = over;
            }
            if (rowMin > bound) {
                return over;
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return Math.min(prev[m], over);
    }
}
