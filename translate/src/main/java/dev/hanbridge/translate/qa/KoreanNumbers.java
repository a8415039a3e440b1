package dev.hanbridge.translate.qa;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hanbridge.translate.qa.Quantity.Kind;
import dev.hanbridge.translate.qa.Quantity.Role;

/**
 * Finds the numbers of a Korean segment. Korean writes large numbers in groups of four digits:
 * 만 = 10^4, 억 = 10^8, 조 = 10^12, so {@code 656조 6000억원} is 656.6 trillion won and {@code 2만5000명}
 * is 25,000 people; 천/백/십 multiply inside a group ({@code 3천만} = 30 million). Dates are taken first
 * ({@link KoreanDates}) so their digits are not also counted as quantities.
 */
final class KoreanNumbers {

    private static final Pattern FRACTION = Pattern.compile("(?<![\\d.,])(\\d+)\\s?분의\\s?(\\d+)");
    /** Native Korean numerals before a counter: 두 명, 세 차례, 석 달. A space is required: 세대 is "generation". */
    private static final Pattern NATIVE = Pattern.compile("(?<![가-힣])(한|두|세|네|석|넉|다섯|여섯|일곱|여덟|아홉|열|스무)\\s"
            + "(?=명|개|곳|차례|번|가지|달|해|척|대|마리|권|배|시간|살|건|종|팀|편|장|가구|개국|개월)");
    /** 천만 관객, 백만 명: a scale word standing alone as a number. 수십억 (billions) is vague and skipped. */
    private static final Pattern SCALE_WORD = Pattern.compile(
            "(?<![가-힣\\d])(십|백|천)(만|억)(?=\\s|명|원|달러|관객|대|개|$)");
    /** Groups: percentage points, percent, basis points, (index) points, currency. */
    private static final Pattern UNIT = Pattern.compile("\\s?(?:(%\\s?[pP]|％\\s?[pP]|%\\s?포인트|퍼센트\\s?포인트)"
            + "|(%|％|퍼센트|프로(?![가-힣]))|(bps?|베이시스\\s?포인트)|(포인트)|(원|달러|엔(?!진|터|씨)|위안|유로|파운드))");
    private static final Map<String, String> CURRENCIES = Map.of("원", "KRW", "달러", "USD", "엔", "JPY", "위안", "CNY",
            "유로", "EUR", "파운드", "GBP");
    /** 1,500여 명, 3만여, 20여 개국: "more than". Not 여 starting a word (10 여야 의원). */
    private static final Pattern MORE_THAN = Pattern.compile("여(?=$|[^가-힣]|[명원개곳건년일])");
    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?<![가-힣])(?:약|대략|얼추)\\s?$");
    private static final Pattern HEDGE_AFTER = Pattern.compile("^\\s?(?:[가-힣]{1,2}\\s?)?(?:가량|정도|쯤|께|안팎|내외|남짓)");

    private KoreanNumbers() {
    }

    /** The quantities and date parts of a Korean segment. */
    static Scan scan(String text) {
        Scan scan = new Scan(text);
        latinNames(scan);
        KoreanDates.find(scan);
        numbers(scan);
        return scan;
    }

    /** Digits inside Latin names (GPT-4o, RE100, A18) are not quantities; digits followed by a measure (5000mAh) are. */
    private static void latinNames(Scan scan) {
        Matcher m = Scan.LATIN_RUN.matcher(scan.text);
        while (m.find()) {
            String token = m.group();
            if (!scan.free(m.start(), m.end()) || !Scan.hasLatin(token) || !Scan.hasDigit(token)) {
                continue;
            }
            if (Scan.MEASURED.matcher(token).matches()) {
                continue;
            }
            Matcher digits = Scan.NUMBER.matcher(token);
            while (digits.find()) {
                scan.embedded.add(Double.parseDouble(digits.group().replace(",", "")));
            }
            scan.take(m.start(), m.end());
        }
    }

    private static void numbers(Scan scan) {
        String text = scan.text;
        Matcher m = FRACTION.matcher(text);
        while (m.find()) {
            if (scan.free(m.start(), m.end())) {
                double value = Double.parseDouble(m.group(2)) / Double.parseDouble(m.group(1));
                add(scan, value, Double.NaN, Kind.NUMBER, null, 0.005, false, false, m.start(), m.end());
                scan.take(m.start(), m.end());
            }
        }
        m = NATIVE.matcher(text);
        while (m.find()) {
            int value = switch (m.group(1)) {
                case "한" -> 1;
                case "두" -> 2;
                case "세", "석" -> 3;
                case "네", "넉" -> 4;
                case "다섯" -> 5;
                case "여섯" -> 6;
                case "일곱" -> 7;
                case "여덟" -> 8;
                case "아홉" -> 9;
                case "열" -> 10;
                default -> 20;
            };
            add(scan, value, Double.NaN, Kind.NUMBER, null, 0.5, false, false, m.start(), m.end() - 1);
        }
        m = SCALE_WORD.matcher(text);
        while (m.find()) {
            if (scan.free(m.start(), m.end())) {
                double value = Math.pow(10, "십백천".indexOf(m.group(1)) + 1) * (m.group(2).equals("만") ? 1e4 : 1e8);
                int end = unitAndHedge(scan, value, 0.5 * value / 10, true, m.start(), m.end());
                scan.take(m.start(), end);
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9' || scan.taken[i] || Character.isDigit(Scan.at(text, i - 1))
                    || Scan.at(text, i - 1) == '.' || Scan.at(text, i - 1) == ',') {
                continue;
            }
            int end = amount(scan, i);
            scan.take(i, end);
            i = end - 1;
        }
        inheritRanges(scan);
    }

    /** Reads the amount starting at {@code start} (656조 6000억원, 2만5000명, 3천만, 87.3%) and records it; returns its end. */
    private static int amount(Scan scan, int start) {
        String text = scan.text;
        double total = 0;
        double halfStep = 0.5;
        int lastBig = 4;
        int p = start;
        boolean scaled = false;
        while (true) {
            Scan.Written n = Scan.readNumber(text, p);
            if (n == null) {
                break;
            }
            double group = n.value();
            double step = n.halfStep();
            p = n.end();
            int small = "십백천".indexOf(Scan.at(text, p));
            if (small >= 0) { // after digits 천/백/십 are units: 1천명, 3천만, 5백억
                double multiplier = Math.pow(10, small + 1);
                group *= multiplier;
                step *= multiplier;
                p++;
                Scan.Written rest = Character.isDigit(Scan.at(text, p)) ? Scan.readNumber(text, p) : null;
                if (rest != null && rest.value() < multiplier) {
                    group += rest.value();
                    step = rest.halfStep();
                    p = rest.end();
                }
                scaled = true;
            }
            int big = "만억조".indexOf(Scan.at(text, p)) + 1;
            if (big > 0 && big < lastBig) {
                double multiplier = Math.pow(10, 4 * big);
                total += group * multiplier;
                halfStep = step * multiplier;
                lastBig = big;
                scaled = true;
                p++;
                int next = continuation(text, p, big);
                if (next < 0) {
                    break;
                }
                p = next;
            } else {
                total += group;
                halfStep = step;
                break;
            }
        }
        return unitAndHedge(scan, total, halfStep, scaled, start, p);
    }

    /** Where the next group of a compound starts (656조 6000억, 2만5000), or -1 when the amount ends here. */
    private static int continuation(String text, int p, int big) {
        if (Character.isDigit(Scan.at(text, p))) {
            return p;
        }
        if (Scan.at(text, p) == ' ' && Character.isDigit(Scan.at(text, p + 1))) {
            Scan.Written n = Scan.readNumber(text, p + 1);
            int after = n.end();
            if ("십백천".indexOf(Scan.at(text, after)) >= 0) {
                after++;
            }
            int nextBig = "만억조".indexOf(Scan.at(text, after)) + 1;
            if (nextBig > 0 && nextBig < big) {
                return p + 1;
            }
        }
        return -1;
    }

    /** Records the amount with what follows it (unit, currency, 여/가량) and what precedes it (약); returns its end. */
    private static int unitAndHedge(Scan scan, double value, double halfStep, boolean scaled, int start, int end) {
        String text = scan.text;
        boolean hedged = false;
        if (MORE_THAN.matcher(text).region(end, text.length()).lookingAt()) {
            hedged = true;
            end++;
        }
        Kind kind = Kind.NUMBER;
        String currency = null;
        Matcher unit = UNIT.matcher(text);
        unit.region(end, text.length());
        if (unit.lookingAt()) {
            if (unit.group(1) != null) {
                kind = Kind.PERCENT_POINT;
            } else if (unit.group(2) != null) {
                kind = Kind.PERCENT;
            } else if (unit.group(3) != null) {
                kind = Kind.PERCENT_POINT;
                value /= 100;
                halfStep /= 100;
            } else if (unit.group(4) != null) {
                kind = Kind.POINTS;
            } else {
                kind = Kind.MONEY;
                currency = CURRENCIES.get(unit.group(5));
            }
            end = unit.end();
        }
        if (Scan.at(text, start - 1) == '$') {
            kind = Kind.MONEY;
            currency = "USD";
            start--;
        }
        String before = text.substring(Math.max(0, start - 4), start);
        hedged |= HEDGE_BEFORE.matcher(before).find();
        hedged |= HEDGE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 8))).find();
        // 후반 23분: minute 23 of the second half, which English may count from kick-off (the 68th minute)
        boolean secondHalf = text.startsWith("후반", Math.max(0, start - 3)) && text.startsWith("분", end);
        add(scan, value, secondHalf ? value + 45 : Double.NaN, kind, currency, halfStep, scaled, hedged, start, end);
        return end;
    }

    private static void add(Scan scan, double value, double alternative, Kind kind, String currency, double halfStep,
            boolean scaled, boolean hedged, int start, int end) {
        // A 1 with a counter is often not written in English: 1명 "a person", 1위 "the top", 1분기 "first quarter".
        Role role = value == 1 && kind == Kind.NUMBER ? Role.OPTIONAL : Role.REQUIRED;
        scan.quantities.add(new Quantity(value, alternative, kind, currency, halfStep, scaled, hedged, role, start, end,
                scan.text.substring(start, end)));
    }

    /** {@code 3~5%}: the first end of a range takes the unit and scale written only after the second. */
    private static void inheritRanges(Scan scan) {
        scan.quantities.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 0; i + 1 < scan.quantities.size(); i++) {
            Quantity first = scan.quantities.get(i);
            Quantity second = scan.quantities.get(i + 1);
            String between = scan.text.substring(Math.min(first.end(), second.start()), second.start());
            if (first.kind() == Kind.NUMBER && !first.scaled() && between.matches("\\s?[~∼〜]\\s?")
                    && (second.kind() != Kind.NUMBER || second.scaled())) {
                double scale = 1;
                if (second.scaled() && first.value() < second.value() / 1000) {
                    scale = Math.pow(10, Math.floor(Math.log10(second.value() / first.value()) / 4) * 4);
                }
                scan.quantities.set(i, first.inheriting(second, scale));
            }
        }
    }
}
