package dev.hanbridge.translate.local;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * SentencePiece's precompiled normalisation rules (for OPUS-MT: {@code nmt_nfkc}, NFKC plus
 * whitespace and control-character rules): a darts-clone double-array trie over UTF-8 bytes whose
 * values point into a block of NUL-terminated replacement strings. Layout:
 * {@code <trie size: uint32 LE><trie units: uint32 LE ...><replacement strings>}.
 */
final class PrecompiledCharsMap {

    private final int[] units;
    private final byte[] replacements;

    private PrecompiledCharsMap(int[] units, byte[] replacements) {
        this.units = units;
        this.replacements = replacements;
    }

    static PrecompiledCharsMap parse(byte[] blob) {
        if (blob.length <= 4) {
            throw new IllegalStateException("precompiled character map of " + blob.length + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        int trieBytes = buffer.getInt();
        if (trieBytes < 0 || trieBytes % 4 != 0 || 4 + trieBytes > blob.length) {
            throw new IllegalStateException("precompiled character map declares a trie of " + trieBytes + " bytes");
        }
        int[] units = new int[trieBytes / 4];
        buffer.asIntBuffer().get(units);
        return new PrecompiledCharsMap(units, Arrays.copyOfRange(blob, 4 + trieBytes, blob.length));
    }

    /**
     * The longest rule matching {@code input} at {@code start}: its length in input bytes is
     * returned and its replacement copied to {@code replacement[0]}; 0 when no rule matches.
     */
    int longestMatch(byte[] input, int start, byte[][] replacement) {
        int node = offset(units[0]);
        int longest = 0;
        int value = -1;
        for (int i = start; i < input.length; i++) {
            int label = input[i] & 0xff;
            node ^= label;
            if (node < 0 || node >= units.length) {
                break;
            }
            int unit = units[node];
            if ((unit & (0x80000000 | 0xff)) != label) {
                break;
            }
            node ^= offset(unit);
            if (((unit >>> 8) & 1) == 1) {
                longest = i - start + 1;
                value = units[node] & 0x7fffffff;
            }
        }
        if (longest == 0) {
            return 0;
        }
        int terminator = value;
        while (terminator < replacements.length && replacements[terminator] != 0) {
            terminator++;
        }
        replacement[0] = Arrays.copyOfRange(replacements, value, terminator);
        return longest;
    }

    private static int offset(int unit) {
        return (unit >>> 10) << ((unit & (1 << 9)) >>> 6);
    }
}
