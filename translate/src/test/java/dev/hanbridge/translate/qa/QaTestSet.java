package dev.hanbridge.translate.qa;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The committed QA test set ({@code qa-pairs.tsv}: pairs we wrote, each labelled with the checks that should
 * fire) and the per-check scores of {@link QaChecker} on it.
 */
final class QaTestSet {

    record Pair(int line, Set<QaCheck> expected, String source, String target) {
    }

    /** Counts for one check over the set: a pair counts once per check, however many findings it has. */
    record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        /** Share of the pairs that should not fire this check on which it fired. */
        double falseAlarmRate() {
            return falsePositives + trueNegatives == 0 ? 0 : (double) falsePositives / (falsePositives + trueNegatives);
        }
    }

    /** Pairs where the checker disagrees with the label, for study. */
    record Miss(Pair pair, Set<QaCheck> fired, List<QaFinding> findings) {
    }

    private QaTestSet() {
    }

    static List<Pair> pairs(String resource) {
        List<Pair> pairs = new ArrayList<>();
        String[] lines = read(resource).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length != 3) {
                throw new IllegalStateException(resource + " line " + (i + 1) + ": expected 3 tab-separated columns");
            }
            Set<QaCheck> expected = EnumSet.noneOf(QaCheck.class);
            if (!columns[0].equals("-")) {
                for (String id : columns[0].split(",")) {
                    expected.add(QaCheck.fromId(id.trim()));
                }
            }
            pairs.add(new Pair(i + 1, expected, columns[1], columns[2]));
        }
        return pairs;
    }

    static Map<String, String> glossary() {
        Map<String, String> glossary = new LinkedHashMap<>();
        String[] lines = read("qa-glossary.tsv").split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] columns = lines[i].split("\t");
            glossary.put(columns[0], columns[1]);
        }
        return glossary;
    }

    static Map<QaCheck, Score> score(List<Pair> pairs, List<Miss> misses) {
        QaChecker checker = new QaChecker();
        Map<String, String> glossary = glossary();
        Map<QaCheck, int[]> counts = new EnumMap<>(QaCheck.class);
        for (QaCheck check : QaCheck.values()) {
            counts.put(check, new int[4]);
        }
        for (Pair pair : pairs) {
            List<QaFinding> findings = checker.check(pair.source(), pair.target(), glossary);
            Set<QaCheck> fired = EnumSet.noneOf(QaCheck.class);
            findings.forEach(f -> fired.add(f.check()));
            for (QaCheck check : QaCheck.values()) {
                boolean expected = pair.expected().contains(check);
                boolean got = fired.contains(check);
                counts.get(check)[expected ? (got ? 0 : 2) : (got ? 1 : 3)]++;
            }
            if (!fired.equals(pair.expected())) {
                misses.add(new Miss(pair, fired, findings));
            }
        }
        Map<QaCheck, Score> scores = new EnumMap<>(QaCheck.class);
        counts.forEach((check, c) -> scores.put(check, new Score(c[0], c[1], c[2], c[3])));
        return scores;
    }

    private static String read(String name) {
        try (InputStream in = QaTestSet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name + " beside " + QaTestSet.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
