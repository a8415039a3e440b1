package dev.hanbridge.translate.local;

/**
 * transformers' logits processors for the settings a Marian model uses, in transformers' order:
 * banned sequences ({@code bad_words_ids}), {@code min_length}, {@code forced_eos_token_id} on the
 * last step, then {@code renormalize_logits}.
 */
final class LogitsRules {

    private final GenerationSettings settings;

    LogitsRules(GenerationSettings settings) {
        this.settings = settings;
    }

    /** Applies the rules to {@code scores} for a row whose sequence so far is {@code sequence[0, length)}. */
    void apply(float[] scores, int[] sequence, int length) {
        for (int[] banned : settings.badWords()) {
            int last = banned[banned.length - 1];
            if (last < scores.length && endsWith(sequence, length, banned)) {
                scores[last] = Float.NEGATIVE_INFINITY;
            }
        }
        if (length < settings.minLength()) {
            for (int eos : settings.eosIds()) {
                scores[eos] = Float.NEGATIVE_INFINITY;
            }
        }
        if (settings.forcedEosIds().length > 0 && length == settings.maxLength() - 1) {
            java.util.Arrays.fill(scores, Float.NEGATIVE_INFINITY);
            for (int eos : settings.forcedEosIds()) {
                scores[eos] = 0f;
            }
        }
        if (settings.renormalize()) {
            logSoftmax(scores);
        }
    }

    /** Whether the sequence ends with all but the last token of {@code banned}. */
    private static boolean endsWith(int[] sequence, int length, int[] banned) {
        int prefix = banned.length - 1;
        if (prefix > length) {
            return false;
        }
        for (int i = 0; i < prefix; i++) {
            if (sequence[length - prefix + i] != banned[i]) {
                return false;
            }
        }
        return true;
    }

    /** In place, in float as PyTorch computes it: {@code x - max - log(sum(exp(x - max)))}. */
    static void logSoftmax(float[] scores) {
        float max = Float.NEGATIVE_INFINITY;
        for (float s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (float s : scores) {
            sum += Math.exp(s - max);
        }
        float logSum = (float) Math.log(sum);
        for (int i = 0; i < scores.length; i++) {
            scores[i] = (scores[i] - max) - logSum;
        }
    }
}
