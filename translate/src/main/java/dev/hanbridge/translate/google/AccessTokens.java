package dev.hanbridge.translate.google;

import java.io.IOException;

import com.google.auth.oauth2.GoogleCredentials;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.TransientTranslationException;

/** Where the bearer token comes from. */
sealed interface AccessTokens {

    String token();

    record Fixed(String value) implements AccessTokens {
        @Override
        public String token() {
            return value;
        }

        @Override
        public String toString() {
            return "Fixed[***]";
        }
    }

    /** Tokens from a service-account key: fetched on first use, refreshed by the library before they expire. */
    final class FromKeyFile implements AccessTokens {
        private final GoogleCredentials credentials;

        FromKeyFile(GoogleCredentials credentials) {
            this.credentials = credentials;
        }

        @Override
        public synchronized String token() {
            try {
                credentials.refreshIfExpired();
                return credentials.getAccessToken().getTokenValue();
            } catch (IOException e) {
                String m = String.valueOf(e.getMessage());
                // OAuth2 errors that retrying cannot fix: a revoked or deleted key, a wrong client.
                if (m.contains("invalid_grant") || m.contains("invalid_client") || m.contains("unauthorized_client")) {
                    throw new EngineConfigurationException(GoogleEngineProvider.ID, "Google refused to issue an access "
                            + "token for the service account (the key may be revoked or deleted). Check "
                            + "GOOGLE_APPLICATION_CREDENTIALS or hanbridge.engines.google.credentials.");
                }
                throw new TransientTranslationException(GoogleEngineProvider.ID, "Could not get a Google access token ("
                        + e.getClass().getSimpleName() + "); will retry.", null, e);
            }
        }
    }
}
