package dev.hanbridge.ingest.text;

import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes text files and web pages that may be UTF-8, EUC-KR or CP949, declared or not.
 *
 * <p>Order: byte-order mark, then a declared charset ({@code <meta charset>}, XML declaration),
 * then a strict UTF-8 decode, then a strict CP949 decode that must yield mostly Hangul, then
 * Tika's statistical detector. The statistical detector alone reads a short undeclared EUC-KR
 * page as ISO-8859-1 (too few bytes for its Korean model), which is why the two strict decodes
 * come first: EUC-KR bytes are almost never valid UTF-8, and Latin-1 bytes are almost never valid
 * CP949 that decodes to Hangul.
 *
 * <p>EUC-KR is always decoded as CP949 ({@code x-windows-949}), its superset: Korean web pages
 * that declare EUC-KR routinely contain the 8,822 syllables (똠, 똥, 뷁, ...) only CP949 encodes.
 */
public final class TextDecoder {

    /** CP949, the Windows superset of EUC-KR that Korean files really are. */
    public static final Charset CP949 = Charset.forName("x-windows-949");
    private static final Charset EUC_KR = Charset.forName("EUC-KR");
    private static final Charset ISO_2022_KR = Charset.forName("ISO-2022-KR");

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:-]+)[\"']", Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) throws NotTextException {
        int bomLength = bomLength(bytes);
        if (bomLength > 0) {
            Charset bom = bomLength == 3 ? StandardCharsets.UTF_8
                    : (bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
            String text = strict(bytes, bomLength, bom);
            if (text == null) {
                throw new NotTextException("the file starts with a " + bom.name() + " byte-order mark but is not valid "
                        + bom.name());
            }
            return new DecodedText(text, bom.name());
        }
        if (isIso2022Kr(bytes)) {
            String text = strict(bytes, 0, ISO_2022_KR);
            if (text != null) {
                return new DecodedText(text, "ISO-2022-KR");
            }
        }
        rejectBinary(bytes);

        Charset declared = declaredCharset(bytes);
        if (declared != null && !isLatin(declared)) {
            Charset effective = koreanSuperset(declared);
            String text = strict(bytes, 0, effective);
            if (text != null) {
                return new DecodedText(text, effective.equals(CP949) ? cp949Name(bytes) : effective.name());
            }
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new DecodedText(utf8, StandardCharsets.UTF_8.name());
        }
        String cp949 = strict(bytes, 0, CP949);
        if (cp949 != null && mostlyHangul(cp949)) {
            return new DecodedText(cp949, cp949Name(bytes));
        }
        if (declared != null) {
            // A declared Latin charset is honoured only after the Korean decodes failed: old Korean
            // sites often declare ISO-8859-1 over EUC-KR bytes.
            String text = strict(bytes, 0, declared);
            if (text != null) {
                return new DecodedText(text, declared.name());
            }
        }
        int invalidAt = damagedUtf8Offset(bytes);
        if (invalidAt >= 0) {
            throw new NotTextException("invalid UTF-8 at byte " + invalidAt
                    + " (the file looks like UTF-8 but is damaged); re-save it as UTF-8");
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match != null && match.getConfidence() >= 50 && Charset.isSupported(match.getName())) {
            Charset guessed = Charset.forName(match.getName());
            String text = strict(bytes, 0, guessed);
            if (text != null) {
                return new DecodedText(text, guessed.name());
            }
        }
        throw new NotTextException("no character encoding fits these bytes (tried UTF-8, EUC-KR/CP949"
                + (match != null ? ", " + match.getName() : "") + "); save the file as UTF-8");
    }

    /** The name to report: EUC-KR when the bytes stay within it, else CP949's Java name. */
    private static String cp949Name(byte[] bytes) {
        return strict(bytes, 0, EUC_KR) != null ? "EUC-KR" : CP949.name();
    }

    private static Charset koreanSuperset(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        if (name.equals("euc-kr") || name.contains("5601") || name.equals("x-windows-949") || name.equals("ms949")) {
            return CP949;
        }
        return charset;
    }

    private static boolean isLatin(Charset charset) {
        String name = charset.name();
        return name.equals("ISO-8859-1") || name.equals("windows-1252") || name.equals("US-ASCII");
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)) {
            return 2;
        }
        return 0;
    }

    private static boolean isIso2022Kr(byte[] b) {
        int limit = Math.min(b.length - 3, 4096);
        for (int i = 0; i < limit; i++) {
            if (b[i] == 0x1B && b[i + 1] == '$' && b[i + 2] == ')' && b[i + 3] == 'C') {
                return true;
            }
        }
        return false;
    }

    /** NUL bytes or more than 1% C0 control bytes (other than tab, CR, LF, FF, ESC) mean binary data. */
    private static void rejectBinary(byte[] b) throws NotTextException {
        int controls = 0;
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == 0) {
                throw new NotTextException("binary content (NUL bytes); this is not a text file");
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B || c == 0x7F) {
                controls++;
            }
        }
        if (controls > 0 && controls * 100L > b.length) {
            throw new NotTextException("binary content (" + controls + " control bytes in " + b.length
                    + "); this is not a text file");
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        if (!m.find()) {
            m = META_CHARSET.matcher(head);
            if (!m.find()) {
                return null;
            }
        }
        try {
            return Charset.forName(m.group(1).trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * At least half of the non-ASCII characters are Hangul, and at most half of the Hangul
     * syllables are ones only CP949's extension has. Real Korean text uses the common syllables of
     * EUC-KR with the odd 똠 or 뷁; Windows-1252 text (smart quotes, accented letters) that happens
     * to be valid CP949 decodes almost entirely to extension syllables.
     */
    static boolean mostlyHangul(String text) {
        CharsetEncoder eucKr = EUC_KR.newEncoder();
        int nonAscii = 0;
        int hangul = 0;
        int extensionOnly = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7F) {
                nonAscii++;
                if (c >= 0xAC00 && c <= 0xD7A3) {
                    hangul++;
                    if (!eucKr.canEncode(c)) {
                        extensionOnly++;
                    }
                } else if (c >= 0x3131 && c <= 0x318E) {
                    hangul++;
                }
            }
        }
        return nonAscii == 0 || hangul * 2 >= nonAscii && extensionOnly * 2 <= hangul;
    }

    /**
     * The offset of the first invalid byte when the file is mostly well-formed UTF-8 (at least
     * three valid multi-byte sequences and more valid than invalid ones); -1 when it does not
     * look like UTF-8 at all.
     */
    private static int damagedUtf8Offset(byte[] b) {
        int valid = 0;
        int invalid = 0;
        int firstInvalid = -1;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
                continue;
            }
            boolean ok = len > 0 && i + len <= b.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (b[i + k] & 0xC0) == 0x80;
            }
            if (ok) {
                valid++;
                i += len;
            } else {
                invalid++;
                if (firstInvalid < 0) {
                    firstInvalid = i;
                }
                i++;
            }
        }
        return valid >= 3 && valid > invalid ? firstInvalid : -1;
    }
}
