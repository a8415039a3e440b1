package dev.hanbridge.app.cli;

import java.util.Arrays;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.local.LocalEngineProvider;
import dev.hanbridge.translate.local.LocalSettings;
import dev.hanbridge.translate.local.models.ModelDownloadException;

/**
 * The engine a {@code hanbridge run} uses. An engine chosen with {@code --engine} or
 * {@code HANBRIDGE_ENGINE} is used as given; the default, {@code auto}, is the local model when
 * it is present, else {@code none}. Either way a local model that is missing but can be fetched
 * is fetched first, with a bar on the terminal. When {@code auto} ends as {@code none}, the
 * decision carries one line saying why and how to get the model; when a chosen {@code local}
 * cannot be fetched, the run does not start.
 */
final class EngineChoice {

    /**
     * @param engine what the run records: {@code auto} resolved
     * @param note   for a run left prepare-only by {@code auto}: why, and how to get the model; else null
     */
    record Decision(String engine, String note) {
    }

    private EngineChoice() {
    }

    /**
     * @throws EngineConfigurationException for a wrong local setting (the key is named)
     * @throws IllegalStateException        when a chosen local model cannot be fetched
     */
    static Decision decide(String requested, EngineRegistry registry, EngineSettings settings) {
        boolean auto = requested.strip().equals(EngineRegistry.AUTO);
        boolean local = auto || Arrays.stream(requested.split(",")).map(String::strip)
                .anyMatch(LocalEngineProvider.ID::equals);
        if (!local) {
            return new Decision(requested, null);
        }
        LocalSettings model = LocalSettings.read(settings);
        if (!model.present() && model.fetchable()) {
            DownloadBar bar = DownloadBar.onConsole(model.source(), model.folder());
            try {
                model.downloader().pull(model.source(), bar);
                bar.finished();
            } catch (ModelDownloadException e) {
                bar.abandoned();
                if (!auto) {
                    // No cause: the command line prints the deepest message, and this one says what to do.
                    throw new IllegalStateException(e.getMessage() + " Or choose another engine with --engine.");
                }
                return prepareOnly(e.getMessage());
            }
        }
        if (!auto) {
            return new Decision(requested, null);
        }
        try {
            registry.create(LocalEngineProvider.ID, settings);
            return new Decision(LocalEngineProvider.ID, null);
        } catch (EngineConfigurationException e) {
            return prepareOnly(e.getMessage()); // not fetchable, or the folder is unusable: the message says which
        }
    }

    private static Decision prepareOnly(String why) {
        return new Decision("none", "prepare-only (engine 'none'), no local model: " + why.replace('\n', ' '));
    }
}
