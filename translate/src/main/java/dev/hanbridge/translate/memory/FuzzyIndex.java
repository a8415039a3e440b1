package dev.hanbridge.translate.memory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.hanbridge.common.text.KoreanText;

/**
 * Finds the memory units most similar to a Korean sentence, with a match percentage, among a
 * million units in a few hundred megabytes of heap (see {@code bench/FUZZY.md}).
 *
 * <p>Similarity is the Levenshtein distance between {@linkplain FuzzyKey fuzzy keys} (the text
 * without spaces, width and quote variants folded), as a percentage of the longer key:
 * {@code percent = floor(100 × (1 − distance / max(length)))}, the usual CAT-tool figure. 100 % is
 * reserved for texts equal after {@link KoreanText#normalize} (what the exact memory matches); a
 * pair whose keys are equal but whose texts differ in spacing or character style scores 99 %.
 *
 * <p>How a lookup stays fast: every unit is indexed by the distinct character bigrams of its key,
 * padded with a start and an end mark. A unit within {@code k} edits of the query keeps at least
 * {@code distinct bigrams − 2k} of the query's bigrams (one edit breaks at most two), say {@code t}.
 * Such a unit is in one of the {@code lists − t + 1} shortest lists of the query's bigrams, so only
 * those lists find candidates; the longer ones are read only to count the candidates found, and the
 * longest (bigrams such as {@code 했다}, in more than a tenth of all units) are not read at all while
 * that keeps at least one list for finding. Candidates whose length is out of range or whose count
 * cannot reach the bound are dropped; the rest are compared character by character (Myers'
 * bit-parallel edit distance), best bound first, stopping when no remaining candidate can beat the
 * matches found. The answer is exact: the filters only drop units that cannot reach
 * {@code minPercent}.
 *
 * <p>Thread-safe: lookups run in parallel; {@link #add} waits for running lookups.
 */
public final class FuzzyIndex {

    /** Keys longer than this are not indexed or looked up: no sentence is that long, and comparing such texts costs milliseconds each. */
    public static final int MAX_LENGTH = 1000;
    /** The lowest {@code minPercent} a lookup accepts; below it two sentences share little but their endings. */
    public static final int MIN_PERCENT = 50;

    private static final char START = '\u0002';
    private static final char END = '\u0003';
    /** 512 KB of text a chunk: under half a G1 region, so that chunks are not humongous objects. */
    private static final int CHUNK_BITS = 18;
    private static final int CHUNK = 1 << CHUNK_BITS;
    /**
     * A list is left unread only when it holds more than 1/n of all units: each list left out loosens
     * every candidate's bound by one bigram, which costs more comparisons than reading a short list
     * (bench/fuzzy.sh: n = 10 took less CPU than 3 and 30, and than reading every list).
     */
    private static final int SKIP_SHARE = 10;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final GramTable grams = new GramTable();
    private final PostingLists postings = new PostingLists();
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    private long[] ids = new long[1024];
    private long[] textHashes = new long[1024];
    private long[] offsets = new long[1024];
    private char[] lengths = new char[1024];
    private char[] gramCounts = new char[1024];
    private char[][] chunks = new char[0][];
    private long nextOffset;
    private int size;

