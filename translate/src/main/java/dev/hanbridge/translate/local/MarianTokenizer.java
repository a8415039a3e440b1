package dev.hanbridge.translate.local;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * transformers' {@code MarianTokenizer} (5.x) in Java: text to ids through {@code source.spm} and
 * the shared {@code vocab.json}, ids back to text. Chosen over DJL's HuggingFace tokenizers
 * because Marian has no official {@code tokenizer.json} (hubs carry third-party conversions),
 * while these files are the ones transformers itself reads; and it needs no native library.
 *
 * <p>Encoding, as Python does it: the text is cut at special tokens written in it ({@code </s>}),
 * a leading language code ({@code >>kor<<}) becomes its own token, each piece maps to its
 * {@code vocab.json} id or {@code <unk>}, and {@code </s>} is appended. Decoding drops the special
 * ids, joins the pieces ({@code decode_pieces}) with the source model, as transformers 5 does when
 * the vocabulary is shared, turns {@code ▁} into spaces and strips the ends.
 */
final class MarianTokenizer {

    private final SentencePieceModel source;
    private final Map<String, Integer> vocab;
    private final String[] tokens;
    private final int unknownId;
    private final int eosId;
    private final int padId;
    private final List<String> specialTokens;
    private final Set<Integer> specialIds;
    private final boolean cleanUpSpaces;

    MarianTokenizer(SentencePieceModel source, Map<String, Integer> vocab, JsonNode tokenizerConfig) {
        this.source = source;
        this.vocab = vocab;
        int maxId = vocab.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        this.tokens = new String[maxId + 1];
        vocab.forEach((token, id) -> {
            if (tokens[id] == null) {
                tokens[id] = token;
            }
        });
        Set<String> specials = new LinkedHashSet<>();
        String unknown = tokenName(tokenizerConfig, "unk_token", "<unk>");
        String eos = tokenName(tokenizerConfig, "eos_token", "</s>");
        String pad = tokenName(tokenizerConfig, "pad_token", "<pad>");
        specials.add(eos);
        specials.add(unknown);
        specials.add(pad);
        tokenizerConfig.path("additional_special_tokens").forEach(t -> specials.add(t.isString() ? t.asString()
                : t.path("content").asString()));
        tokenizerConfig.path("added_tokens_decoder").forEach(t -> {
            if (t.path("special").asBoolean(false)) {
                specials.add(t.path("content").asString());
            }
        });
        this.unknownId = idOf(unknown, "unk_token");
        this.eosId = idOf(eos, "eos_token");
        this.padId = idOf(pad, "pad_token");
        this.specialTokens = new ArrayList<>(specials);
        this.specialTokens.sort(Comparator.comparingInt(String::length).reversed());
        this.specialIds = new HashSet<>();
        for (String special : specials) {
            Integer id = vocab.get(special);
            if (id != null) {
                specialIds.add(id);
            }
        }
        this.cleanUpSpaces = tokenizerConfig.path("clean_up_tokenization_spaces").asBoolean(false);
    }

    int eosId() {
        return eosId;
    }

    int padId() {
        return padId;
    }

    /** The model's input ids for {@code text}, {@code </s>} last. */
    int[] encode(String text) {
        List<Integer> ids = new ArrayList<>();
        int start = 0;
        int position = 0;
        while (position < text.length()) {
            String special = specialAt(text, position);
            if (special == null) {
                position++;
                continue;
            }
            encodePlain(text.substring(start, position), ids);
            ids.add(vocab.get(special));
            position += special.length();
            start = position;
        }
        encodePlain(text.substring(start), ids);
        ids.add(eosId);
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private void encodePlain(String chunk, List<Integer> ids) {
        if (chunk.isEmpty()) {
            return;
        }
        int codeEnd = chunk.startsWith(">>") ? chunk.indexOf("<<") : -1;
        if (codeEnd != -1) {
            ids.add(vocab.getOrDefault(chunk.substring(0, codeEnd + 2), unknownId));
            chunk = chunk.substring(codeEnd + 2);
        }
        for (String piece : source.encode(chunk)) {
            ids.add(vocab.getOrDefault(piece, unknownId));
        }
    }

    private String specialAt(String text, int position) {
        for (String special : specialTokens) {
            if (vocab.containsKey(special) && text.startsWith(special, position)) {
                return special;
            }
        }
        return null;
    }

    /** Text for generated ids: special ids dropped, as {@code decode(ids, skip_special_tokens=True)}. */
    String decode(int[] ids) {
        List<String> pieces = new ArrayList<>(ids.length);
        for (int id : ids) {
            if (specialIds.contains(id)) {
                continue;
            }
            if (id >= 0 && id < tokens.length && tokens[id] != null) {
                pieces.add(tokens[id]);
            } else {
                pieces.add(id >= 0 && id < source.size() ? source.piece(id) : tokens[unknownId]);
            }
        }
        String text = PythonStrings.strip(source.decodePieces(pieces).replace(SpmNormalizer.SPACE_SYMBOL, " "));
        return cleanUpSpaces ? PythonStrings.cleanUpTokenization(text) : text;
    }

    private int idOf(String token, String setting) {
        Integer id = vocab.get(token);
        if (id == null) {
            throw new LocalModelException("vocab.json has no id for the " + setting + " " + token
                    + " that tokenizer_config.json names.");
        }
        return id;
    }

    private static String tokenName(JsonNode config, String key, String fallback) {
        JsonNode node = config.path(key);
        if (node.isString()) {
            return node.asString();
        }
        return node.path("content").asString(fallback);
    }
}
