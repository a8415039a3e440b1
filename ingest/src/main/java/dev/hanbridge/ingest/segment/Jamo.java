package dev.hanbridge.ingest.segment;

/**
 * Hangul written as conjoining jamo (NFD: ᄒ ᅡ ᆫ as three code units for 한), as some Mac
 * exports and old word processors store it. The ending rules read precomposed syllables, so the
 * segmenter composes a copy and maps its boundaries back: the input itself is never changed.
 */
final class Jamo {

    private static final int S_BASE = 0xAC00;
    private static final int L_BASE = 0x1100;
    private static final int V_BASE = 0x1161;
    private static final int T_BASE = 0x11A7;
    private static final int L_COUNT = 19;
    private static final int V_COUNT = 21;
    private static final int T_COUNT = 28;

    /** The composed text and, for each of its indices (and its length), the index in the input. */
    record Composed(String text, int[] origin) {
    }

    private Jamo() {
    }

    static boolean hasConjoiningJamo(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x1100 && c <= 0x11FF) {
                return true;
            }
        }
        return false;
    }

    /** Composes leading + vowel (+ trailing) jamo into syllables, as Unicode's Hangul algorithm does. */
    static Composed compose(String text) {
        int n = text.length();
        StringBuilder out = new StringBuilder(n);
        int[] origin = new int[n + 1];
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            int l = c - L_BASE;
            if (l >= 0 && l < L_COUNT && i + 1 < n) {
                int v = text.charAt(i + 1) - V_BASE;
                if (v >= 0 && v < V_COUNT) {
                    int t = 0;
                    int used = 2;
                    if (i + 2 < n) {
                        int tt = text.charAt(i + 2) - T_BASE;
                        if (tt > 0 && tt < T_COUNT) {
                            t = tt;
                            used = 3;
                        }
                    }
                    origin[out.length()] = i;
                    out.append((char) (S_BASE + (l * V_COUNT + v) * T_COUNT + t));
                    i += used;
                    continue;
                }
            }
            origin[out.length()] = i;
            out.append(c);
            i++;
        }
        origin[out.length()] = n;
        return new Composed(out.toString(), java.util.Arrays.copyOf(origin, out.length() + 1));
    }
}
