package dev.hanbridge.translate.local;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * SentencePiece's normaliser ({@code normalizer.cc}): character-map rules, then whitespace.
 * Leading, trailing and repeated spaces are dropped ({@code remove_extra_whitespaces}), one space is
 * put in front ({@code add_dummy_prefix}) and spaces become {@code ▁} ({@code escape_whitespaces}).
 * Works on UTF-8 bytes, as the character map's trie does.
 */
final class SpmNormalizer {

    static final String SPACE_SYMBOL = "\u2581";
    private static final byte[] SPACE_SYMBOL_BYTES = SPACE_SYMBOL.getBytes(StandardCharsets.UTF_8);
    private static final byte[] SPACE = {' '};

    private final PrecompiledCharsMap charsMap;
    private final boolean addDummyPrefix;
    private final boolean removeExtraWhitespaces;
    private final boolean escapeWhitespaces;

    SpmNormalizer(PrecompiledCharsMap charsMap, boolean addDummyPrefix, boolean removeExtraWhitespaces,
            boolean escapeWhitespaces) {
        this.charsMap = charsMap;
        this.addDummyPrefix = addDummyPrefix;
        this.removeExtraWhitespaces = removeExtraWhitespaces;
        this.escapeWhitespaces = escapeWhitespaces;
    }

    boolean addsDummyPrefix() {
        return addDummyPrefix;
    }

    boolean removesExtraWhitespaces() {
        return removeExtraWhitespaces;
    }

    String normalize(String text) {
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        byte[][] replaced = new byte[1][];
        int position = 0;
        if (removeExtraWhitespaces) {
            while (position < input.length) {
                int consumed = prefix(input, position, replaced);
                if (!isSingleSpace(replaced[0])) {
                    break;
                }
                position += consumed;
            }
        }
        if (position == input.length) {
            return "";
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 8);
        if (addDummyPrefix) {
            out.writeBytes(escapeWhitespaces ? SPACE_SYMBOL_BYTES : SPACE);
        }
        boolean previousIsSpace = removeExtraWhitespaces;
        while (position < input.length) {
            int consumed = prefix(input, position, replaced);
            byte[] piece = replaced[0];
            int from = 0;
            while (previousIsSpace && from < piece.length && piece[from] == ' ') {
                from++;
            }
            if (from < piece.length) {
                for (int i = from; i < piece.length; i++) {
                    if (escapeWhitespaces && piece[i] == ' ') {
                        out.writeBytes(SPACE_SYMBOL_BYTES);
                    } else {
                        out.write(piece[i]);
                    }
                }
                previousIsSpace = piece[piece.length - 1] == ' ';
            }
            position += consumed;
            if (!removeExtraWhitespaces) {
                previousIsSpace = false;
            }
        }
        String normalized = out.toString(StandardCharsets.UTF_8);
        if (removeExtraWhitespaces) {
            String space = escapeWhitespaces ? SPACE_SYMBOL : " ";
            while (normalized.endsWith(space)) {
                normalized = normalized.substring(0, normalized.length() - space.length());
            }
        }
        return normalized;
    }

    /** The replacement of the longest rule at {@code position}, or the character itself. */
    private int prefix(byte[] input, int position, byte[][] replaced) {
        if (charsMap != null) {
            int matched = charsMap.longestMatch(input, position, replaced);
            if (matched > 0) {
                return matched;
            }
        }
        int length = Math.min(utf8Length(input[position]), input.length - position);
        replaced[0] = java.util.Arrays.copyOfRange(input, position, position + length);
        return length;
    }

    private static int utf8Length(byte lead) {
        int b = lead & 0xff;
        if (b < 0x80) {
            return 1;
        }
        if (b >= 0xf0) {
            return 4;
        }
        return b >= 0xe0 ? 3 : 2;
    }

    private static boolean isSingleSpace(byte[] piece) {
        return piece.length == 1 && piece[0] == ' ';
    }
}
