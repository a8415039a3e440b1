package dev.hanbridge.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of hanbridge that writes the exports, as the build put it into {@code version.properties}. */
public final class ToolVersion {

    private static final String VERSION = load();

    private ToolVersion() {
    }

    /** E.g. {@code 0.1.0-SNAPSHOT}; {@code dev} when the resource was not filtered (an IDE build). */
    public static String current() {
        return VERSION;
    }

    private static String load() {
        // A resource rather than the jar manifest's Implementation-Version: the manifest is absent
        // when the classes run from target/classes (tests, the in-process CLI runs), and exports
        // written there must name a version too.
        Properties properties = new Properties();
        try (InputStream in = ToolVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read hanbridge's version.properties from the export jar", e);
        }
        String version = properties.getProperty("version", "");
        return version.isBlank() || version.startsWith("@") ? "dev" : version.strip();
    }
}
