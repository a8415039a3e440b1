package dev.hanbridge.translate;

/**
 * What one request to an engine may carry, as the provider documents it, and how fast requests
 * may go.
 *
 * @param maxSegments texts per request
 * @param maxChars characters (UTF-16 code units of the texts) per request
 * @param maxBytes UTF-8 bytes of the texts per request
 * @param requestsPerSecond sustained request rate the engine is allowed; {@code 0} means unlimited
 * @param charsPerMinute characters the engine may be sent per minute; {@code 0} means unlimited
 */
public record EngineLimits(int maxSegments, int maxChars, int maxBytes, double requestsPerSecond,
        long charsPerMinute) {

    public static final EngineLimits UNLIMITED = new EngineLimits(Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE, 0, 0);

    public EngineLimits {
        if (maxSegments < 1 || maxChars < 1 || maxBytes < 1 || requestsPerSecond < 0 || charsPerMinute < 0) {
            throw new IllegalArgumentException("engine limits must be positive: " + maxSegments + ", " + maxChars
                    + ", " + maxBytes + ", " + requestsPerSecond + ", " + charsPerMinute);
        }
    }

    /** Limits without a characters-per-minute cap. */
    public EngineLimits(int maxSegments, int maxChars, int maxBytes, double requestsPerSecond) {
        this(maxSegments, maxChars, maxBytes, requestsPerSecond, 0);
    }

    /** One line for {@code hanbridge engines}. */
    public String describe() {
        return count(maxSegments) + " texts, " + count(maxChars) + " chars, " + count(maxBytes) + " bytes per request; "
                + (requestsPerSecond == 0 ? "no request limit" : trim(requestsPerSecond) + " requests/s") + "; "
                + (charsPerMinute == 0 ? "no character limit" : charsPerMinute + " chars/min");
    }

    private static String count(int n) {
        return n == Integer.MAX_VALUE ? "any" : Integer.toString(n);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
