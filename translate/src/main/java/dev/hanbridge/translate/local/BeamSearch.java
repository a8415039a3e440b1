package dev.hanbridge.translate.local;

import java.util.Arrays;

/**
 * transformers' beam search (the vectorised one of 4.50 and later, {@code GenerationMixin._beam_search}),
 * computed in float as PyTorch does so that the same hypotheses win.
 *
 * <p>Each step every beam's log-probabilities (after the logits rules) are added to its score and
 * the best {@code 2 × beams} continuations of the sentence are kept. Those ending in eos (or
 * reaching {@code max_length}) among the first {@code beams} become finished hypotheses, scored
 * {@code sum / generated_length ^ length_penalty}; the best {@code beams} others run on. A
 * sentence is done when no running beam can beat its worst finished one (judged at the current
 * length, or at {@code max_length} for {@code early_stopping = "never"} with a positive penalty),
 * when {@code early_stopping = true} and it has {@code beams} finished hypotheses, or at
 * {@code max_length}. Scores of -1e9 mark slots that must not win, as in transformers.
 */
final class BeamSearch {

    private static final float EXCLUDED = -1.0e9f;

    private final GenerationSettings settings;
    private final LogitsRules rules;
    private final int beams;
    private final int keep;

    private BeamSearch(GenerationSettings settings) {
        this.settings = settings;
        this.rules = new LogitsRules(settings);
        this.beams = settings.beams();
        this.keep = Math.max(2, 1 + settings.eosIds().length) * beams;
    }

    /** The best hypothesis of each sentence; the model has {@code sentences × beams} rows, a sentence's beams together. */
    static int[][] run(StepModel model, int sentences, GenerationSettings settings) {
        return new BeamSearch(settings).search(model, sentences);
    }

    private int[][] search(StepModel model, int sentences) {
        int maxLength = settings.maxLength();
        int rows = sentences * beams;
        int[][] running = new int[rows][maxLength];
        float[] runningScores = new float[rows];
        for (int r = 0; r < rows; r++) {
            Arrays.fill(running[r], settings.padId());
            running[r][0] = settings.decoderStartId();
            // Only the first beam starts live, so that the beams do not all pick the same tokens.
            runningScores[r] = r % beams == 0 ? 0f : EXCLUDED;
        }
        Finished[] finished = new Finished[sentences];
        for (int s = 0; s < sentences; s++) {
            finished[s] = new Finished(beams, maxLength);
        }
        long[] tokens = new long[rows];
        int length = 1;
        while (true) {
            for (int r = 0; r < rows; r++) {
                tokens[r] = running[r][length - 1];
            }
            float[][] logits = model.step(tokens);
            int[][] nextRunning = new int[rows][];
            float[] nextScores = new float[rows];
            int[] origins = new int[rows];
            for (int s = 0; s < sentences; s++) {
                int first = s * beams;
                if (finished[s].done) {
                    for (int b = 0; b < beams; b++) {
                        nextRunning[first + b] = running[first + b];
                        nextScores[first + b] = runningScores[first + b];
                        origins[first + b] = first + b;
                    }
                    continue;
                }
                stepSentence(s, logits, running, runningScores, length, finished[s], nextRunning, nextScores,
                        origins);
            }
            model.reorder(origins);
            running = nextRunning;
            runningScores = nextScores;
            length++;
            boolean allDone = true;
            for (int s = 0; s < sentences; s++) {
                Finished f = finished[s];
                if (!f.done) {
                    f.updateImprovable(runningScores[s * beams], length, settings);
                    f.done = !f.improvable || (f.full() && "true".equals(settings.earlyStopping())) || f.allHit;
                }
                allDone &= f.done;
            }
            if (allDone) {
                break;
            }
        }
        int[][] best = new int[sentences][];
        for (int s = 0; s < sentences; s++) {
            best[s] = Arrays.copyOf(finished[s].sequences[0], finished[s].lengths[0]);
        }
        return best;
    }

