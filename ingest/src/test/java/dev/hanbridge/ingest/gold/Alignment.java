package dev.hanbridge.ingest.gold;

import java.util.Arrays;

/**
 * A longest-common-subsequence alignment of two texts' characters: for each character of the
 * expected text, the index of the actual character it matches, or -1. Both texts are the blocks'
 * characters without white space, so that a different space or line break never counts.
 */
final class Alignment {

    private final int[] expectedToActual;

    private Alignment(int[] expectedToActual) {
        this.expectedToActual = expectedToActual;
    }

    static Alignment of(int[] expected, int[] actual) {
        int n = expected.length;
        int m = actual.length;
        int[] map = new int[n];
        Arrays.fill(map, -1);
        if (Arrays.equals(expected, actual)) {
            for (int i = 0; i < n; i++) {
                map[i] = i;
            }
            return new Alignment(map);
        }
        // lengths[i][j]: LCS of expected[i..] and actual[j..], as short rows (articles are a few thousand characters)
        int[][] lengths = new int[n + 1][];
        lengths[n] = new int[m + 1];
        for (int i = n - 1; i >= 0; i--) {
            int[] row = new int[m + 1];
            int[] below = lengths[i + 1];
            for (int j = m - 1; j >= 0; j--) {
                row[j] = expected[i] == actual[j] ? below[j + 1] + 1 : Math.max(below[j], row[j + 1]);
            }
            lengths[i] = row;
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (expected[i] == actual[j]) {
                map[i++] = j++;
            } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return new Alignment(map);
    }

    /** The actual index matched to expected character {@code i}, or -1. */
    int actual(int i) {
        return expectedToActual[i];
    }

    int expectedLength() {
        return expectedToActual.length;
    }
}
