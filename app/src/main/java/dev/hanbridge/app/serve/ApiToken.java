package dev.hanbridge.app.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The shared secret of the API and the pages ({@code HANBRIDGE_API_TOKEN}). Compared in constant
 * time; never printed, not even by {@link #toString()}.
 */
public final class ApiToken {

    private final byte[] value;

    ApiToken(String value) {
        this.value = value == null || value.isBlank() ? null : value.strip().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code false} on a loopback-only server started without a token: everything is open then. */
    public boolean isSet() {
        return value != null;
    }

    public boolean matches(String candidate) {
        if (value == null || candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(value, candidate.strip().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return isSet() ? "ApiToken[***]" : "ApiToken[unset]";
    }
}
