package dev.hanbridge.translate.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A SentencePiece unigram model ({@code .spm}): the encoder and piece decoder of
 * {@code sentencepiece} 0.2, which OPUS-MT's {@code source.spm} and {@code target.spm} are.
 * Encoding is the best-scoring segmentation (Viterbi) of the normalised text into pieces;
 * characters no piece covers become unknown pieces, and a run of them is merged into one, as
 * {@code sentencepiece} does.
 */
final class SentencePieceModel {

    static final int NORMAL = 1;
    static final int UNKNOWN = 2;
    static final int CONTROL = 3;
    static final int USER_DEFINED = 4;
    static final int UNUSED = 5;
    static final int BYTE = 6;

    /** {@code sentencepiece}'s kUnkPenalty: an unknown character scores this far below the worst piece. */
    private static final float UNKNOWN_PENALTY = 10.0f;

    private final String[] pieces;
    private final float[] scores;
    private final int[] types;
    private final int unknownId;
    private final String unknownSurface;
    private final SpmNormalizer normalizer;
    private final Map<String, Integer> normalPieces = new HashMap<>();
    private final Map<String, Integer> allPieces = new HashMap<>();
    private final int longestPiece;
    private final float unknownScore;

    SentencePieceModel(String[] pieces, float[] scores, int[] types, int unknownId, String unknownSurface,
            SpmNormalizer normalizer) {
        this.pieces = pieces;
        this.scores = scores;
        this.types = types;
        this.unknownId = unknownId;
        this.unknownSurface = unknownSurface;
        this.normalizer = normalizer;
        float minScore = Float.MAX_VALUE;
        int longest = 1;
        for (int id = 0; id < pieces.length; id++) {
            allPieces.putIfAbsent(pieces[id], id);
            if (types[id] == NORMAL) {
                normalPieces.putIfAbsent(pieces[id], id);
                minScore = Math.min(minScore, scores[id]);
                longest = Math.max(longest, pieces[id].codePointCount(0, pieces[id].length()));
            }
        }
        this.longestPiece = longest;
        this.unknownScore = minScore - UNKNOWN_PENALTY;
    }

    int size() {
        return pieces.length;
    }

    String piece(int id) {
        return pieces[id];
    }

    /** The pieces of {@code text}; an unknown run's piece is its normalised characters. */
    List<String> encode(String text) {
        String normalized = normalizer.normalize(text);
        if (normalized.isEmpty()) {
            return List.of();
        }
        int[] chars = normalized.codePoints().toArray();
        int n = chars.length;
        float[] best = new float[n + 1];
        int[] startsAt = new int[n + 1];
        int[] ids = new int[n + 1];
        java.util.Arrays.fill(startsAt, -1);
        // Nodes are visited by start position, then by length, and only a strictly better score
        // replaces a node: the same order and tie rule as sentencepiece's EncodeOptimized.
        for (int start = 0; start < n; start++) {
            float base = best[start];
            boolean singleCharacterPiece = false;
            for (int length = 1; length <= longestPiece && start + length <= n; length++) {
                Integer id = normalPieces.get(new String(chars, start, length));
                if (id == null) {
                    continue;
                }
                relax(best, startsAt, ids, start, start + length, scores[id] + base, id);
                singleCharacterPiece |= length == 1;
            }
            if (!singleCharacterPiece) {
                relax(best, startsAt, ids, start, start + 1, unknownScore + base, unknownId);
            }
        }
        List<String> reversed = new ArrayList<>();
        List<Boolean> unknown = new ArrayList<>();
        for (int end = n; end > 0; end = startsAt[end]) {
            reversed.add(new String(chars, startsAt[end], end - startsAt[end]));
            unknown.add(ids[end] == unknownId);
        }
        List<String> result = new ArrayList<>(reversed.size());
        boolean previousUnknown = false;
        for (int i = reversed.size() - 1; i >= 0; i--) {
            if (unknown.get(i) && previousUnknown) {
                result.set(result.size() - 1, result.get(result.size() - 1) + reversed.get(i));
            } else {
                result.add(reversed.get(i));
            }
            previousUnknown = unknown.get(i);
        }
        return result;
    }

    private static void relax(float[] best, int[] startsAt, int[] ids, int start, int end, float score, int id) {
        if (startsAt[end] == -1 || score > best[end]) {
            best[end] = score;
            startsAt[end] = start;
            ids[end] = id;
        }
    }

    /**
     * {@code decode_pieces}: pieces back to text. A string that is not a piece of this model is
     * copied as it is; {@code ▁} becomes a space, and the first one is dropped.
     */
    String decodePieces(List<String> pieceList) {
        StringBuilder text = new StringBuilder();
        for (String piece : pieceList) {
            int id = allPieces.getOrDefault(piece, unknownId);
            if (types[id] == CONTROL) {
                continue;
            }
            if (id == unknownId) {
                text.append(piece.equals(pieces[unknownId]) ? unknownSurface : piece);
                continue;
            }
            String surface = piece;
            boolean atStart = text.length() == 0
                    && (normalizer.addsDummyPrefix() || normalizer.removesExtraWhitespaces());
            if (atStart && surface.startsWith(SpmNormalizer.SPACE_SYMBOL)) {
                surface = surface.substring(SpmNormalizer.SPACE_SYMBOL.length());
            }
            text.append(surface.replace(SpmNormalizer.SPACE_SYMBOL, " "));
        }
        return text.toString();
    }
}