    private void stepSentence(int s, float[][] logits, int[][] running, float[] runningScores, int length,
            Finished finished, int[][] nextRunning, float[] nextScores, int[] origins) {
        int first = s * beams;
        int vocab = logits[first].length;
        float[] topScores = new float[keep];
        int[] topBeams = new int[keep];
        int[] topTokens = new int[keep];
        int count = 0;
        for (int b = 0; b < beams; b++) {
            float[] scores = logits[first + b];
            LogitsRules.logSoftmax(scores);
            rules.apply(scores, running[first + b], length);
            float base = runningScores[first + b];
            for (int t = 0; t < vocab; t++) {
                float value = scores[t] + base;
                if (count == keep && !(value > topScores[keep - 1])) {
                    continue;
                }
                // Insertion keeps the earlier candidate first among equals (a tie between real
                // scores does not happen; ties among -inf or -1e9 slots cannot change the result).
                int at = count == keep ? keep - 1 : count++;
                while (at > 0 && value > topScores[at - 1]) {
                    topScores[at] = topScores[at - 1];
                    topBeams[at] = topBeams[at - 1];
                    topTokens[at] = topTokens[at - 1];
                    at--;
                }
                topScores[at] = value;
                topBeams[at] = b;
                topTokens[at] = t;
            }
        }
        boolean[] hits = new boolean[keep];
        boolean allHit = true;
        float[] live = new float[keep];
        for (int k = 0; k < keep; k++) {
            hits[k] = settings.isEos(topTokens[k]) || length + 1 >= settings.maxLength();
            allHit &= hits[k];
            live[k] = topScores[k] + (hits[k] ? EXCLUDED : 0f);
        }
        finished.allHit = allHit;
        int[] order = bestFirst(live, beams);
        for (int j = 0; j < beams; j++) {
            int k = order[j];
            int[] sequence = running[first + topBeams[k]].clone();
            sequence[length] = topTokens[k];
            nextRunning[first + j] = sequence;
            nextScores[first + j] = live[k];
            origins[first + j] = first + topBeams[k];
        }
        float lengthScale = (float) Math.pow(length + 1 - 1, settings.lengthPenalty());
        boolean full = finished.full();
        float[] candidateScores = new float[keep];
        boolean[] justFinished = new boolean[keep];
        for (int k = 0; k < keep; k++) {
            justFinished[k] = hits[k] && k < beams;
            float score = topScores[k] / lengthScale;
            if (full && "true".equals(settings.earlyStopping())) {
                score += EXCLUDED;
            }
            if (!finished.improvable) {
                score += EXCLUDED;
            }
            if (!justFinished[k]) {
                score += EXCLUDED;
            }
            candidateScores[k] = score;
        }
        finished.merge(candidateScores, justFinished, k -> {
            int[] sequence = running[first + topBeams[k]].clone();
            sequence[length] = topTokens[k];
            return sequence;
        }, length + 1);
    }

    /** Indices of the {@code n} largest values, largest first; the earlier index first among equals. */
    static int[] bestFirst(float[] values, int n) {
        Integer[] indices = new Integer[values.length];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        Arrays.sort(indices, (a, b) -> Float.compare(values[b], values[a]));
        int[] result = new int[n];
        for (int i = 0; i < n; i++) {
            result[i] = indices[i];
        }
        return result;
    }

    /** A sentence's finished hypotheses, best first, and whether it may still improve. */
    private static final class Finished {
        final int[][] sequences;
        final int[] lengths;
        final float[] scores;
        final boolean[] flags;
        boolean improvable = true;
        boolean allHit;
        boolean done;

        Finished(int beams, int maxLength) {
            sequences = new int[beams][maxLength];
            lengths = new int[beams];
            scores = new float[beams];
            flags = new boolean[beams];
            Arrays.fill(scores, EXCLUDED);
        }

        boolean full() {
            for (boolean flag : flags) {
                if (!flag) {
                    return false;
                }
            }
            return true;
        }

        void merge(float[] candidateScores, boolean[] candidateFlags, java.util.function.IntFunction<int[]> sequence,
                int candidateLength) {
            int beams = scores.length;
            float[] merged = new float[beams + candidateScores.length];
            System.arraycopy(scores, 0, merged, 0, beams);
            System.arraycopy(candidateScores, 0, merged, beams, candidateScores.length);
            int[] order = bestFirst(merged, beams);
            int[][] newSequences = new int[beams][];
            int[] newLengths = new int[beams];
            float[] newScores = new float[beams];
            boolean[] newFlags = new boolean[beams];
            for (int j = 0; j < beams; j++) {
                int i = order[j];
                newScores[j] = merged[i];
                if (i < beams) {
                    newSequences[j] = sequences[i];
                    newLengths[j] = lengths[i];
                    newFlags[j] = flags[i];
                } else {
                    newSequences[j] = sequence.apply(i - beams);
                    newLengths[j] = candidateLength;
                    newFlags[j] = candidateFlags[i - beams];
                }
            }
            System.arraycopy(newSequences, 0, sequences, 0, beams);
            System.arraycopy(newLengths, 0, lengths, 0, beams);
            System.arraycopy(newScores, 0, scores, 0, beams);
            System.arraycopy(newFlags, 0, flags, 0, beams);
        }

        /** transformers' {@code _check_early_stop_heuristic}, after the step that made {@code length}. */
        void updateImprovable(float bestRunning, int length, GenerationSettings settings) {
            float penalty = settings.lengthPenalty();
            int hypotheticalLength = "never".equals(settings.earlyStopping()) && penalty > 0
                    ? settings.maxLength() - 1 : length - 1;
            float bestPossible = bestRunning / (float) Math.pow(hypotheticalLength, penalty);
            float worst = Float.POSITIVE_INFINITY;
            for (float score : scores) {
                worst = Math.min(worst, score);
            }
            boolean canImprove = false;
            for (boolean flag : flags) {
                canImprove |= bestPossible > (flag ? worst : EXCLUDED);
            }
            improvable &= canImprove;
        }
    }
}
