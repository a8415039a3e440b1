package dev.hanbridge.translate.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores a translation file against a reference file, one segment per line, as
 * {@code sacrebleu REF -i HYP -m bleu chrf} does: lines end at {@code \n} and lose trailing
 * whitespace. Usage: {@code Quality HYP REF} (see {@code bench/quality.sh}).
 */
public final class Quality {

    private Quality() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: quality HYPOTHESES REFERENCES   (UTF-8 text, one segment per line)");
            System.exit(2);
        }
        List<String> hypotheses = readLines(Path.of(args[0]));
        List<String> references = readLines(Path.of(args[1]));
        if (hypotheses.size() != references.size()) {
            System.err.println(args[0] + " has " + hypotheses.size() + " lines but " + args[1] + " has "
                    + references.size() + ": they must pair line by line.");
            System.exit(1);
        }
        System.out.println(String.format(Locale.ROOT, "chrF2 = %.2f", ChrF.corpusScore(hypotheses, references)));
        System.out.println(Bleu.corpusScore(hypotheses, references));
        System.out.println("segments = " + hypotheses.size() + " (sacreBLEU defaults: chrF2 char order 6, "
                + "whitespace excluded; BLEU 13a tokenizer, exp smoothing)");
    }

    /** The file's lines as the sacreBLEU command reads them. */
    public static List<String> readLines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(PythonText.rstrip(text.substring(start, end)));
            start = end + 1;
        }
        return lines;
    }

    static void checkSameLength(List<String> hypotheses, List<String> references) {
        if (hypotheses.size() != references.size()) {
            throw new IllegalArgumentException(hypotheses.size() + " hypotheses but " + references.size()
                    + " references: they must pair line by line");
        }
    }
}
