package dev.hanbridge.export;

import dev.hanbridge.common.BilingualArticle;
import dev.hanbridge.common.SegmentPair;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The phrases the headers of the HTML and DOCX exports share, so each format says the same thing. */
public final class HeaderText {

    /** Korean news gives its times in Korean time; a reader of the export should see the same clock. */
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx", Locale.ROOT);
    private static final DateTimeFormatter READABLE_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    private HeaderText() {
    }

    /** E.g. {@code 2026-11-28 08:15 +09:00 (Korean time)}; {@code null} for {@code null}. */
    public static String published(Instant time) {
        return time == null ? null : READABLE.format(time.atZone(SEOUL)) + " (Korean time)";
    }

    /** ISO-8601 with the Korean offset, e.g. {@code 2026-11-28T08:15:00+09:00}, for machine-readable places. */
    public static String publishedIso(Instant time) {
        return time == null ? null : time.atZone(SEOUL).toOffsetDateTime().toString();
    }

    /**
     * Who translated the article: each engine of its machine translations with its model, then
     * memory and people, e.g. {@code openai (gpt-4o-mini), translation memory}; when no segment is
     * translated, {@code nobody yet (engine none)}.
     */
    public static String translatedBy(BilingualArticle article, Provenance provenance) {
        Set<String> who = new LinkedHashSet<>();
        boolean memory = false;
        boolean people = false;
        for (var block : article.blocks()) {
            for (SegmentPair segment : block.segments()) {
                if (!segment.translated() || segment.origin() == null) {
                    continue;
                }
                switch (segment.origin()) {
                    case MT -> who.add(engineAndModel(segment));
                    case TM_EXACT, TM_FUZZY -> memory = true;
                    case HUMAN -> people = true;
                    case COPIED -> {
                        // no one translated it: it holds no Korean
                    }
                }
            }
        }
        if (memory) {
            who.add("translation memory");
        }
        if (people) {
            who.add("people");
        }
        if (who.isEmpty()) {
            return provenance.engine() == null ? "nobody yet" : "nobody yet (engine " + provenance.engine() + ")";
        }
        return String.join(", ", who);
    }

    /** E.g. {@code run 7, started 2026-11-30 04:03 UTC, hanbridge 0.1.0}. */
    public static String run(Provenance provenance) {
        StringBuilder s = new StringBuilder();
        if (provenance.runId() != null) {
            s.append("run ").append(provenance.runId());
        }
        if (provenance.runDate() != null) {
            s.append(s.isEmpty() ? "started " : ", started ").append(utc(provenance.runDate()));
        }
        s.append(s.isEmpty() ? "" : ", ").append("hanbridge ").append(provenance.toolVersion());
        return s.toString();
    }

    /** E.g. {@code 2026-11-30 04:03 UTC}. */
    public static String utc(Instant time) {
        return READABLE_UTC.format(time.atOffset(ZoneOffset.UTC));
    }

    /** E.g. {@code 2 of 6 segments untranslated}; {@code null} when every segment is translated. */
    public static String untranslated(BilingualArticle article) {
        long missing = article.segmentCount() - article.translatedCount();
        return missing == 0 ? null : missing + " of " + article.segmentCount() + " segments untranslated";
    }

    /**
     * The article's QA findings counted, e.g. {@code 2 errors, 1 warning in 2 of 6 segments};
     * {@code no findings} when the checks found nothing.
     */
    public static String qa(BilingualArticle article) {
        long errors = 0;
        long warnings = 0;
        long flagged = 0;
        for (var block : article.blocks()) {
            for (SegmentPair segment : block.segments()) {
                for (var finding : segment.findings()) {
                    if (finding.severity() == dev.hanbridge.common.QualityFinding.Severity.ERROR) {
                        errors++;
                    } else {
                        warnings++;
                    }
                }
                flagged += segment.findings().isEmpty() ? 0 : 1;
            }
        }
        if (flagged == 0) {
            return "no findings";
        }
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings")
                + " in " + flagged + " of " + article.segmentCount() + " segments";
    }

    private static String engineAndModel(SegmentPair segment) {
        String engine = segment.engine() == null || segment.engine().isBlank() ? "machine" : segment.engine();
        return segment.model() == null || segment.model().isBlank() ? engine : engine + " (" + segment.model() + ")";
    }
}
