package dev.hanbridge.translate.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scanner found in one side of a pair: quantities, date parts, and the numbers written inside
 * Latin names ({@code RE100}, {@code GPT-4o}), which are the Latin check's business, not the number check's.
 * Also the shared pieces of the two scanners: a taken-characters mask and a reader of written numbers.
 */
final class Scan {

    /** Digits with optional thousands separators and decimals: {@code 1,085}, {@code 656.6}, {@code 5000}. */
    static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    static final Pattern URL_OR_EMAIL = Pattern.compile(
            "(?i)\\bhttps?://[^\\s<>\"'“”‘’()\\[\\]가-힣]+[^\\s<>\"'“”‘’()\\[\\]가-힣.,;:!?]"
                    + "|\\bwww\\.[^\\s<>\"'가-힣]+[^\\s<>\"'가-힣.,;:!?]"
                    + "|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+");

    final String text;
    final boolean[] taken;
    final List<Quantity> quantities = new ArrayList<>();
    final List<DatePart> dates = new ArrayList<>();
    final List<Double> embedded = new ArrayList<>();

    Scan(String text) {
        this.text = text;
        this.taken = new boolean[text.length() + 1];
        Matcher m = URL_OR_EMAIL.matcher(text);
        while (m.find()) {
            take(m.start(), m.end());
        }
    }

    void take(int start, int end) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
    }

    boolean free(int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    void date(DatePart.Field field, int value, int alternative, boolean bare, int start, int end) {
        dates.add(new DatePart(field, value, alternative, bare, start, end, text.substring(start, end)));
    }

    /** A written number: its value and half the unit of its last digit (5.57 -> 0.005). */
    record Written(double value, double halfStep, int start, int end) {
    }

    /** The number written at {@code at}, or null when there is none. */
    static Written readNumber(String text, int at) {
        Matcher m = NUMBER.matcher(text);
        m.region(at, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String digits = m.group().replace(",", "");
        int dot = digits.indexOf('.');
        int decimals = dot < 0 ? 0 : digits.length() - dot - 1;
        return new Written(Double.parseDouble(digits), 0.5 * Math.pow(10, -decimals), m.start(), m.end());
    }

    static boolean isLatin(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /** Whether the text holds an ASCII letter (tokens are checked per token: no regex). */
    static boolean hasLatin(String text) {
        return text.chars().anyMatch(c -> isLatin((char) c));
    }

    /** Whether the text holds an ASCII digit. */
    static boolean hasDigit(String text) {
        return text.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    static boolean isHangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3' || c >= '\u1100' && c <= '\u11FF' || c >= '\u3130' && c <= '\u318F';
    }

    static char at(String text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
    }

    /** A run of Latin letters and digits, joined by hyphens, dots or commas: GPT-4o, RE100, 5,000mAh. */
    static final Pattern LATIN_RUN = Pattern.compile("[A-Za-z0-9]+(?:[-.,][A-Za-z0-9]+)*");

    /** Units written right after digits that make them a measure, not part of a name: {@code 5000mAh}, {@code 3nm}. */
    static final Pattern MEASURE = Pattern.compile(
            "(?:km|kg|cm|mm|nm|m|g|t|GB|TB|MB|KB|Gb|GHz|MHz|Hz|kW|MW|GW|kWh|MWh|GWh|TWh|mAh|Wh|W|V|ha|ml|mL|L"
                    + "|ppm|px|fps|inch|in)");

    /** Digits followed by a measure: {@code 5000mAh}, {@code 500km}. */
    static final Pattern MEASURED = Pattern.compile("[\\d.,]+" + MEASURE.pattern());
}
