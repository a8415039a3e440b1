package dev.hanbridge.translate.qa;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.hanbridge.common.QualityFinding;
import dev.hanbridge.common.SegmentPair;

/**
 * Checks an article's stored translations and records what the checks find, once per translation and
 * checker version. It looks at what is stored rather than at each answer as it arrives, so it also
 * catches up on translations a crash left unchecked (the article is still pending then, and its next
 * pass comes here), on those stored before QA existed, and on those an older checker saw.
 *
 * <p>Human translations are not checked: they are the reference; nor are copied segments, which hold
 * no Korean and were not translated. Memory matches are: a reused
 * translation with a wrong number is as wrong in this article as in the one it came from.
 *
 * <p>Thread-safe: the translate step's threads share one.
 */
public final class QaRecorder {

    private static final Logger log = LoggerFactory.getLogger(QaRecorder.class);

    private final QaLedger ledger;
    private final QaChecker checker;
    private final Map<String, String> glossary;

    /** @param glossary source term to target term, for the glossary check; may be empty */
    public QaRecorder(QaLedger ledger, QaChecker checker, Map<String, String> glossary) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.checker = Objects.requireNonNull(checker, "checker");
        this.glossary = Map.copyOf(glossary);
    }

    /**
     * Checks the articles' translations that the current checker has not seen and stores the
     * findings, in one read and one write for all of them.
     *
     * @return how many translations it checked
     */
    public int check(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return 0;
        }
        List<SegmentPair> todo = ledger.unchecked(articleIds, QaChecker.VERSION);
        List<SegmentPair> checked = new ArrayList<>(todo.size());
        for (SegmentPair pair : todo) {
            try {
                checked.add(pair.withFindings(findings(pair)));
            } catch (RuntimeException bug) {
                // A check that breaks on some text must not fail a run whose translations are paid for:
                // the segment stays unchecked (and is tried again on the next pass), and the log says so.
                log.warn("QA checks failed on segment {}; left unchecked: {}", pair.segmentId(), bug.toString());
            }
        }
        ledger.record(checked, QaChecker.VERSION);
        return checked.size();
    }

    private List<QualityFinding> findings(SegmentPair pair) {
        List<QualityFinding> out = new ArrayList<>();
        for (QaFinding f : checker.check(pair.source(), pair.target(), glossary)) {
            out.add(new QualityFinding(f.check().id(), QualityFinding.Severity.valueOf(f.severity().name()),
                    span(f.source()), span(f.target()), f.message()));
        }
        return out;
    }

    private static QualityFinding.Span span(QaFinding.Span span) {
        return span == null ? null : new QualityFinding.Span(span.start(), span.end());
    }
}
