package dev.hanbridge.translate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Fixtures and settings for engine tests. */
public final class TestResources {

    private TestResources() {
    }

    /** A file under {@code src/test/resources/dev/hanbridge/translate/}. */
    public static String read(String path) {
        try (InputStream in = TestResources.class.getResourceAsStream("/dev/hanbridge/translate/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EngineSettings settings(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key));
    }
}
