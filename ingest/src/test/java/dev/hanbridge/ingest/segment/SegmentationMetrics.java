package dev.hanbridge.ingest.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The kss sentence-split benchmark (hyunwoongko/kss, {@code bench/sentence_split/sentence_split.py}),
 * re-implemented from its definitions so that our figures compare with the published ones.
 *
 * <p>Gold files: one gold sentence per line, a blank line ends a paragraph; the splitter's input
 * is the paragraph's lines joined with no separator (their trailing spaces kept). Whitespace is
 * removed from gold and predicted sentences, which become character spans of the paragraph.
 * <ul>
 *   <li><b>EM</b>: share of gold sentences whose span some predicted span equals exactly;</li>
 *   <li><b>F1</b>: per gold sentence, the best overlap score {@code 2|g∩p| / (|g| + |p|)} that a
 *       predicted sentence gives it (1 for an exact match; each predicted sentence is credited
 *       to the gold sentence it overlaps best), averaged over gold sentences;</li>
 *   <li><b>NF1</b>: F1 with each paragraph's scores multiplied by
 *       {@code min(gold count / predicted count, 1)}, so that over-splitting is penalised.</li>
 * </ul>
 */
final class SegmentationMetrics {

    /** One paragraph of a gold file: the splitter's input and the expected sentences. */
    record Paragraph(String input, List<String> gold) {
    }

    /** Totals over a set; the rates are per gold sentence. */
    record Score(int goldSentences, int systemSentences, double em, double f1, double nf1) {
    }

    private SegmentationMetrics() {
    }

    static List<Paragraph> read(Path file) throws IOException {
        List<Paragraph> out = new ArrayList<>();
        List<String> buf = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.isEmpty()) {
                if (!buf.isEmpty()) {
                    out.add(new Paragraph(String.join("", buf), List.copyOf(buf)));
                }
                buf.clear();
            } else {
                buf.add(l);
            }
        }
        if (!buf.isEmpty()) {
            out.add(new Paragraph(String.join("", buf), List.copyOf(buf)));
        }
        return out;
    }

    static Score evaluate(List<Paragraph> paragraphs, Function<String, List<String>> splitter) {
        int gold = 0;
        int system = 0;
        double em = 0;
        double f1 = 0;
        double nf1 = 0;
        for (Paragraph p : paragraphs) {
            List<String> pred = splitter.apply(p.input());
            double[] scores = new double[p.gold().size()];
            int exact = score(p.gold(), pred, scores);
            double penalty = pred.isEmpty() ? 0 : Math.min((double) p.gold().size() / pred.size(), 1.0);
            for (double s : scores) {
                f1 += s;
                nf1 += s * penalty;
            }
            em += exact;
            gold += p.gold().size();
            system += pred.size();
        }
        return new Score(gold, system, em / gold, f1 / gold, nf1 / gold);
    }

    /** Fills each gold sentence's overlap score; returns the number of exact matches. */
    static int score(List<String> gold, List<String> pred, double[] finalScore) {
        String full = stripSpaces(String.join("", gold));
        int[][] goldSpans = new int[gold.size()][];
        int offset = 0;
        for (int i = 0; i < gold.size(); i++) {
            int l = stripSpaces(gold.get(i)).length();
            goldSpans[i] = new int[] {offset, offset + l};
            offset += l;
        }
        int[][] predSpans = new int[pred.size()][];
        offset = 0;
        for (int i = 0; i < pred.size(); i++) {
            String p = stripSpaces(pred.get(i));
            int begin = full.indexOf(p, offset);
            if (begin < 0) {
                // kss aligns a rewritten sentence with difflib; ours never rewrite, so a miss is
                // counted as a span at the current offset, which can only lower the score.
                begin = offset;
            }
            int end = Math.min(begin + p.length(), full.length());
            predSpans[i] = new int[] {begin, end};
            offset = end;
        }
        int exact = 0;
        // Best overlap per predicted sentence: (score, gold index); the highest score wins, ties go
        // to the later gold sentence, as Python's max() over (r, i, p) tuples does.
        double[] bestScore = new double[pred.size()];
        int[] bestGold = new int[pred.size()];
        java.util.Arrays.fill(bestGold, -1);
        int start = 0;
        for (int p = 0; p < pred.size(); p++) {
            int pb = predSpans[p][0];
            int pe = predSpans[p][1];
            boolean matched = false;
            int from = start;
            for (int i = from; i < gold.size(); i++) {
                int gb = goldSpans[i][0];
                int ge = goldSpans[i][1];
                if (pb == gb && pe == ge) {
                    if (finalScore[i] < 1.0) {
                        exact++;
                    }
                    finalScore[i] = 1.0;
                    break;
                }
                int ib = Math.max(pb, gb);
                int ie = Math.min(pe, ge);
                if (ib < ie) {
                    double r = 2.0 * (ie - ib) / ((ge - gb) + (pe - pb));
                    if (bestGold[p] < 0 || r > bestScore[p] || (r == bestScore[p] && i > bestGold[p])) {
                        bestScore[p] = r;
                        bestGold[p] = i;
                    }
                    matched = true;
                } else if (matched) {
                    break;
                } else {
                    start++;
                }
            }
        }
        for (int p = 0; p < pred.size(); p++) {
            if (bestGold[p] >= 0 && finalScore[bestGold[p]] < bestScore[p]) {
                finalScore[bestGold[p]] = bestScore[p];
            }
        }
        return exact;
    }

    static String stripSpaces(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
