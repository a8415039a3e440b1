package dev.hanbridge.translate.local;

import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.PermanentTranslationException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;

/**
 * A model folder run in-process. The model is loaded into ONNX Runtime on the first request, not
 * when the engine is created (listing engines and checking a run's settings create it too), and
 * stays loaded for the engine's life.
 *
 * <p>Requests are served one at a time. ONNX Runtime would run them at once, but each call
 * already spreads its matrix work over every core ({@code threads}, one per core by default), so
 * the translate step's article threads would only take turns on the same cores, each holding its
 * own key-value cache in memory.
 */
final class LocalEngine implements TranslationEngine {

    private final EngineInfo info;
    private final Path folder;
    private final MarianOptions options;
    private final ReentrantLock turn = new ReentrantLock(true);
    private MarianTranslator translator; // guarded by turn

    LocalEngine(EngineInfo info, Path folder, MarianOptions options) {
        this.info = info;
        this.folder = folder;
        this.options = options;
    }

    @Override
    public EngineInfo info() {
        return info;
    }

    @Override
    public TranslationReply translate(TranslationRequest request) {
        turn.lock();
        try {
            return TranslationReply.of(translator().translate(request.texts()));
        } catch (SegmentTooLongException e) {
            // The driver halves the batch until this segment is alone, then reports it untranslated.
            throw new PermanentTranslationException(info.id(), "The segment " + e.problem(), e);
        } finally {
            turn.unlock();
        }
    }

    private MarianTranslator translator() {
        if (translator == null) {
            try {
                translator = MarianTranslator.open(folder, options);
            } catch (LocalModelException e) {
                throw new EngineConfigurationException(info.id(), e.getMessage(), e);
            }
        }
        return translator;
    }

    /** Whether the model has been loaded (for tests: creating the engine must not load it). */
    boolean loaded() {
        turn.lock();
        try {
            return translator != null;
        } finally {
            turn.unlock();
        }
    }
}
