package dev.hanbridge.translate.google;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSetting;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.http.RemoteEngineProvider;
import dev.hanbridge.translate.http.SettingsReader;

/**
 * Google Cloud Translation v3 (Advanced). Authenticates with a service-account key file, whose
 * access tokens Google's auth library fetches and refreshes, or with an access token given as is
 * (e.g. from {@code gcloud auth print-access-token}; it expires within the hour).
 */
public final class GoogleEngineProvider extends RemoteEngineProvider {

    public static final String ID = "google";
    static final String BASE_URL = "https://translation.googleapis.com";
    static final String SCOPE = "https://www.googleapis.com/auth/cloud-translation";
    /**
     * 1,024 strings and (recommended) 30,000 code points per request; the default project quota is
     * 6,000,000 characters per minute. Characters are counted in UTF-16 units, never fewer than
     * code points, so the limit holds.
     */
    static final EngineLimits DOCUMENTED = new EngineLimits(1024, 30_000, Integer.MAX_VALUE, 10, 6_000_000);
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final EngineSetting CREDENTIALS = EngineSetting.of(ID, "credentials",
            "GOOGLE_APPLICATION_CREDENTIALS", "service-account key file (JSON)", null, false);
    private static final EngineSetting ACCESS_TOKEN = EngineSetting.of(ID, "access-token", "GOOGLE_ACCESS_TOKEN",
            "OAuth2 access token, instead of a key file", null, true);
    private static final EngineSetting PROJECT = EngineSetting.of(ID, "project", "GOOGLE_PROJECT",
            "Cloud project id or number", "the key file's project_id", false);
    private static final EngineSetting LOCATION = EngineSetting.of(ID, "location", "GOOGLE_LOCATION",
            "location; glossaries need a region", "global", false);
    private static final EngineSetting MODEL = EngineSetting.of(ID, "model", "GOOGLE_MODEL",
            "model path, e.g. .../models/general/nmt", null, false);
    private static final EngineSetting GLOSSARY = EngineSetting.of(ID, "glossary", "GOOGLE_GLOSSARY",
            "glossary id in the same location", null, false);
    private static final EngineSetting BASE_URL_SETTING = EngineSetting.of(ID, "base-url", "GOOGLE_TRANSLATE_BASE_URL",
            "API host", BASE_URL, false);

    public GoogleEngineProvider() {
        super(ID, "Google Cloud Translation v3 (service-account key file or access token); glossary supported",
                DOCUMENTED, TIMEOUT, CREDENTIALS, ACCESS_TOKEN, PROJECT, LOCATION, MODEL, GLOSSARY, BASE_URL_SETTING);
    }

    @Override
    protected TranslationEngine create(SettingsReader s) {
        String token = s.get(ACCESS_TOKEN).orElse(null);
        String keyFile = s.get(CREDENTIALS).orElse(null);
        GoogleCredentials credentials = null;
        String projectFromKey = null;
        if (token == null) {
            if (keyFile == null) {
                throw new EngineConfigurationException(ID, "Google credentials are missing. Set "
                        + CREDENTIALS.envVar() + " (or " + CREDENTIALS.key() + ") to a service-account key file, or "
                        + ACCESS_TOKEN.envVar() + " (or " + ACCESS_TOKEN.key() + ").");
            }
            credentials = load(Path.of(keyFile));
            if (credentials instanceof ServiceAccountCredentials sa) {
                projectFromKey = sa.getProjectId();
            }
        }
        String project = s.get(PROJECT).orElse(projectFromKey);
        if (project == null) {
            throw new EngineConfigurationException(ID, "Google Cloud project is missing. Set "
                    + SettingsReader.names(PROJECT) + ".");
        }
        GoogleConfig config = new GoogleConfig(s.uri(BASE_URL_SETTING, BASE_URL), project,
                s.get(LOCATION).orElse(LOCATION.defaultValue()), s.get(MODEL).orElse(null),
                s.get(GLOSSARY).orElse(null));
        EngineInfo info = new EngineInfo(ID, s.limits(DOCUMENTED), config.model(), false);
        AccessTokens tokens = token != null ? new AccessTokens.Fixed(token) : new AccessTokens.FromKeyFile(credentials);
        List<String> secrets = token == null ? List.of() : List.of(token);
        return new GoogleEngine(info, config, new GoogleClient(config, tokens,
                s.http("Google Cloud Translation", TIMEOUT, secrets)));
    }

    private static GoogleCredentials load(Path keyFile) {
        try (InputStream in = Files.newInputStream(keyFile)) {
            return GoogleCredentials.fromStream(in).createScoped(List.of(SCOPE));
        } catch (IOException | RuntimeException e) {
            throw new EngineConfigurationException(ID, "Cannot read the Google service-account key file " + keyFile
                    + " (" + e.getClass().getSimpleName() + "). Check " + SettingsReader.names(CREDENTIALS) + ".");
        }
    }
}
