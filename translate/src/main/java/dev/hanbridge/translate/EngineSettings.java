package dev.hanbridge.translate;

import java.util.Optional;

/**
 * Where an engine reads its settings (keys, base URLs, limits). The application backs it with
 * Spring's environment, so a setting comes from configuration or the environment, never from the
 * command line.
 */
@FunctionalInterface
public interface EngineSettings {

    /** The value of {@code key}, e.g. {@code hanbridge.engines.deepl.api-key}. */
    Optional<String> get(String key);

    EngineSettings NONE = key -> Optional.empty();
}
