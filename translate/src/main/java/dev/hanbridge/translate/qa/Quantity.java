package dev.hanbridge.translate.qa;

/**
 * A number found in one side of a pair, converted to its magnitude: {@code 557만 달러} and
 * {@code $5.57 million} are both 5,570,000 dollars.
 *
 * @param value       the magnitude (a percentage as its number: 3.2% is 3.2)
 * @param alternative a second reading, or NaN ({@code 후반 23분} is minute 23 of the half or the 68th minute)
 * @param kind        what it counts
 * @param currency    ISO code for money ({@code KRW}, {@code USD}, ...; {@code JPY|CNY} for ¥), else null
 * @param halfStep    half the unit of its last written digit: how far a correct rounding may be from it
 * @param scaled      written with a scale word or unit (만, 억, million, bn): rounding to that scale is usual
 * @param hedged      written as approximate (약, 여, 가량; about, some, more than)
 * @param role        whether it must be found on the other side
 */
record Quantity(double value, double alternative, Kind kind, String currency, double halfStep, boolean scaled,
        boolean hedged, Role role, int start, int end, String text) {

    enum Kind {
        NUMBER, PERCENT, PERCENT_POINT, POINTS, MONEY
    }

    enum Role {
        /** Must be matched (a Korean number), or is reported as an addition when unmatched (an English number in digits). */
        REQUIRED,
        /** May be missing: a Korean 1 (1명, 1위, 1분기 read as "a", "the top", "first") or a conversion in parentheses. */
        OPTIONAL,
        /** English only: may satisfy a source number but is never reported (words, ordinals, years, digits inside names). */
        SOFT
    }

    Quantity withRole(Role newRole) {
        return new Quantity(value, alternative, kind, currency, halfStep, scaled, hedged, newRole, start, end, text);
    }

    /** Takes the kind, currency and scale of the range's other end: {@code 3~5%}, {@code 10~20억원}, {@code 3 to 5 percent}. */
    Quantity inheriting(Quantity other, double scale) {
        return new Quantity(value * scale, alternative, other.kind, other.currency, halfStep * scale,
                scaled || scale != 1, hedged, role, start, end, text);
    }

    /** Whether the two could be the same quantity written two ways, ignoring the number. */
    boolean sameKindAs(Quantity other) {
        return switch (kind) {
            case PERCENT -> other.kind == Kind.PERCENT;
            case PERCENT_POINT -> other.kind == Kind.PERCENT_POINT || other.kind == Kind.POINTS;
            case POINTS -> other.kind == Kind.POINTS || other.kind == Kind.PERCENT_POINT || other.kind == Kind.NUMBER;
            case MONEY -> other.kind == Kind.NUMBER
                    || other.kind == Kind.MONEY && (currency == null || other.currency == null
                            || currency.contains(other.currency) || other.currency.contains(currency));
            case NUMBER -> other.kind == Kind.NUMBER || other.kind == Kind.MONEY || other.kind == Kind.POINTS;
        };
    }

    /**
     * Whether the two have the same magnitude. Exact (to the finer of the two precisions) unless one side is
     * scaled or approximate: then a rounding to the coarser one's last digit is accepted ({@code 557만} as
     * {@code $5.6 million}), as long as it is within 10 %.
     */
    boolean sameValueAs(Quantity other) {
        return close(value, other.value, other) || close(alternative, other.value, other)
                || close(value, other.alternative, other);
    }

    private boolean close(double a, double b, Quantity other) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return false;
        }
        double diff = Math.abs(a - b);
        double magnitude = Math.max(Math.abs(a), Math.abs(b));
        if (diff <= 1e-9 * magnitude + 1e-12) {
            return true;
        }
        boolean rounding = scaled || other.scaled || hedged || other.hedged;
        return rounding && diff <= Math.max(halfStep, other.halfStep) * (1 + 1e-9) && diff <= 0.1 * magnitude;
    }
}
