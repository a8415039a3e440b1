package dev.hanbridge.translate.driver;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import dev.hanbridge.translate.EngineLimits;

/** Cuts an ordered list of texts into consecutive batches that respect an engine's limits. */
final class Batches {

    private Batches() {
    }

    /**
     * Greedy, order-keeping split: a batch closes when the next item would exceed the segment,
     * character or byte limit. An item that alone exceeds a limit gets a batch of its own; the
     * engine will reject it and the caller isolates it.
     */
    static <T> List<List<T>> split(List<T> items, Function<T, String> text, EngineLimits limits) {
        List<List<T>> batches = new ArrayList<>();
        List<T> current = new ArrayList<>();
        long chars = 0;
        long bytes = 0;
        for (T item : items) {
            String t = text.apply(item);
            int c = t.length();
            int b = t.getBytes(StandardCharsets.UTF_8).length;
            boolean full = current.size() >= limits.maxSegments() || chars + c > limits.maxChars()
                    || bytes + b > limits.maxBytes();
            if (full && !current.isEmpty()) {
                batches.add(current);
                current = new ArrayList<>();
                chars = 0;
                bytes = 0;
            }
            current.add(item);
            chars += c;
            bytes += b;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    static boolean fitsAlone(String text, EngineLimits limits) {
        return text.length() <= limits.maxChars() && text.getBytes(StandardCharsets.UTF_8).length <= limits.maxBytes();
    }
}
