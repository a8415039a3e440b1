package dev.hanbridge.translate.qa;

/** The checks {@link QaChecker} runs; {@link #id()} is the name stored with a finding and printed by {@code hanbridge qa}. */
public enum QaCheck {
    /** Amounts, percentages and counts, compared as magnitudes after Korean units (만, 억, 조) are converted. */
    NUMBERS("numbers"),
    /** Years, months, days, weekdays and clock times. */
    DATES("dates"),
    /** Product names, versions, tickers, e-mail addresses, URLs and hashtags that must survive exactly. */
    LATIN("latin"),
    /** An empty target, a target identical to the source, Hangul or Hanja left in the target. */
    UNTRANSLATED("untranslated"),
    /** A target far shorter or longer than Korean of that length usually becomes: an omission or an addition. */
    LENGTH("length"),
    /** A glossary term in the source whose target term is missing from the translation. */
    GLOSSARY("glossary"),
    /** Quotes and brackets left open, or quoted speech that lost its quotes. */
    BRACKETS("brackets");

    private final String id;

    QaCheck(String id) {
        this.id = id;
    }

    /** The check's stable lower-case name, e.g. {@code "numbers"}. */
    public String id() {
        return id;
    }

    /** The check with that {@link #id()}; throws {@link IllegalArgumentException} naming the known ids otherwise. */
    public static QaCheck fromId(String id) {
        for (QaCheck check : values()) {
            if (check.id.equals(id)) {
                return check;
            }
        }
        throw new IllegalArgumentException("unknown QA check '" + id + "'; known: numbers, dates, latin, untranslated, "
                + "length, glossary, brackets");
    }
}
