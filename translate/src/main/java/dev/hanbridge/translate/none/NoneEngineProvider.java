package dev.hanbridge.translate.none;

import java.util.List;
import java.util.Optional;

import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.EngineSpec;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationEngineProvider;

/**
 * The prepare-only choice: no engine at all, so the chain is empty. Translation memory is applied,
 * nothing is machine-translated, and every export marks the rest as untranslated. The default
 * when no engine is configured.
 */
public final class NoneEngineProvider implements TranslationEngineProvider {

    public static final String ID = "none";
    private static final EngineSpec SPEC = new EngineSpec(ID,
            "prepare-only: translation memory is applied, the rest is left untranslated", List.of(),
            EngineLimits.UNLIMITED);

    @Override
    public EngineSpec spec() {
        return SPEC;
    }

    @Override
    public Optional<TranslationEngine> create(EngineSettings settings) {
        return Optional.empty();
    }
}
