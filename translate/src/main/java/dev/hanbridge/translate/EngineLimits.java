package dev.hanbridge.translate;

/**
 * What one request to an engine may carry, as the provider documents it.
 *
 * @param maxSegments texts per request
 * @param maxChars characters (UTF-16 code units of the texts) per request
 * @param maxBytes UTF-8 bytes of the texts per request
 * @param requestsPerSecond sustained request rate the engine is allowed; {@code 0} means unlimited
 */
public record EngineLimits(int maxSegments, int maxChars, int maxBytes, double requestsPerSecond) {

    public static final EngineLimits UNLIMITED = new EngineLimits(Integer.MAX_VALUE, Integer.MAX_VALUE,
            Integer.MAX_VALUE, 0);

    public EngineLimits {
        if (maxSegments < 1 || maxChars < 1 || maxBytes < 1 || requestsPerSecond < 0) {
            throw new IllegalArgumentException("engine limits must be positive: " + maxSegments + ", " + maxChars
                    + ", " + maxBytes + ", " + requestsPerSecond);
        }
    }
}
