package dev.hanbridge.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSettings;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationEngineProvider;
import dev.hanbridge.translate.TranslationRequest;

/**
 * A test engine, plugged in through {@code META-INF/services} like a third-party one. It logs
 * every request to a file so that tests (even across processes) can count what was sent:
 * {@code BEGIN} when a request arrives, then, after the configured delay, one {@code SEG} line per
 * source. Its "translation" is a marker plus the source's length, never the source itself.
 */
public final class CountingEngineProvider implements TranslationEngineProvider {

    public static final String ID = "counting";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "test engine that counts requests";
    }

    @Override
    public TranslationEngine create(EngineSettings settings) {
        Path log = Path.of(settings.get("hanbridge.engines.counting.log").orElseThrow());
        long delayMs = Long.parseLong(settings.get("hanbridge.engines.counting.delay-ms").orElse("0"));
        int batch = Integer.parseInt(settings.get("hanbridge.engines.counting.batch").orElse("50"));
        return new TranslationEngine() {
            @Override
            public String id() {
                return ID;
            }

            @Override
            public EngineLimits limits() {
                return new EngineLimits(batch, 100_000, 400_000, 0);
            }

            @Override
            public List<String> translate(TranslationRequest request) {
                append(log, "BEGIN " + request.texts().size());
                append(log, "LANG " + request.sourceLang() + " " + request.targetLang());
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                request.texts().forEach(t -> append(log, "SEG " + t));
                return request.texts().stream().map(t -> "[en] sentence of " + t.length() + " characters").toList();
            }
        };
    }

    private static synchronized void append(Path log, String line) {
        try {
            Files.writeString(log, line.replace('\n', ' ') + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
