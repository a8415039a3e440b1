package dev.hanbridge.translate.memory;

/**
 * Bigram to posting-list number: an open-addressing hash table of primitive ints, since a million
 * memory units bring hundreds of thousands of distinct bigrams and a {@code HashMap<Integer, ...>}
 * would spend more on boxes than on postings. A bigram is two UTF-16 units packed in an int; 0 is
 * never a bigram (the first unit is a padding mark or a visible character) and marks a free slot.
 */
final class GramTable {

    private int[] keys = new int[1024];
    private int[] values = new int[1024];
    private int size;

    /** The list number of {@code gram}, or -1. */
    int get(int gram) {
        int mask = keys.length - 1;
        for (int slot = mix(gram) & mask; ; slot = (slot + 1) & mask) {
            int key = keys[slot];
            if (key == gram) {
                return values[slot];
            }
            if (key == 0) {
                return -1;
            }
        }
    }

    /** The list number of {@code gram}, numbering it {@link #size()} when it is new. */
    int getOrAdd(int gram) {
        if ((size + 1) * 4 > keys.length * 3) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = mix(gram) & mask; ; slot = (slot + 1) & mask) {
            int key = keys[slot];
            if (key == gram) {
                return values[slot];
            }
            if (key == 0) {
                keys[slot] = gram;
                values[slot] = size;
                return size++;
            }
        }
    }

    int size() {
        return size;
    }

    long bytes() {
        return 8L * keys.length;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    /** Spreads the bits: adjacent Hangul syllables differ only in their low bits. */
    private static int mix(int gram) {
        int h = gram * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
