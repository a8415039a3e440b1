package dev.hanbridge.translate.local;

import java.util.Arrays;

/**
 * transformers' greedy search: the highest processed logit each step (the first on a tie); a row
 * stops at eos and is fed pad while the others go on; all stop at {@code max_length}.
 */
final class GreedySearch {

    private GreedySearch() {
    }

    /** Each row's ids, decoder start first, eos last unless {@code max_length} cut it. */
    static int[][] run(StepModel model, int rows, GenerationSettings settings) {
        LogitsRules rules = new LogitsRules(settings);
        int[][] sequences = new int[rows][settings.maxLength()];
        int[] lengths = new int[rows];
        boolean[] finished = new boolean[rows];
        long[] tokens = new long[rows];
        for (int r = 0; r < rows; r++) {
            sequences[r][0] = settings.decoderStartId();
            lengths[r] = 1;
            tokens[r] = settings.decoderStartId();
        }
        int length = 1;
        int unfinished = rows;
        while (unfinished > 0 && length < settings.maxLength()) {
            float[][] logits = model.step(tokens);
            for (int r = 0; r < rows; r++) {
                if (finished[r]) {
                    tokens[r] = settings.padId();
                    continue;
                }
                rules.apply(logits[r], sequences[r], length);
                int next = argmax(logits[r]);
                sequences[r][length] = next;
                lengths[r] = length + 1;
                tokens[r] = next;
                if (settings.isEos(next)) {
                    finished[r] = true;
                    unfinished--;
                }
            }
            length++;
        }
        int[][] result = new int[rows][];
        for (int r = 0; r < rows; r++) {
            result[r] = Arrays.copyOf(sequences[r], lengths[r]);
        }
        return result;
    }

    private static int argmax(float[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }
}