    /**
     * Adds a unit. Ids are the caller's (a memory row id); adding the same id twice indexes it twice.
     *
     * @return false when the text was not indexed: empty, or longer than {@link #MAX_LENGTH} after
     *     normalisation
     */
    public boolean add(long id, String source) {
        String key = FuzzyKey.of(source);
        if (key.isEmpty() || key.length() > MAX_LENGTH) {
            return false;
        }
        int[] unitGrams = distinctGrams(key);
        long textHash = textHash(source);
        lock.writeLock().lock();
        try {
            int unit = size;
            ensureCapacity(unit + 1);
            ids[unit] = id;
            textHashes[unit] = textHash;
            offsets[unit] = store(key);
            lengths[unit] = (char) key.length();
            gramCounts[unit] = (char) unitGrams.length;
            for (int gram : unitGrams) {
                postings.append(grams.getOrAdd(gram), unit);
            }
            size++;
            return true;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many units are indexed. */
    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The units whose match percentage with {@code source} is at least {@code minPercent}, best first,
     * at most {@code max} of them; among equal percentages the unit added last comes first (the newer
     * translation of the same text).
     *
     * @throws IllegalArgumentException when {@code minPercent} is outside 50–100 or {@code max} < 1
     */
    public List<FuzzyMatch> lookup(String source, int minPercent, int max) {
        if (minPercent < MIN_PERCENT || minPercent > 100) {
            throw new IllegalArgumentException("minPercent must be between " + MIN_PERCENT + " and 100, not " + minPercent);
        }
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, not " + max);
        }
        String key = FuzzyKey.of(source);
        if (key.isEmpty() || key.length() > MAX_LENGTH) {
            return List.of();
        }
        Query query = new Query(key.toCharArray(), distinctGrams(key), textHash(source), minPercent);
        lock.readLock().lock();
        try {
            return scratch.get().run(query, max);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The bytes of the index's arrays, as a 64-bit JVM with compressed pointers lays them out. */
    long bytes() {
        lock.readLock().lock();
        try {
            long units = 8L * ids.length + 8L * textHashes.length + 8L * offsets.length
                    + 2L * lengths.length + 2L * gramCounts.length;
            long text = 0;
            for (char[] chunk : chunks) {
                text += 16 + 2L * chunk.length;
            }
            return units + text + grams.bytes() + postings.bytes();
        } finally {
            lock.readLock().unlock();
        }
    }

    String describe() {
        lock.readLock().lock();
        try {
            return size + " units, " + grams.size() + " distinct bigrams, " + postings.postings() + " postings";
        } finally {
            lock.readLock().unlock();
        }
    }

    // ---- storage

    private void ensureCapacity(int capacity) {
        if (capacity > ids.length) {
            int grown = Math.max(capacity, ids.length + (ids.length >> 1));
            ids = Arrays.copyOf(ids, grown);
            textHashes = Arrays.copyOf(textHashes, grown);
            offsets = Arrays.copyOf(offsets, grown);
            lengths = Arrays.copyOf(lengths, grown);
            gramCounts = Arrays.copyOf(gramCounts, grown);
        }
    }

    /** Copies the key into the text chunks (a key never straddles two) and returns where it starts. */
    private long store(String key) {
        int chunk = (int) (nextOffset >>> CHUNK_BITS);
        int at = (int) (nextOffset & (CHUNK - 1));
        if (at + key.length() > CHUNK) {
            chunk++;
            at = 0;
        }
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunk + 1);
            chunks[chunk] = new char[CHUNK];
        }
        key.getChars(0, key.length(), chunks[chunk], at);
        long offset = ((long) chunk << CHUNK_BITS) | at;
        nextOffset = offset + key.length();
        return offset;
    }

    private static int[] distinctGrams(String key) {
        int[] all = new int[key.length() + 1];
        char previous = START;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            all[i] = (previous << 16) | c;
            previous = c;
        }
        all[key.length()] = (previous << 16) | END;
        Arrays.sort(all);
        int distinct = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[distinct++] = all[i];
            }
        }
        return distinct == all.length ? all : Arrays.copyOf(all, distinct);
    }

    /** FNV-1a over the UTF-16 units of the normalised text: tells 100 % from 99 % among equal keys. */
    private static long textHash(String source) {
        String text = KoreanText.normalize(source);
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** The most edits a pair with a longer key of {@code length} may need to reach {@code percent}. */
    static int maxEdits(int length, int percent) {
        return length * (100 - percent) / 100;
    }

    static int percent(int distance, int length) {
        return (int) ((long) (length - distance) * 100 / length);
    }

    private record Query(char[] key, int[] grams, long textHash, int minPercent) {
        int length() {
            return key.length;
        }
    }

    /** Per-thread work arrays of one lookup, sized to the index and reused. */
    private final class Scratch {

        private char[] hits = new char[0];
        private int[] touched = new int[1024];
        private int touchedCount;
        private final EditDistance distance = new EditDistance();

        List<FuzzyMatch> run(Query query, int max) {
            if (hits.length < size) {
                hits = new char[Math.max(size, hits.length + (hits.length >> 1))];
            }
            touchedCount = 0;
            try {
                int length = query.length();
                int minLength = (length * query.minPercent() + 99) / 100;
                int maxLength = length * 100 / query.minPercent();
                int mustShare = mustShare(query, minLength, maxLength);
                int[] lists = listsBySize(query.grams());
                int skipped = 0;
                long[] ranked;
                if (mustShare < 1) {
                    ranked = rankAll(query, minLength, maxLength, lists.length);
                } else {
                    // skip the longest lists while a unit must still appear in one of the others
                    int end = lists.length;
                    while (skipped < mustShare - 1 && end > 0
                            && (long) postings.count(lists[end - 1]) * SKIP_SHARE > size) {
                        end--;
                        skipped++;
                    }
                    // a unit sharing mustShare of the lists is in one of the (lists - mustShare + 1) shortest
                    int finding = Math.min(end, lists.length - mustShare + 1);
                    if (finding <= 0) {
                        return List.of(); // fewer lists than bigrams a match must share
                    }
                    for (int i = 0; i < finding; i++) {
                        postings.countInto(lists[i], hits, this::touch);
                    }
                    for (int i = finding; i < end; i++) {
                        postings.countFound(lists[i], hits);
                    }
                    ranked = rankTouched(query, minLength, maxLength, skipped);
                }
                return verify(query, ranked, max);
            } finally {
                for (int i = 0; i < touchedCount; i++) {
                    hits[touched[i]] = 0;
                }
            }
        }

        private void touch(int unit) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = unit;
        }

        /** The posting lists of the query's bigrams that exist, shortest first. */
        private int[] listsBySize(int[] queryGrams) {
            long[] sized = new long[queryGrams.length];
            int n = 0;
            for (int gram : queryGrams) {
                int list = grams.get(gram);
                if (list >= 0) {
                    sized[n++] = ((long) postings.count(list) << 32) | list;
                }
            }
            Arrays.sort(sized, 0, n);
            int[] lists = new int[n];
            for (int i = 0; i < n; i++) {
                lists[i] = (int) sized[i];
            }
            return lists;
        }

        /**
         * The fewest bigrams of the query that a unit reaching minPercent keeps, over every length it may
         * have: an edit breaks at most two of the query's bigrams, an insertion only one, and a longer
         * unit needs at least one insertion per extra character.
         */
        private static int mustShare(Query query, int minLength, int maxLength) {
            int fewest = Integer.MAX_VALUE;
            for (int length = minLength; length <= maxLength; length++) {
                int longer = Math.max(length, query.length());
                int inserted = Math.max(0, length - query.length());
                fewest = Math.min(fewest, query.grams().length - 2 * maxEdits(longer, query.minPercent()) + inserted);
            }
            return fewest;
        }

        /**
         * The touched units that pass the length and count filters, each as
         * {@code (upper bound of its percent) << 32 | unit}, best first.
         */
        private long[] rankTouched(Query query, int minLength, int maxLength, int skipped) {
            long[] ranked = new long[Math.min(touchedCount, 1024)];
            int n = 0;
            for (int i = 0; i < touchedCount; i++) {
                int unit = touched[i];
                int bound = upperBound(query, unit, hits[unit] + skipped, minLength, maxLength);
                if (bound >= 0) {
                    if (n == ranked.length) {
                        ranked = Arrays.copyOf(ranked, n * 2);
                    }
                    ranked[n++] = ((long) bound << 32) | unit;
                }
            }
            return sortDescending(ranked, n);
        }

        /** For queries too short or repetitive for the bigram bound: every unit of a fitting length. */
        private long[] rankAll(Query query, int minLength, int maxLength, int shareable) {
            long[] ranked = new long[1024];
            int n = 0;
            for (int unit = 0; unit < size; unit++) {
                int bound = upperBound(query, unit, shareable, minLength, maxLength);
                if (bound >= 0) {
                    if (n == ranked.length) {
                        ranked = Arrays.copyOf(ranked, n * 2);
                    }
                    ranked[n++] = ((long) bound << 32) | unit;
                }
            }
            return sortDescending(ranked, n);
        }

        /**
         * The best percent the unit can reach given that it shares at most {@code shared} bigrams with
         * the query, or -1 when that is below the query's minimum or its length is out of range.
         */
        private int upperBound(Query query, int unit, int shared, int minLength, int maxLength) {
            int length = lengths[unit];
            if (length < minLength || length > maxLength) {
                return -1;
            }
            int longer = Math.max(length, query.length());
            int common = Math.min(shared, Math.min(query.grams().length, gramCounts[unit]));
            // edits needed: the length difference, and one per two bigrams of either side that the other
            // lacks, where each character the other side has in excess stands for an insertion breaking one
            int extra = length - query.length();
            int fewest = Math.max(Math.abs(extra), Math.max(
                    (query.grams().length - common + Math.max(0, extra) + 1) / 2,
                    (gramCounts[unit] - common + Math.max(0, -extra) + 1) / 2));
            int bound = percent(fewest, longer);
            return bound < query.minPercent() ? -1 : bound;
        }

        private List<FuzzyMatch> verify(Query query, long[] ranked, int limit) {
            int max = Math.min(limit, ranked.length);
            if (max == 0) {
                return List.of();
            }
            distance.prepare(query.key(), query.length());
            // best matches so far as (percent << 32 | unit): the unit number orders equal percents by recency
            long[] best = new long[max];
            int found = 0;
            for (long candidate : ranked) {
                int bound = (int) (candidate >>> 32);
                int unit = (int) candidate;
                int worst = found == max ? (int) (best[max - 1] >>> 32) : query.minPercent();
                if (bound < worst) {
                    break; // ranked by bound: nothing after this can do better
                }
                int length = lengths[unit];
                int longer = Math.max(length, query.length());
                long offset = offsets[unit];
                int edits = distance.bounded(chunks[(int) (offset >>> CHUNK_BITS)], (int) (offset & (CHUNK - 1)),
                        length, maxEdits(longer, worst));
                int percent = percent(edits, longer);
                if (edits == 0 && textHashes[unit] != query.textHash()) {
                    percent = 99;
                }
                if (percent < worst) {
                    continue;
                }
                long entry = ((long) percent << 32) | unit;
                if (found == max && entry <= best[max - 1]) {
                    continue;
                }
                int at = found == max ? max - 1 : found++;
                while (at > 0 && best[at - 1] < entry) {
                    best[at] = best[at - 1];
                    at--;
                }
                best[at] = entry;
            }
            List<FuzzyMatch> matches = new ArrayList<>(found);
            for (int i = 0; i < found; i++) {
                matches.add(new FuzzyMatch(ids[(int) best[i]], (int) (best[i] >>> 32)));
            }
            return matches;
        }

        /**
         * The candidates by bound, highest first, in one counting pass: a bound is a percentage. The
         * order within one bound does not matter, as verify reads every candidate of the lowest bound
         * it still accepts; on a memory of near-identical sentences (market reports, weather) a lookup
         * ranks thousands of candidates, and a comparison sort of them cost more than their verification.
         */
        private static long[] sortDescending(long[] values, int n) {
            int[] next = new int[102];
            for (int i = 0; i < n; i++) {
                next[101 - (int) (values[i] >>> 32)]++;
            }
            for (int b = 1; b < next.length; b++) {
                next[b] += next[b - 1];
            }
            long[] sorted = new long[n];
            for (int i = 0; i < n; i++) {
                sorted[next[100 - (int) (values[i] >>> 32)]++] = values[i];
            }
            return sorted;
        }
    }
}
