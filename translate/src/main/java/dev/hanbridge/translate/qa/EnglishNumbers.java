package dev.hanbridge.translate.qa;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.hanbridge.translate.qa.Quantity.Kind;
import dev.hanbridge.translate.qa.Quantity.Role;

/**
 * Finds the numbers of an English segment in the spellings news English uses:
 * {@code $5.57 million}, {@code US$5.57m}, {@code 5,570,000 dollars}, {@code 730bn won}, {@code €1.8 billion},
 * {@code 3.2 percent}/{@code per cent}/{@code pct}/{@code %}, {@code 0.4 percentage point}, {@code 25 basis points},
 * {@code three}, {@code a million}, {@code twice}. Dates and times are taken first ({@link EnglishDates}).
 * Numbers written in words, ordinals, years and digits inside names ({@code Q4}, {@code GPT-4}) may match a
 * Korean number but are never reported as additions.
 */
final class EnglishNumbers {

    /** Numbers with a suffix that is no name: ordinals, decades, multiples, abbreviated scales (3rd, 1990s, 5bn). */
    private static final Pattern SUFFIXED_NUMBER =
            Pattern.compile("[\\d.,]+(?:st|nd|rd|th|s|x|bn|mn|tn|trn|tr|m|b|k|pp|bps?|pct)");
    /** A number joined to words (5-year, 10-fold). */
    private static final Pattern HYPHENATED_NUMBER = Pattern.compile("\\d[\\d.,]*(?:-[a-z]+)+");
    /** A time of day written together (7am, 9p.m). */
    private static final Pattern CLOCK_TIME = Pattern.compile("[\\d.,]+[ap]\\.?m");

