package dev.hanbridge.translate.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints each QA check's precision, recall and false-alarm rate on the committed test sets (bench/qa.sh), and
 * the time the checks take per pair.
 * Reports, never fails. {@code --errors} also lists the pairs where a check disagrees with the label.
 */
public final class QaBenchmark {

    private QaBenchmark() {
    }

    /** Findings counted, so that the JIT cannot drop the checks as unused. */
    private static volatile long findingsSeen;

    /**
     * What checking costs a run per stored translation: the pairs checked over and over for two seconds
     * after one second of warm-up, in one thread, averaged.
     */
    private static double microsPerPair(List<QaTestSet.Pair> pairs) {
        QaChecker checker = new QaChecker();
        Map<String, String> glossary = Map.of("오픈AI", "OpenAI", "삼성전자", "Samsung Electronics");
        checkFor(1_000_000_000L, checker, pairs, glossary);
        long start = System.nanoTime();
        long checked = checkFor(2_000_000_000L, checker, pairs, glossary);
        return (System.nanoTime() - start) / 1e3 / checked;
    }

    /** Checks the pairs round after round for {@code nanos}; returns how many pairs it checked. */
    private static long checkFor(long nanos, QaChecker checker, List<QaTestSet.Pair> pairs,
            Map<String, String> glossary) {
        long start = System.nanoTime();
        long checked = 0;
        long findings = 0;
        while (System.nanoTime() - start < nanos) {
            for (QaTestSet.Pair p : pairs) {
                findings += checker.check(p.source(), p.target(), glossary).size();
                checked++;
            }
        }
        findingsSeen += findings;
        return checked;
    }

    public static void main(String[] args) {
        boolean errors = List.of(args).contains("--errors");
        for (String set : List.of("qa-pairs.tsv", "qa-heldout.tsv", "qa-blind.tsv")) {
            List<QaTestSet.Pair> pairs;
            try {
                pairs = QaTestSet.pairs(set);
            } catch (IllegalArgumentException e) {
                continue;
            }
            List<QaTestSet.Miss> misses = new ArrayList<>();
            Map<QaCheck, QaTestSet.Score> scores = QaTestSet.score(pairs, misses);
            long clean = pairs.stream().filter(p -> p.expected().isEmpty()).count();
            System.out.printf("%s: %d pairs (%d correct translations, %d with mistakes)%n%n", set, pairs.size(), clean,
                    pairs.size() - clean);
            System.out.println("| check | should fire | fired right | false alarms | missed | precision | recall | false-alarm rate |");
            System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            int tp = 0, fp = 0, fn = 0, tn = 0;
            for (Map.Entry<QaCheck, QaTestSet.Score> e : scores.entrySet()) {
                QaTestSet.Score s = e.getValue();
                System.out.printf("| %s | %d | %d | %d | %d | %.3f | %.3f | %.3f |%n", e.getKey().id(),
                        s.truePositives() + s.falseNegatives(), s.truePositives(), s.falsePositives(), s.falseNegatives(),
                        s.precision(), s.recall(), s.falseAlarmRate());
                tp += s.truePositives();
                fp += s.falsePositives();
                fn += s.falseNegatives();
                tn += s.trueNegatives();
            }
            QaTestSet.Score all = new QaTestSet.Score(tp, fp, fn, tn);
            System.out.printf("| all | %d | %d | %d | %d | %.3f | %.3f | %.3f |%n", tp + fn, tp, fp, fn, all.precision(),
                    all.recall(), all.falseAlarmRate());
            long wrongPairs = misses.size();
            System.out.printf("%npairs where the checks fired exactly as labelled: %d of %d%n%n", pairs.size() - wrongPairs,
                    pairs.size());
            System.out.printf("time per pair: %.1f µs (all checks, glossary of 2 terms, one thread, after warm-up)%n%n",
                    microsPerPair(pairs));
            if (errors) {
                for (QaTestSet.Miss miss : misses) {
                    System.out.printf("line %d: expected %s, fired %s%n  ko: %s%n  en: %s%n", miss.pair().line(),
                            miss.pair().expected(), miss.fired(), miss.pair().source(), miss.pair().target());
                    miss.findings().forEach(f -> System.out.println("    " + f));
                }
            }
        }
    }
}
