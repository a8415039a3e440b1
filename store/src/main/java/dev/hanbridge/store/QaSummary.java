package dev.hanbridge.store;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.hanbridge.common.QualityFinding.Severity;

/**
 * What the QA checks found in a run or an article.
 *
 * @param checked translations the checks have seen
 * @param flagged of those, the ones with one finding or more
 * @param byCheck finding counts by check id (sorted) and severity
 */
public record QaSummary(long checked, long flagged, Map<String, Map<Severity, Long>> byCheck) {

    public static final QaSummary NONE = new QaSummary(0, 0, Map.of());

    public QaSummary {
        Map<String, Map<Severity, Long>> copy = new TreeMap<>();
        byCheck.forEach((check, counts) -> {
            Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
            bySeverity.putAll(counts);
            copy.put(check, Collections.unmodifiableMap(bySeverity));
        });
        byCheck = Collections.unmodifiableMap(copy);
    }

    /** {@link #byCheck()} with severities as exports and the API name them: {@code error}, {@code warning}. */
    public Map<String, Map<String, Long>> byCheckIds() {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        byCheck.forEach((check, bySeverity) -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            bySeverity.forEach((severity, n) -> counts.put(severity.id(), n));
            out.put(check, Collections.unmodifiableMap(counts));
        });
        return Collections.unmodifiableMap(out);
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }

    /** Findings of that severity over all checks. */
    public long count(Severity severity) {
        return byCheck.values().stream().mapToLong(m -> m.getOrDefault(severity, 0L)).sum();
    }

    /** Both together, counts added up per check and severity. */
    public QaSummary plus(QaSummary o) {
        Map<String, Map<Severity, Long>> sum = new TreeMap<>();
        for (QaSummary s : new QaSummary[] {this, o}) {
            s.byCheck.forEach((check, counts) -> counts.forEach((severity, n) -> sum
                    .computeIfAbsent(check, c -> new EnumMap<>(Severity.class)).merge(severity, n, Long::sum)));
        }
        return new QaSummary(checked + o.checked, flagged + o.flagged, sum);
    }

    /**
     * One line for people: {@code 3 errors, 1 warning in 4 of 40 checked segments (numbers 2 errors, latin
     * 1 error, length 1 warning)}, or {@code no findings in 40 checked segments}.
     */
    public String describe() {
        if (checked == 0) {
            return "no segment checked";
        }
        if (byCheck.isEmpty()) {
            return "no findings in " + checked + " checked segment" + (checked == 1 ? "" : "s");
        }
        StringBuilder s = new StringBuilder();
        s.append(plural(errors(), "error")).append(", ").append(plural(warnings(), "warning"))
                .append(" in ").append(flagged).append(" of ").append(checked).append(" checked segments (");
        boolean first = true;
        for (var e : byCheck.entrySet()) {
            for (var count : e.getValue().entrySet()) {
                if (count.getValue() == 0) {
                    continue;
                }
                s.append(first ? "" : ", ").append(e.getKey()).append(' ')
                        .append(plural(count.getValue(), count.getKey().id()));
                first = false;
            }
        }
        return s.append(')').toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
