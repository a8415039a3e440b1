package dev.hanbridge.ingest.gold;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes the gold set's generated documents from the texts we wrote: for every {@code NAME.expected}
 * whose {@code also:} line asks for them, {@code NAME.euc-kr.txt} (the UTF-8 {@code NAME.txt} in
 * EUC-KR with Windows line ends, as Korean Windows editors save it; no-break spaces become spaces,
 * EUC-KR has none) and {@code NAME.docx} (POI; one Word paragraph per line of {@code NAME.paragraphs},
 * else of {@code NAME.txt}, empty lines as the empty paragraphs pasted text leaves).
 *
 * <p>A {@code .paragraphs} line may open with a style: {@code {Title} }, {@code {Subtitle} },
 * {@code {Heading1} } (Word's built-in styles, which Tika reports), or {@code {big} } (a bold 16-point
 * run, the way a headline pasted from a web page looks); {@code {br}} inside a line is a line break
 * within the paragraph. No creation date is written: the article's time is what its text prints.
 *
 * <p>From the repository root, after {@code bench/structure.sh} has built the class path:
 * <pre>java -cp "$(cat ingest/target/structure.classpath):ingest/target/classes:ingest/target/test-classes:common/target/classes" \
 *     dev.hanbridge.ingest.gold.GoldSetGenerator ingest/src/test/resources/dev/hanbridge/ingest/gold</pre>
 */
public final class GoldSetGenerator {

    static final Charset EUC_KR = Charset.forName("EUC-KR");

    private GoldSetGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : GoldArticle.ROOT.toString());
        for (String part : List.of("dev", "heldout")) {
            Path partDir = root.resolve(part);
            if (!Files.isDirectory(partDir)) {
                continue;
            }
            try (Stream<Path> articles = Files.list(partDir)) {
                for (Path article : articles.sorted().toList()) {
                    generate(article, article);
                }
            }
        }
    }

    /** Writes the generated documents of one article folder into {@code target}. */
    static void generate(Path article, Path target) throws IOException {
        try (Stream<Path> files = Files.list(article)) {
            for (Path expected : files.filter(f -> f.toString().endsWith(".expected")).sorted().toList()) {
                String stem = GoldArticle.stem(expected);
                Expected e = Expected.read(expected);
                if (e.also().contains("euc-kr")) {
                    Files.write(target.resolve(stem + ".euc-kr.txt"), eucKr(Files.readString(article.resolve(stem + ".txt"))));
                }
                if (e.also().contains("docx")) {
                    Path paragraphs = article.resolve(stem + ".paragraphs");
                    Path source = Files.exists(paragraphs) ? paragraphs : article.resolve(stem + ".txt");
                    writeDocx(Files.readAllLines(source, StandardCharsets.UTF_8), target.resolve(stem + ".docx"));
                }
            }
        }
    }

    static byte[] eucKr(String text) throws CharacterCodingException {
        String windows = text.replace('\u00A0', ' ').replace("\r\n", "\n").replace("\n", "\r\n");
        ByteBuffer bytes = EUC_KR.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(windows));
        byte[] out = new byte[bytes.remaining()];
        bytes.get(out);
        return out;
    }

    static void writeDocx(List<String> lines, Path target) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(target)) {
            XWPFStyles styles = doc.createStyles();
            for (String style : List.of("Title", "Subtitle", "Heading1")) {
                CTStyle ct = CTStyle.Factory.newInstance();
                ct.setStyleId(style);
                ct.addNewName().setVal(style.equals("Heading1") ? "heading 1" : style);
                ct.setType(STStyleType.PARAGRAPH);
                styles.addStyle(new XWPFStyle(ct));
            }
            doc.getProperties().getCoreProperties().setCreated(Optional.<Date>empty());
            for (String line : lines) {
                XWPFParagraph p = doc.createParagraph();
                String text = line;
                boolean big = false;
                if (text.startsWith("{") && text.indexOf("} ") > 0) {
                    String style = text.substring(1, text.indexOf("} "));
                    text = text.substring(style.length() + 3);
                    if (style.equals("big")) {
                        big = true;
                    } else {
                        p.setStyle(style);
                    }
                }
                XWPFRun run = p.createRun();
                if (big) {
                    run.setBold(true);
                    run.setFontSize(16);
                }
                String[] parts = text.split("\\{br\\}", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        run.addBreak();
                    }
                    run.setText(parts[i], i);
                }
            }
            doc.write(out);
        }
    }
}
