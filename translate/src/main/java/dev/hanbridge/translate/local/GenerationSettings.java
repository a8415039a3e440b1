package dev.hanbridge.translate.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * The decoding rules of one model, read as transformers reads them: {@code generation_config.json}
 * first, {@code config.json} for a key it lacks (older exports), transformers' defaults last.
 * Settings that would change the output and that this runtime does not implement are refused by
 * name rather than ignored.
 *
 * @param earlyStopping {@code "false"}, {@code "true"} or {@code "never"}
 * @param badWords      token sequences never generated; pad is always among them, as every OPUS-MT
 *                      configuration has it (generating pad would end nowhere)
 */
record GenerationSettings(int decoderStartId, int padId, int[] eosIds, int maxLength, int minLength, int beams,
        float lengthPenalty, String earlyStopping, List<int[]> badWords, int[] forcedEosIds, boolean renormalize) {

    /** Settings that change the output and are not implemented, each with the value that leaves it off. */
    private static final Map<String, Predicate<JsonNode>> NOT_IMPLEMENTED = Map.ofEntries(
            Map.entry("do_sample", v -> !v.asBoolean(false)),
            Map.entry("repetition_penalty", v -> v.asDouble(1.0) == 1.0),
            Map.entry("encoder_repetition_penalty", v -> v.asDouble(1.0) == 1.0),
            Map.entry("no_repeat_ngram_size", v -> v.asInt(0) == 0),
            Map.entry("encoder_no_repeat_ngram_size", v -> v.asInt(0) == 0),
            Map.entry("num_beam_groups", v -> v.asInt(1) == 1),
            Map.entry("diversity_penalty", v -> v.asDouble(0.0) == 0.0),
            Map.entry("forced_bos_token_id", JsonNode::isNull),
            Map.entry("suppress_tokens", v -> v.isNull() || v.isEmpty()),
            Map.entry("begin_suppress_tokens", v -> v.isNull() || v.isEmpty()),
            Map.entry("min_new_tokens", v -> v.asInt(0) == 0),
            Map.entry("exponential_decay_length_penalty", JsonNode::isNull),
            Map.entry("sequence_bias", JsonNode::isNull),
            Map.entry("force_words_ids", JsonNode::isNull),
            Map.entry("constraints", JsonNode::isNull));

    static GenerationSettings read(JsonNode generation, JsonNode config, ModelFolder where) {
        Lookup lookup = new Lookup(generation, config);
        NOT_IMPLEMENTED.forEach((key, off) -> {
            JsonNode value = lookup.get(key);
            if (!value.isMissingNode() && !off.test(value)) {
                throw new LocalModelException("The model in " + where.root + " sets " + key + " = " + value
                        + " in its generation settings, which the local engine does not implement.");
            }
        });
        int pad = lookup.get("pad_token_id").asInt(-1);
        if (pad < 0) {
            throw new LocalModelException("The model in " + where.root + " has no pad_token_id in config.json.");
        }
        int start = lookup.get("decoder_start_token_id").asInt(pad);
        int[] eos = ids(lookup.get("eos_token_id"));
        if (eos.length == 0) {
            throw new LocalModelException("The model in " + where.root + " has no eos_token_id in config.json.");
        }
        JsonNode maxNew = lookup.get("max_new_tokens");
        // For an encoder-decoder the decoder prompt is the one start token, so max_new_tokens = n
        // is max_length = n + 1, as generate() computes it.
        int maxLength = maxNew.isIntegralNumber() ? maxNew.asInt() + 1 : lookup.get("max_length").asInt(20);
        List<int[]> badWords = new ArrayList<>();
        badWords.add(new int[] {pad});
        lookup.get("bad_words_ids").forEach(sequence -> {
            int[] banned = ids(sequence);
            boolean onlyEos = banned.length == 1 && contains(eos, banned[0]);
            if (banned.length > 0 && !onlyEos) {
                badWords.add(banned);
            }
        });
        JsonNode early = lookup.get("early_stopping");
        String earlyStopping = early.isString() ? early.asString() : String.valueOf(early.asBoolean(false));
        if (!List.of("true", "false", "never").contains(earlyStopping)) {
            throw new LocalModelException("The model in " + where.root + " sets early_stopping = " + early
                    + "; transformers accepts true, false or \"never\".");
        }
        JsonNode forced = lookup.get("forced_eos_token_id");
        return new GenerationSettings(start, pad, eos, maxLength, lookup.get("min_length").asInt(0),
                Math.max(1, lookup.get("num_beams").asInt(1)), (float) lookup.get("length_penalty").asDouble(1.0),
                earlyStopping, badWords, forced.isMissingNode() || forced.isNull() ? new int[0] : ids(forced),
                lookup.get("renormalize_logits").asBoolean(false));
    }

    GenerationSettings withBeams(int value) {
        return new GenerationSettings(decoderStartId, padId, eosIds, maxLength, minLength, value, lengthPenalty,
                earlyStopping, badWords, forcedEosIds, renormalize);
    }

    /** Other beam-search rules than the model's, for the references that cover them. */
    GenerationSettings withStopping(String early, float penalty, boolean renormalized) {
        return new GenerationSettings(decoderStartId, padId, eosIds, maxLength, minLength, beams, penalty, early,
                badWords, forcedEosIds, renormalized);
    }

    boolean isEos(int token) {
        return contains(eosIds, token);
    }

    private static boolean contains(int[] values, int value) {
        for (int v : values) {
            if (v == value) {
                return true;
            }
        }
        return false;
    }

    private static int[] ids(JsonNode node) {
        if (node.isIntegralNumber()) {
            return new int[] {node.asInt()};
        }
        List<Integer> values = new ArrayList<>();
        node.forEach(v -> values.add(v.asInt()));
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private record Lookup(JsonNode generation, JsonNode config) {
        JsonNode get(String key) {
            JsonNode value = generation.path(key);
            return value.isMissingNode() ? config.path(key) : value;
        }
    }
}
