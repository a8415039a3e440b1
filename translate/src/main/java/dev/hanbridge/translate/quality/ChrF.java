package dev.hanbridge.translate.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Corpus chrF as sacreBLEU 2's {@code CHRF()} computes it with its defaults: character n-grams of
 * orders 1–6 over each line with whitespace removed, counts summed over the corpus, precision and
 * recall averaged over the orders that occur (its "effective order"), F-beta with beta 2.
 */
public final class ChrF {

    static final int CHAR_ORDER = 6;
    static final int BETA = 2;

    private ChrF() {
    }

    /** chrF2 in [0, 100] of {@code hypotheses} against one reference each, line by line. */
    public static double corpusScore(List<String> hypotheses, List<String> references) {
        Quality.checkSameLength(hypotheses, references);
        long[] statistics = new long[3 * CHAR_ORDER];
        for (int i = 0; i < hypotheses.size(); i++) {
            int[] hypothesis = withoutWhitespace(hypotheses.get(i));
            int[] reference = withoutWhitespace(references.get(i));
            for (int n = 1; n <= CHAR_ORDER; n++) {
                Map<String, Integer> hypothesisGrams = ngrams(hypothesis, n);
                Map<String, Integer> referenceGrams = ngrams(reference, n);
                long hypothesisCount = 0;
                long matches = 0;
                for (Map.Entry<String, Integer> gram : hypothesisGrams.entrySet()) {
                    hypothesisCount += gram.getValue();
                    matches += Math.min(gram.getValue(), referenceGrams.getOrDefault(gram.getKey(), 0));
                }
                // sacreBLEU counts a line's hypothesis n-grams only when its reference has some.
                statistics[3 * (n - 1)] += referenceGrams.isEmpty() ? 0 : hypothesisCount;
                statistics[3 * (n - 1) + 1] += referenceGrams.values().stream().mapToLong(Integer::longValue).sum();
                statistics[3 * (n - 1) + 2] += matches;
            }
        }
        return fScore(statistics);
    }

    private static double fScore(long[] statistics) {
        double factor = BETA * BETA;
        double averagePrecision = 0;
        double averageRecall = 0;
        int effectiveOrder = 0;
        for (int n = 0; n < CHAR_ORDER; n++) {
            long hypothesis = statistics[3 * n];
            long reference = statistics[3 * n + 1];
            long matches = statistics[3 * n + 2];
            if (hypothesis > 0 && reference > 0) {
                averagePrecision += (double) matches / hypothesis;
                averageRecall += (double) matches / reference;
                effectiveOrder++;
            }
        }
        if (effectiveOrder == 0) {
            return 0.0;
        }
        averagePrecision /= effectiveOrder;
        averageRecall /= effectiveOrder;
        if (averagePrecision + averageRecall == 0) {
            return 0.0;
        }
        double score = (1 + factor) * averagePrecision * averageRecall;
        score /= (factor * averagePrecision) + averageRecall;
        return 100 * score;
    }

    private static int[] withoutWhitespace(String line) {
        return line.codePoints().filter(c -> !PythonText.isSpace(c)).toArray();
    }

    private static Map<String, Integer> ngrams(int[] chars, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= chars.length; i++) {
            counts.merge(new String(chars, i, n), 1, Integer::sum);
        }
        return counts;
    }
}
