package dev.hanbridge.translate.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.EngineSpec;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationEngineProvider;
import dev.hanbridge.translate.local.models.InstalledModel;
import dev.hanbridge.translate.local.models.ModelStore;

/**
 * The {@code local} engine: a Marian (OPUS-MT) model in ONNX, run in-process by
 * {@link MarianTranslator}. Creating it reads the model folder's small files (no network, no
 * ONNX Runtime); a folder that is missing or unusable is a configuration error naming the folder
 * and how to get the model.
 *
 * <p>One engine per model folder and options for the provider's life: every run of a process
 * (a server's many runs) shares the loaded model rather than loading hundreds of megabytes
 * again, and the SPI has no close for engines.
 */
public final class LocalEngineProvider implements TranslationEngineProvider {

    public static final String ID = LocalSettings.ENGINE;

    /** What one request carries by default: one model batch (8 segments) of inputs up to 512 tokens. */
    private static final EngineLimits DOCUMENTED = limits(8, 512);
    private static final EngineSpec SPEC = new EngineSpec(ID, "Marian (OPUS-MT) ko->en model in-process (ONNX "
            + "Runtime): no key, no server; the model is fetched on first use", LocalSettings.declared(), DOCUMENTED);

    private final Map<Key, LocalEngine> engines = new ConcurrentHashMap<>();

    @Override
    public EngineSpec spec() {
        return SPEC;
    }

    @Override
    public Optional<TranslationEngine> create(EngineSettings settings) {
        LocalSettings local = LocalSettings.read(settings);
        if (!local.present()) {
            throw new EngineConfigurationException(ID, "No local model in " + local.folder() + ". "
                    + local.howToGetIt());
        }
        ModelDescription model;
        try {
            model = MarianTranslator.inspect(local.folder(), local.options());
        } catch (LocalModelException e) {
            throw new EngineConfigurationException(ID, e.getMessage(), e);
        }
        EngineInfo info = new EngineInfo(ID, limits(local.options().batchSize(), model.maxInputTokens()),
                modelName(ModelStore.inspect(local.folder()), model), false);
        return Optional.of(engines.computeIfAbsent(new Key(local.folder(), local.options(), info),
                key -> new LocalEngine(info, local.folder(), local.options())));
    }

    /**
     * A request is one model batch. Its text is capped at a batch of inputs at the model's limit,
     * counting a character per token (Korean pieces are one or more characters): a segment over
     * the limit is split at clause boundaries by the runtime, but one longer than a whole batch
     * could hold is no sentence, and the driver reports it instead of sending it.
     */
    private static EngineLimits limits(int batchSize, int maxInputTokens) {
        return new EngineLimits(batchSize, (int) Math.min(Integer.MAX_VALUE, (long) batchSize * maxInputTokens),
                Integer.MAX_VALUE, 0, 0);
    }

    /**
     * What each translation records: the repository and revision a pulled folder came from, or
     * the folder's name; and {@code int8} for the quantized files, whose output differs a little.
     */
    static String modelName(InstalledModel installed, ModelDescription model) {
        String name = installed.pulled() ? installed.repository() + "@" + installed.revision() : installed.name();
        return model.quantized() ? name + " int8" : name;
    }

    private record Key(Path folder, MarianOptions options, EngineInfo info) {
    }
}
