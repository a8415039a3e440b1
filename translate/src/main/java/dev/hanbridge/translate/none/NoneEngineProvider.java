package dev.hanbridge.translate.none;

import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationEngineProvider;
import dev.hanbridge.translate.TranslationRequest;

/**
 * The prepare-only engine: translation memory is applied, nothing is machine-translated, and
 * every export marks the rest as untranslated. The default when no engine is configured.
 */
public final class NoneEngineProvider implements TranslationEngineProvider {

    public static final String ID = "none";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "prepare-only: translation memory is applied, the rest is left untranslated";
    }

    @Override
    public TranslationEngine create(EngineSettings settings) {
        return new NoneEngine();
    }

    static final class NoneEngine implements TranslationEngine {

        @Override
        public String id() {
            return ID;
        }

        @Override
        public EngineLimits limits() {
            return EngineLimits.UNLIMITED;
        }

        @Override
        public boolean machineTranslates() {
            return false;
        }

        @Override
        public java.util.List<String> translate(TranslationRequest request) {
            throw new UnsupportedOperationException("the 'none' engine translates nothing; callers check machineTranslates()");
        }
    }
}
