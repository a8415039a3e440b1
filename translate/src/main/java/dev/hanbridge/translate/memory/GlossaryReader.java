package dev.hanbridge.translate.memory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a Korean→English glossary: TBX (TBX-Basic, as TBX v3 {@code <tbx>} or TBX 2008
 * {@code <martif>}), recognised by its XML root, or else a CSV/TSV table with a header row.
 *
 * <p>Tables: the delimiter is the first of tab, comma and semicolon (Excel's in many European
 * locales) that splits the header into a source and a target column. Source column names:
 * {@code source}, {@code ko} (any {@code ko-*} tag), {@code korean}, {@code 한국어}, {@code 원문},
 * {@code 원어}; target: {@code target}, {@code en} ({@code en-*}), {@code english}, {@code 영어},
 * {@code 번역}, {@code 번역어}; an optional note: {@code note}, {@code notes}, {@code comment},
 * {@code 비고}, {@code 메모}, {@code 설명}. Other columns are ignored. Fields follow RFC 4180 (quotes
 * around fields holding delimiters, quotes or line breaks; {@code ""} for a quote), in TSV too, as
 * Excel writes them. Blank lines are skipped; there are no comment lines, because {@code #} begins
 * real terms ({@code #미투} → {@code #MeToo}). The encoding is taken from a byte-order mark (UTF-8,
 * UTF-16LE as Excel's "Unicode text" writes it, UTF-16BE), else UTF-8, else CP949, which Excel on
 * Korean Windows uses for "CSV".
 *
 * <p>Terms are normalised ({@link dev.hanbridge.common.text.KoreanText#normalize}); a source term
 * given twice keeps its first target and the repeat is reported.
 */
public final class GlossaryReader {

    private static final Charset CP949 = Charset.forName("x-windows-949");

    private GlossaryReader() {
    }

    /**
     * @throws ImportFileException when the file has no usable header, a broken quote, or is not
     *     well-formed TBX, with the line
     * @throws IOException when the file cannot be read
     */
    public static GlossaryFile read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.toString();
        Decoded decoded = decode(bytes, name);
        if (decoded.text().stripLeading().startsWith("<")) {
            return new TbxGlossary(name).read(new ByteArrayInputStream(bytes));
        }
        return new DelimitedGlossary(name).read(decoded.text(), decoded.charset());
    }

    private static Decoded decode(byte[] bytes, String name) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, name), "UTF-8");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, name), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, name), "UTF-16BE");
        }
        try {
            return new Decoded(decodeStrictly(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(decodeStrictly(bytes, 0, CP949), "CP949");
            } catch (CharacterCodingException notCp949) {
                throw new ImportFileException(name, 0,
                        "the file is neither UTF-8 nor CP949 (Korean Windows) text. Save it as UTF-8 and import it again.");
            }
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name) {
        try {
            return decodeStrictly(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new ImportFileException(name, 0, "the file starts with a " + charset.name()
                    + " byte-order mark but is not " + charset.name() + " text. Save it again as UTF-8.");
        }
    }

    private static String decodeStrictly(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private record Decoded(String text, String charset) {
    }
}
