package dev.hanbridge.translate;

import java.util.List;

/**
 * What a provider declares about its engine before any is created: what {@code hanbridge engines}
 * lists and error messages name.
 *
 * @param id what {@code --engine} takes
 * @param description one line on the engine
 * @param settings every setting the provider reads
 * @param documentedLimits the provider's documented limits, shown while the engine is not configured
 */
public record EngineSpec(String id, String description, List<EngineSetting> settings, EngineLimits documentedLimits) {

    public EngineSpec {
        settings = List.copyOf(settings);
    }
}
