package dev.hanbridge.translate.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Corpus BLEU as sacreBLEU 2's {@code BLEU()} computes it with its defaults: the 13a tokenizer,
 * word n-grams of orders 1–4 clipped by the reference, counts summed over the corpus, the
 * brevity penalty on total lengths, and the "exp" smoothing of mteval-v13a for orders without a
 * match.
 */
public final class Bleu {

    static final int MAX_ORDER = 4;

    private Bleu() {
    }

    /**
     * @param score      BLEU in [0, 100]
     * @param precisions n-gram precisions in percent, orders 1 to 4
     * @param brevityPenalty exp(1 - ref/hyp) when the hypotheses are shorter, else 1
     */
    public record Result(double score, double[] precisions, double brevityPenalty, long hypothesisLength,
            long referenceLength) {

        /** The line sacreBLEU prints, e.g. {@code BLEU = 31.45 62.1/38.5/25.0/16.7 (BP = 1.000 ratio = ...)}. */
        @Override
        public String toString() {
            double ratio = referenceLength == 0 ? 0 : (double) hypothesisLength / referenceLength;
            return String.format(Locale.ROOT, "BLEU = %.2f %.1f/%.1f/%.1f/%.1f (BP = %.3f ratio = %.3f hyp_len = %d "
                    + "ref_len = %d)", score, precisions[0], precisions[1], precisions[2], precisions[3],
                    brevityPenalty, ratio, hypothesisLength, referenceLength);
        }
    }

    /** BLEU of {@code hypotheses} against one reference each, line by line. */
    public static Result corpusScore(List<String> hypotheses, List<String> references) {
        Quality.checkSameLength(hypotheses, references);
        long[] correct = new long[MAX_ORDER];
        long[] total = new long[MAX_ORDER];
        long hypothesisLength = 0;
        long referenceLength = 0;
        for (int i = 0; i < hypotheses.size(); i++) {
            List<String> hypothesis = PythonText.split(Tokenizer13a.tokenize(PythonText.rstrip(hypotheses.get(i))));
            List<String> reference = PythonText.split(Tokenizer13a.tokenize(PythonText.rstrip(references.get(i))));
            hypothesisLength += hypothesis.size();
            referenceLength += reference.size();
            Map<List<String>, Integer> referenceGrams = ngrams(reference);
            for (Map.Entry<List<String>, Integer> gram : ngrams(hypothesis).entrySet()) {
                int order = gram.getKey().size() - 1;
                total[order] += gram.getValue();
                correct[order] += Math.min(gram.getValue(), referenceGrams.getOrDefault(gram.getKey(), 0));
            }
        }
        return compute(correct, total, hypothesisLength, referenceLength);
    }

    private static Result compute(long[] correct, long[] total, long hypothesisLength, long referenceLength) {
        double brevityPenalty = 1.0;
        if (hypothesisLength < referenceLength) {
            brevityPenalty = hypothesisLength > 0 ? Math.exp(1 - (double) referenceLength / hypothesisLength) : 0.0;
        }
        double[] precisions = new double[MAX_ORDER];
        boolean anyCorrect = false;
        for (long c : correct) {
            anyCorrect |= c > 0;
        }
        if (!anyCorrect) {
            return new Result(0.0, precisions, brevityPenalty, hypothesisLength, referenceLength);
        }
        double smooth = 1.0;
        for (int n = 0; n < MAX_ORDER; n++) {
            if (total[n] == 0) {
                break;
            }
            if (correct[n] == 0) {
                smooth *= 2;
                precisions[n] = 100.0 / (smooth * total[n]);
            } else {
                precisions[n] = 100.0 * correct[n] / total[n];
            }
        }
        double logSum = 0;
        for (double p : precisions) {
            // sacreBLEU's my_log: log(0) floors to -9999999999, which makes the score 0.
            logSum += p == 0.0 ? -9999999999.0 : Math.log(p);
        }
        return new Result(brevityPenalty * Math.exp(logSum / MAX_ORDER), precisions, brevityPenalty,
                hypothesisLength, referenceLength);
    }

    private static Map<List<String>, Integer> ngrams(List<String> tokens) {
        Map<List<String>, Integer> counts = new HashMap<>();
        for (int n = 1; n <= MAX_ORDER; n++) {
            for (int i = 0; i + n <= tokens.size(); i++) {
                counts.merge(List.copyOf(tokens.subList(i, i + n)), 1, Integer::sum);
            }
        }
        return counts;
    }
}
