package dev.hanbridge.ingest.text;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as Korean news prints them under a headline or beside a byline: {@code 입력 2025.02.02 16:33
 * 수정 2025.02.02 17:10}, {@code 홍길동 기자 2025-02-02 16:33:07}, {@code 입력 2025.02.02. 오후 4:33}
 * (portal pages), {@code 2025. 2. 2. 16:33}, {@code 2025년 2월 2일 16시 33분}, {@code 송고2025-02-03 09:12}.
 * A time without an offset is Korean time ({@link Dates#KOREA}).
 *
 * <p>The published time is the first one labelled as such ({@code 입력}, {@code 등록}, {@code 승인},
 * {@code 송고}, …) or not labelled at all; times labelled {@code 수정} or {@code 업데이트} are when the
 * article was changed, not published.
 */
public final class PrintedTime {

    private static final String LABEL = "(?<label>(?:기사\\s?입력|최초\\s?입력|입력|등록|발행|송고|게재|작성|승인"
            + "|최종\\s?수정|기사\\s?수정|수정|업데이트|갱신)(?:\\s?(?:시간|일시|일))?|update[d]?|posted|published)";
    private static final String DATE = "(?<y>(?:19|20)\\d{2})\\s*(?:[.\\-/]\\s*(?<m>\\d{1,2})\\s*[.\\-/]\\s*(?<d>\\d{1,2})\\.?"
            + "|년\\s*(?<m2>\\d{1,2})\\s*월\\s*(?<d2>\\d{1,2})\\s*일)";
    private static final String WEEKDAY = "(?:\\s*\\(\\s*[월화수목금토일](?:요일)?\\s*\\)|\\s+[월화수목금토일]요일)?";
    private static final String TIME = "(?:(?:\\s*|T)(?<ampm>오전|오후|AM|PM|am|pm)?\\s*(?<h>\\d{1,2})\\s*(?::|시\\s*)(?<min>\\d{2})"
            + "(?:\\s*(?::(?<s>\\d{2})(?:\\.\\d+)?|분(?:\\s*(?<s2>\\d{1,2})\\s*초)?))?"
            + "(?:\\s*(?<offset>Z|[+-]\\d{2}:?\\d{2}|KST))?)?";
    private static final Pattern STAMP = Pattern.compile(
            "(?:" + LABEL + "\\s*[:：]?\\s*)?" + DATE + WEEKDAY + TIME, Pattern.CASE_INSENSITIVE);
    /**
     * What may stand between and around time stamps on a line of them, including the link a portal
     * prints beside them ({@code 기사원문}: the article on the outlet's own site).
     */
    private static final Pattern SEPARATORS = Pattern.compile("^(?:[\\s|ㅣ│·/,:\\-\\[\\]()<>]|기사\\s?원문|원문\\s?보기)*$");
    private static final Pattern EDGE_SEPARATORS = Pattern.compile("^[\\s|ㅣ│·/,:\\-=]+|[\\s|ㅣ│·/,:\\-=]+$");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("[\\[(<]\\s*[\\])>]");

    private PrintedTime() {
    }

    /** The line holds nothing but time stamps, their labels and separators. */
    public static boolean isTimeStamp(String line) {
        if (line.length() > 120) {
            return false;
        }
        Matcher m = STAMP.matcher(line);
        StringBuilder rest = new StringBuilder();
        boolean any = false;
        int last = 0;
        while (m.find()) {
            if (valid(m)) {
                any = true;
                rest.append(line, last, m.start());
                last = m.end();
            }
        }
        rest.append(line, last, line.length());
        return any && SEPARATORS.matcher(rest).matches();
    }

    /** Some time on the line carries a label ({@code 입력}, {@code 수정}, {@code 송고}, …): a page's stamp, not a date in a document. */
    public static boolean hasLabel(String line) {
        Matcher m = STAMP.matcher(line);
        while (m.find()) {
            if (valid(m) && m.group("label") != null) {
                return true;
            }
        }
        return false;
    }

    /** The published time printed on the line, or null when it prints none (or only a time of change). */
    public static Instant published(String line) {
        Matcher m = STAMP.matcher(line);
        while (m.find()) {
            if (!valid(m)) {
                continue;
            }
            String label = m.group("label");
            if (label != null && isChangeLabel(label)) {
                continue;
            }
            return instant(m);
        }
        return null;
    }

    /**
     * The line without its time stamps, their labels and the separators left at its ends:
     * {@code "홍길동 기자 | 입력 2025.02.02 16:33"} is {@code "홍길동 기자"}. A line without stamps
     * comes back unchanged.
     */
    public static String strip(String line) {
        Matcher m = STAMP.matcher(line);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        boolean any = false;
        while (m.find()) {
            if (valid(m)) {
                any = true;
                rest.append(line, last, m.start()).append(' ');
                last = m.end();
            }
        }
        if (!any) {
            return line;
        }
        rest.append(line, last, line.length());
        String stripped = EMPTY_BRACKETS.matcher(rest).replaceAll(" ").replaceAll("\\s+", " ");
        String previous;
        do {
            previous = stripped;
            stripped = EDGE_SEPARATORS.matcher(stripped).replaceAll("");
        } while (!stripped.equals(previous));
        return stripped.trim();
    }

    private static boolean isChangeLabel(String label) {
        String l = label.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return l.contains("수정") || l.startsWith("update") || l.startsWith("갱신");
    }

    /** A real calendar date and clock time (a version number such as {@code 2025.13.40} is not). */
    private static boolean valid(Matcher m) {
        return instant(m) != null;
    }

    private static Instant instant(Matcher m) {
        try {
            int year = Integer.parseInt(m.group("y"));
            int month = Integer.parseInt(m.group("m") != null ? m.group("m") : m.group("m2"));
            int day = Integer.parseInt(m.group("d") != null ? m.group("d") : m.group("d2"));
            int hour = 0;
            int minute = 0;
            int second = 0;
            if (m.group("h") != null) {
                hour = Integer.parseInt(m.group("h"));
                minute = Integer.parseInt(m.group("min"));
                String s = m.group("s") != null ? m.group("s") : m.group("s2");
                second = s == null ? 0 : Integer.parseInt(s);
                String ampm = m.group("ampm");
                if (ampm != null) {
                    boolean pm = ampm.equals("오후") || ampm.equalsIgnoreCase("PM");
                    if (hour > 12) {
                        return null;
                    }
                    hour = hour % 12 + (pm ? 12 : 0);
                }
            }
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second);
            String offset = m.group("h") != null ? m.group("offset") : null;
            if (offset == null || offset.equalsIgnoreCase("KST")) {
                return local.atZone(Dates.KOREA).toInstant();
            }
            return local.atOffset(ZoneOffset.of(offset.equalsIgnoreCase("Z") ? "Z"
                    : offset.length() == 5 ? offset.substring(0, 3) + ":" + offset.substring(3) : offset)).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
