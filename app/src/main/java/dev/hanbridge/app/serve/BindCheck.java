package dev.hanbridge.app.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The rules that keep a server off the network without a strong token: none at all is allowed
 * on loopback only, and a token that could be guessed ({@link TokenStrength}) likewise.
 */
public final class BindCheck {

    private BindCheck() {
    }

    /**
     * @param token the token, or {@code null}/blank for none; never printed
     * @throws IllegalArgumentException when the address is not loopback and the token is missing
     *         or weak, saying how to fix it
     */
    public static void check(String bindAddress, String token) {
        boolean set = token != null && !token.isBlank();
        if (set && TokenStrength.isStrong(token.strip())) {
            return;
        }
        if (isLoopback(bindAddress)) {
            return;
        }
        if (!set) {
            throw new IllegalArgumentException("refusing to listen on " + bindAddress
                    + " without HANBRIDGE_API_TOKEN: anyone who can reach it could launch runs and read exports. "
                    + "Set HANBRIDGE_API_TOKEN to a long random secret (openssl rand -hex 32), or bind to loopback "
                    + "with --bind 127.0.0.1");
        }
        throw new IllegalArgumentException("refusing to listen on " + bindAddress + " with a weak HANBRIDGE_API_TOKEN "
                + "(about " + TokenStrength.bits(token.strip()) + " bits; at least " + TokenStrength.REQUIRED_BITS
                + " are needed off loopback, e.g. 32 hex or 22 base64url random characters): set it to the output "
                + "of openssl rand -hex 32, or bind to loopback with --bind 127.0.0.1");
    }

    public static boolean isLoopback(String bindAddress) {
        if (bindAddress == null || bindAddress.isBlank()) {
            return false; // Spring's default is every interface
        }
        try {
            return InetAddress.getByName(bindAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown bind address " + bindAddress);
        }
    }
}
