package dev.hanbridge.app.serve;

/**
 * How many bits of guessing a token can stand, at most: its length in characters times the bits
 * of the smallest usual alphabet its characters come from (digits 3.3, hex 4, base64 and
 * base64url 6, anything else 6.6, as printable ASCII). A token is strong from
 * {@value #REQUIRED_BITS} bits: 32 hex characters ({@code openssl rand -hex 16}; {@code -hex 32}
 * gives 64) or 22 base64url ones. It is an upper bound: no measure of a given string can show it
 * was drawn at random, so a token with fewer than {@value #MIN_DISTINCT} different characters, or
 * one that repeats a shorter string, is weak whatever its length, and a phrase of words counts as
 * strong when it is long enough although it is not. Generate the token.
 */
public final class TokenStrength {

    public static final int REQUIRED_BITS = 128;
    static final int MIN_DISTINCT = 8;

    private TokenStrength() {
    }

    /** The estimate in bits; 0 for a token made of too few characters or of a repeated string. */
    public static int bits(String token) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        if (token.chars().distinct().count() < MIN_DISTINCT || repeats(token)) {
            return 0;
        }
        double perChar;
        if (token.chars().allMatch(c -> c >= '0' && c <= '9')) {
            perChar = Math.log(10) / Math.log(2);
        } else if (token.chars().allMatch(TokenStrength::hex)) {
            perChar = 4;
        } else if (token.chars().allMatch(TokenStrength::base64)) {
            perChar = 6;
        } else {
            perChar = Math.log(95) / Math.log(2);
        }
        return (int) Math.floor(token.codePointCount(0, token.length()) * perChar);
    }

    public static boolean isStrong(String token) {
        return bits(token) >= REQUIRED_BITS;
    }

    /** Whether the token is a shorter string repeated ({@code abcabcabc}). */
    private static boolean repeats(String token) {
        return (token + token).indexOf(token, 1) < token.length();
    }

    private static boolean hex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean base64(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_'
                || c == '+' || c == '/' || c == '=';
    }
}
