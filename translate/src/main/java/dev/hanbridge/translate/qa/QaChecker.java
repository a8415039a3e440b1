package dev.hanbridge.translate.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks one translated segment (Korean source, English target) for the mistakes a reviewer of Korean news
 * translations looks for first, and says where they are. What each check knows is in its class:
 * <ul>
 *   <li>{@link QaCheck#NUMBERS}: magnitudes after Korean units ({@code 557만 달러} = $5.57 million,
 *       {@code 656조 6000억원} = 656.6 trillion won), percentages and percentage points, ranges, currencies,
 *       counts with counters, approximations (약 = about);</li>
 *   <li>{@link QaCheck#DATES}: years, months, days, weekdays, clock times ({@code 오후 3시 30분} = 3:30 p.m.);</li>
 *   <li>{@link QaCheck#LATIN}: names, versions, tickers, addresses copied exactly ({@code o3-mini}, {@code GPT-4o});</li>
 *   <li>{@link QaCheck#UNTRANSLATED}: empty, unchanged, or Hangul/Hanja left in the target;</li>
 *   <li>{@link QaCheck#LENGTH}: a target far shorter or longer than the source's length predicts;</li>
 *   <li>{@link QaCheck#GLOSSARY}: a glossary term whose translation is missing;</li>
 *   <li>{@link QaCheck#BRACKETS}: quotes and brackets balanced as in the source, speech kept quoted.</li>
 * </ul>
 *
 * <p>Precision and recall of each check on our own test set are in {@code bench/QA.md}. The checks favour
 * few false alarms over catching everything: a paraphrase they cannot verify (a weekday for a day of the
 * month, "the top" for 1위) passes. When the target is empty or the source unchanged, only that is reported.
 *
 * <p>Stateless and thread-safe: share one instance.
 */
public final class QaChecker {

    /**
     * The version of what the checks find, stored with their findings. Raise it when a change makes
     * them find something else on the same pair, so that translations stored earlier are checked again.
     */
    public static final int VERSION = 1;

    public QaChecker() {
    }

    /** {@link #check(String, String, Map)} without a glossary. */
    public List<QaFinding> check(String source, String target) {
        return check(source, target, Map.of());
    }

    /**
     * The findings on one pair, ordered by check, then by position; empty when it passes. Spans are offsets
     * into the strings as given.
     *
     * @param glossary source term to target term (e.g. {@code 오픈AI -> OpenAI}); may be empty
     */
    public List<QaFinding> check(String source, String target, Map<String, String> glossary) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(glossary, "glossary");
        if (UntranslatedCheck.nothingTranslated(source, target)) {
            return UntranslatedCheck.check(source, target);
        }
        Scan ko = KoreanNumbers.scan(source);
        Scan en = EnglishNumbers.scan(target);
        List<QaFinding> findings = new ArrayList<>();
        findings.addAll(NumberCheck.check(ko, en));
        findings.addAll(DateCheck.check(ko, en));
        findings.addAll(LatinCheck.check(source, target));
        findings.addAll(UntranslatedCheck.check(source, target));
        findings.addAll(LengthCheck.check(source, target));
        findings.addAll(GlossaryCheck.check(source, target, glossary));
        findings.addAll(BracketCheck.check(source, target));
        return List.copyOf(findings);
    }
}
