package dev.hanbridge.ingest.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One gold document: a source file in one format and what it must come out as. The gold set lives
 * in {@code src/test/resources/dev/hanbridge/ingest/gold/PART/ARTICLE/}: {@code text.txt} (UTF-8 as
 * saved from a site), {@code text.euc-kr.txt} and {@code text.docx} (made from it by
 * {@link GoldSetGenerator}), {@code page.html} (a saved web page), {@code word.docx} (made from
 * {@code word.paragraphs}); each is checked against the {@code .expected} file of its stem.
 *
 * @param part {@code dev} (written with the code) or {@code heldout} (written after it; scored once
 *             before any change made for it, see bench/STRUCTURE.md)
 */
record GoldArticle(String part, String article, Path file, String format, Expected expected) {

    /** Surefire runs in the module directory. */
    static final Path ROOT = Path.of("src/test/resources/dev/hanbridge/ingest/gold");

    static final String TEXT = "text (UTF-8)";
    static final String TEXT_EUC_KR = "text (EUC-KR)";
    static final String PAGE = "web page";
    static final String DOCX = "DOCX";
    static final List<String> FORMATS = List.of(TEXT, TEXT_EUC_KR, PAGE, DOCX);

    String name() {
        return part + "/" + article + "/" + file.getFileName();
    }

    static List<GoldArticle> load(Path root) throws IOException {
        List<GoldArticle> all = new ArrayList<>();
        for (String part : List.of("dev", "heldout")) {
            Path partDir = root.resolve(part);
            if (!Files.isDirectory(partDir)) {
                continue;
            }
            for (Path articleDir : sorted(partDir)) {
                if (!Files.isDirectory(articleDir)) {
                    continue;
                }
                for (Path file : sorted(articleDir)) {
                    String format = format(file.getFileName().toString());
                    if (format == null) {
                        continue;
                    }
                    Path expected = articleDir.resolve(stem(file) + ".expected");
                    if (!Files.exists(expected)) {
                        throw new IOException(file + " has no " + expected.getFileName());
                    }
                    all.add(new GoldArticle(part, articleDir.getFileName().toString(), file, format,
                            Expected.read(expected)));
                }
            }
        }
        return all;
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.indexOf('.'));
    }

    private static String format(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".euc-kr.txt")) {
            return TEXT_EUC_KR;
        }
        if (lower.endsWith(".txt")) {
            return TEXT;
        }
        if (lower.endsWith(".html")) {
            return PAGE;
        }
        if (lower.endsWith(".docx")) {
            return DOCX;
        }
        return null;
    }

    private static List<Path> sorted(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }
}
