package dev.hanbridge.common.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Normalisation and hashing of Korean text, so that the same sentence has the same key everywhere. */
public final class KoreanText {

    private KoreanText() {
    }

    /**
     * NFC, every Unicode space (NBSP and the full-width U+3000 from web pages included) as one
     * ASCII space, trimmed. Hangul typed as jamo sequences and as precomposed syllables compare
     * equal after NFC.
     */
    public static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** True for ASCII whitespace, NBSP, the Unicode space separators and zero-width spaces. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /**
     * True when the text holds Hangul or Hanja, so that it needs translating. False for a segment
     * an engine has nothing to do with: a section label ({@code IT}), a product name
     * ({@code GPT-4o}), a URL, a date and time ({@code 2026.03.14 09:30}), a number. Hanja counts
     * because Korean news abbreviates with it ({@code 美·中} is "US–China").
     */
    public static boolean containsKorean(String text) {
        return text.codePoints().anyMatch(cp -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN;
        });
    }

    /** Hex SHA-256 of the normalised text: the key of translation memory and segment identity. */
    public static String hash(String text) {
        return sha256Hex(normalize(text).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
