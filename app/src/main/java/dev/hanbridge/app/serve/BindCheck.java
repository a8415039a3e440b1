package dev.hanbridge.app.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The rule that keeps a server without a token off the network. */
public final class BindCheck {

    private BindCheck() {
    }

    /**
     * @throws IllegalArgumentException when no token is set and the address is not loopback,
     *         saying how to fix it
     */
    public static void check(String bindAddress, boolean tokenSet) {
        if (tokenSet) {
            return;
        }
        if (!isLoopback(bindAddress)) {
            throw new IllegalArgumentException("refusing to listen on " + bindAddress
                    + " without HANBRIDGE_API_TOKEN: anyone who can reach it could launch runs and read exports. "
                    + "Set HANBRIDGE_API_TOKEN to a long random secret, or bind to loopback with --bind 127.0.0.1");
        }
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
