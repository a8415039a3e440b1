package dev.hanbridge.translate.memory;

import java.util.Arrays;

/**
 * For each bigram, the units that contain it, in the order they were added. Each list is a byte
 * array of gaps between unit numbers in variable-length encoding (7 bits a byte): the frequent
 * bigrams, which hold most postings, have small gaps and take one byte a posting instead of four.
 * Lists grow by half their size, so about a sixth of the space is slack on average.
 */
final class PostingLists {

    private byte[][] lists = new byte[1024][];
    private int[] used = new int[1024];
    private int[] last = new int[1024];
    private int[] counts = new int[1024];
    private int size;

    /** Appends {@code unit} to list {@code list}; units come in increasing order. */
    void append(int list, int unit) {
        if (list == size) {
            open();
        }
        byte[] bytes = lists[list];
        int at = used[list];
        if (bytes.length - at < 5) {
            bytes = Arrays.copyOf(bytes, bytes.length + (bytes.length >> 1) + 8);
            lists[list] = bytes;
        }
        int gap = counts[list] == 0 ? unit : unit - last[list];
        while ((gap & ~0x7F) != 0) {
            bytes[at++] = (byte) ((gap & 0x7F) | 0x80);
            gap >>>= 7;
        }
        bytes[at++] = (byte) gap;
        used[list] = at;
        last[list] = unit;
        counts[list]++;
    }

    /** How many units list {@code list} holds. */
    int count(int list) {
        return counts[list];
    }

    /** Adds one to {@code hits[unit]} for every unit of the list; calls {@code firstHit} when it was 0. */
    void countInto(int list, char[] hits, UnitSink firstHit) {
        byte[] bytes = lists[list];
        int end = used[list];
        int unit = 0;
        int at = 0;
        while (at < end) {
            int gap = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                gap |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            unit += gap;
            if (hits[unit]++ == 0) {
                firstHit.accept(unit);
            }
        }
    }

    /** Adds one to {@code hits[unit]} for every unit of the list whose count is not 0 already. */
    void countFound(int list, char[] hits) {
        byte[] bytes = lists[list];
        int end = used[list];
        int unit = 0;
        int at = 0;
        while (at < end) {
            int gap = 0;
            int shift = 0;
            byte b;
            do {
                b = bytes[at++];
                gap |= (b & 0x7F) << shift;
                shift += 7;
            } while (b < 0);
            unit += gap;
            if (hits[unit] != 0) {
                hits[unit]++;
            }
        }
    }

    long bytes() {
        long total = 16L + 4L * lists.length * 4;
        for (int i = 0; i < size; i++) {
            total += 16 + lists[i].length; // array header plus contents, as a 64-bit JVM lays it out
        }
        return total;
    }

    long postings() {
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += counts[i];
        }
        return total;
    }

    private void open() {
        if (size == lists.length) {
            int capacity = size * 2;
            lists = Arrays.copyOf(lists, capacity);
            used = Arrays.copyOf(used, capacity);
            last = Arrays.copyOf(last, capacity);
            counts = Arrays.copyOf(counts, capacity);
        }
        lists[size++] = new byte[4];
    }

    /** Receives unit numbers without boxing them. */
    interface UnitSink {
        void accept(int unit);
    }
}