    private static final Pattern SCALE = Pattern.compile(
            "(?:\\s?-?\\s?(thousand|million|billion|trillion)\\b|(bn|mn|tn|trn|tr|k)\\b|(m|b)\\b)");
    private static final Pattern UNIT = Pattern.compile("(?:\\s?-?\\s?(?:(percentage[\\s-]points?|pp\\b|%\\s?pts?\\b)"
            + "|(%|percent\\b|per\\scent\\b|pct\\b)|(basis\\spoints?\\b|bps?\\b)|(points?\\b)"
            + "|(won|dollars?|yen|yuan|renminbi|euros?|pounds?|KRW|USD|JPY|CNY|RMB|EUR|GBP)\\b))");
    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("won", "KRW"),
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("renminbi", "CNY"), Map.entry("rmb", "CNY"), Map.entry("euro", "EUR"), Map.entry("euros", "EUR"),
            Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("krw", "KRW"), Map.entry("usd", "USD"),
            Map.entry("jpy", "JPY"), Map.entry("cny", "CNY"), Map.entry("eur", "EUR"), Map.entry("gbp", "GBP"));
    private static final Pattern CURRENCY_BEFORE = Pattern.compile(
            "(?:(US|A|C|HK|S)?\\$|(€)|(£)|(¥)|(₩)|\\b(KRW|USD|EUR|JPY|CNY|GBP)\\s?)$");
    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?i)\\b(?:about|around|some|nearly|almost|roughly"
            + "|approximately|approx\\.|an estimated|estimated|close to|more than|over|upward of|upwards of|up to|as many as"
            + "|as much as|under|less than|at least|just over|just under|little over|little more than|circa)"
            + "\\s(?:(?:US|A|C|HK|S)?\\$|€|£|¥|₩)?$|~$");
    private static final Pattern HEDGE_AFTER = Pattern.compile("(?i)^(?:\\s?(?:thousand|million|billion|trillion)\\b)?"
            + "(?:-odd|-plus|\\+|\\sor so\\b|\\sor more\\b)");
    private static final Map<String, Double> WORDS = Map.ofEntries(Map.entry("one", 1.0), Map.entry("two", 2.0),
            Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0),
            Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
            Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("thirteen", 13.0),
            Map.entry("fourteen", 14.0), Map.entry("fifteen", 15.0), Map.entry("sixteen", 16.0),
            Map.entry("seventeen", 17.0), Map.entry("eighteen", 18.0), Map.entry("nineteen", 19.0),
            Map.entry("twenty", 20.0), Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0),
            Map.entry("hundred", 100.0), Map.entry("dozen", 12.0), Map.entry("first", 1.0), Map.entry("second", 2.0),
            Map.entry("third", 3.0), Map.entry("fourth", 4.0), Map.entry("fifth", 5.0), Map.entry("sixth", 6.0),
            Map.entry("seventh", 7.0), Map.entry("eighth", 8.0), Map.entry("ninth", 9.0), Map.entry("tenth", 10.0),
            Map.entry("eleventh", 11.0), Map.entry("twelfth", 12.0), Map.entry("once", 1.0), Map.entry("single", 1.0),
            Map.entry("twice", 2.0), Map.entry("secondary", 2.0), Map.entry("double", 2.0), Map.entry("doubled", 2.0), Map.entry("doubling", 2.0),
            Map.entry("triple", 3.0), Map.entry("tripled", 3.0), Map.entry("threefold", 3.0),
            Map.entry("quadruple", 4.0), Map.entry("quadrupled", 4.0), Map.entry("fourfold", 4.0),
            Map.entry("fivefold", 5.0), Map.entry("tenfold", 10.0), Map.entry("half", 0.5), Map.entry("quarter", 0.25),
            Map.entry("decade", 10.0));
    private static final Pattern WORD = Pattern.compile("(?i)\\b(two-thirds|three-quarters|half a|"
            + String.join("|", WORDS.keySet().stream().sorted((x, y) -> y.length() - x.length()).toList())
            + ")\\b(?:\\s(thousand|million|billion|trillion)\\b)?");
    private static final Pattern SCALED_ARTICLE = Pattern.compile(
            "(?i)(?<!half\\s)\\b(an?)\\s(thousand|million|billion|trillion)\\b");

    private EnglishNumbers() {
    }

    /** The quantities and date parts of an English segment. */
    static Scan scan(String text) {
        Scan scan = new Scan(text);
        latinNames(scan);
        EnglishDates.find(scan);
        numbers(scan);
        words(scan);
        inheritRanges(scan);
        return scan;
    }

    /** Digits inside names (GPT-4o, Q4, A18, 5G) are soft: they may match a Korean number (4분기 = Q4), never reported. */
    private static void latinNames(Scan scan) {
        Matcher m = Scan.LATIN_RUN.matcher(scan.text);
        while (m.find()) {
            String token = m.group();
            if (!scan.free(m.start(), m.end()) || !Scan.hasLatin(token) || !Scan.hasDigit(token)
                    || SUFFIXED_NUMBER.matcher(token).matches() || Scan.MEASURED.matcher(token).matches()
                    || HYPHENATED_NUMBER.matcher(token).matches() || CLOCK_TIME.matcher(token).matches()) {
                continue;
            }
            Matcher digits = Scan.NUMBER.matcher(token);
            while (digits.find()) {
                soft(scan, Double.parseDouble(digits.group().replace(",", "")), m.start() + digits.start(),
                        m.start() + digits.end());
            }
            scan.take(m.start(), m.end());
        }
    }

    private static void numbers(Scan scan) {
        String text = scan.text;
        Matcher m = Scan.NUMBER.matcher(text);
        while (m.find()) {
            int start = m.start();
            char before = Scan.at(text, start - 1);
            if (!scan.free(start, m.end()) || Character.isDigit(before) || Scan.isLatin(before)
                    || (before == '-' || before == '.' || before == ',') && Scan.isLatin(Scan.at(text, start - 2))
                    || before == '.' && Character.isDigit(Scan.at(text, start - 2))) {
                continue;
            }
            Scan.Written n = Scan.readNumber(text, start);
            double value = n.value();
            double halfStep = n.halfStep();
            int end = n.end();
            Matcher currencyBefore = CURRENCY_BEFORE.matcher(text.substring(Math.max(0, start - 5), start));
            String currency = null;
            if (currencyBefore.find()) {
                currency = currencyBefore.group(2) != null ? "EUR" : currencyBefore.group(3) != null ? "GBP"
                        : currencyBefore.group(4) != null ? "JPY|CNY" : currencyBefore.group(5) != null ? "KRW"
                        : currencyBefore.group(6) != null ? currencyBefore.group(6) : "USD";
                start -= currencyBefore.group().length();
            }
            boolean scaled = false;
            Matcher scale = SCALE.matcher(text);
            scale.region(end, text.length());
            if (scale.lookingAt()) {
                String word = scale.group(1) != null ? scale.group(1) : scale.group(2) != null ? scale.group(2) : scale.group(3);
                boolean moneyContext = currency != null || UNIT.matcher(text).region(scale.end(), text.length()).lookingAt();
                if (scale.group(3) == null || moneyContext) {
                    double multiplier = switch (word.toLowerCase()) {
                        case "thousand", "k" -> 1e3;
                        case "million", "m", "mn" -> 1e6;
                        case "billion", "b", "bn" -> 1e9;
                        default -> 1e12;
                    };
                    value *= multiplier;
                    halfStep *= multiplier;
                    scaled = true;
                    end = scale.end();
                }
            }
            Kind kind = currency != null ? Kind.MONEY : Kind.NUMBER;
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
                    currency = CURRENCIES.get(unit.group(5).toLowerCase());
                }
                end = unit.end();
            }
            add(scan, value, kind, currency, halfStep, scaled, Role.REQUIRED, start, end);
            scan.take(m.start(), end);
        }
    }

    /** Numbers in words: soft, with the unit that may follow ("a quarter percentage point", "two billion won"). */
    private static void words(Scan scan) {
        String text = scan.text;
        Matcher m = SCALED_ARTICLE.matcher(text);
        while (m.find()) {
            if (scan.free(m.start(), m.end())) {
                wordQuantity(scan, scale(m.group(2)), m.start(), m.end());
                scan.take(m.start(), m.end());
            }
        }
        m = WORD.matcher(text);
        while (m.find()) {
            if (!scan.free(m.start(), m.end())) {
                continue;
            }
            String word = m.group(1).toLowerCase();
            double value = switch (word) {
                case "two-thirds" -> 2.0 / 3;
                case "three-quarters" -> 0.75;
                case "half a" -> 0.5;
                default -> WORDS.get(word);
            };
            if (m.group(2) != null) {
                value *= scale(m.group(2));
            }
            Quantity q = wordQuantity(scan, value, m.start(), m.end());
            if (word.equals("third")) {
                scan.quantities.set(scan.quantities.size() - 1, new Quantity(q.value(), 1.0 / 3, q.kind(), q.currency(),
                        0.005, q.scaled(), q.hedged(), q.role(), q.start(), q.end(), q.text()));
            }
            scan.take(m.start(), m.end());
        }
    }

    private static double scale(String word) {
        return switch (word.toLowerCase()) {
            case "thousand" -> 1e3;
            case "million" -> 1e6;
            case "billion" -> 1e9;
            default -> 1e12;
        };
    }

    private static Quantity wordQuantity(Scan scan, double value, int start, int end) {
        Kind kind = Kind.NUMBER;
        String currency = null;
        Matcher unit = UNIT.matcher(scan.text);
        unit.region(end, scan.text.length());
        if (unit.lookingAt()) {
            if (unit.group(1) != null) {
                kind = Kind.PERCENT_POINT;
            } else if (unit.group(2) != null) {
                kind = Kind.PERCENT;
            } else if (unit.group(4) != null) {
                kind = Kind.POINTS;
            } else if (unit.group(5) != null) {
                kind = Kind.MONEY;
                currency = CURRENCIES.get(unit.group(5).toLowerCase());
            }
            end = unit.end();
        }
        return add(scan, value, kind, currency, value < 1 ? 0.005 : 0.5 * Math.max(1, value / 10), value >= 1000,
                Role.SOFT, start, end);
    }

    /** A number that may match a Korean one but is never reported as an addition. */
    static void soft(Scan scan, double value, int start, int end) {
        add(scan, value, Kind.NUMBER, null, 0.5, false, Role.SOFT, start, end);
    }

    private static Quantity add(Scan scan, double value, Kind kind, String currency, double halfStep, boolean scaled,
            Role role, int start, int end) {
        String text = scan.text;
        boolean hedged = HEDGE_BEFORE.matcher(text.substring(Math.max(0, start - 24), start)).find()
                || HEDGE_AFTER.matcher(text.substring(end)).find();
        Quantity q = new Quantity(value, Double.NaN, kind, currency, halfStep, scaled, hedged, role, start, end,
                text.substring(start, end));
        scan.quantities.add(q);
        return q;
    }

    /** {@code 3-5%}, {@code 15 to 20 percent}, {@code between 10 and 20 billion won}: the first end takes the second's unit. */
    private static void inheritRanges(Scan scan) {
        scan.quantities.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (int i = 0; i + 1 < scan.quantities.size(); i++) {
            Quantity first = scan.quantities.get(i);
            Quantity second = scan.quantities.get(i + 1);
            if (second.start() < first.end()) {
                continue;
            }
            String between = scan.text.substring(first.end(), second.start());
            if (first.kind() == Kind.NUMBER && !first.scaled() && between.matches("\\s?(?:-|–|to|and)\\s?")
                    && (second.kind() != Kind.NUMBER || second.scaled())
                    && (!between.contains("and") || scan.text.substring(0, first.start()).matches("(?is).*\\bbetween\\s$"))) {
                double scale = 1;
                if (second.scaled() && first.value() < second.value() / 999) {
                    scale = Math.pow(10, Math.floor(Math.log10(second.value() / first.value()) / 3) * 3);
                }
                scan.quantities.set(i, first.inheriting(second, scale));
            }
        }
    }
}
