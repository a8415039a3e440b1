package dev.hanbridge.translate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An in-process engine whose answer to each request a test scripts; it records every request.
 * {@link Counting} plugs one in through {@code META-INF/services} like a third-party engine, for
 * tests that run the whole application, even in another process.
 */
public final class ScriptedEngine implements TranslationEngine {

    private final EngineInfo info;
    private final Function<List<String>, List<String>> script;
    /** Every request's texts, in the order the requests came. */
    public final List<List<String>> requests = Collections.synchronizedList(new ArrayList<>());
    /** Every request as the engine got it, context included. */
    public final List<TranslationRequest> full = Collections.synchronizedList(new ArrayList<>());

    /** @param script the targets for a request's texts; it may throw a TranslationException */
    public ScriptedEngine(String id, EngineLimits limits, Function<List<String>, List<String>> script) {
        this(EngineInfo.of(id, limits), script);
    }

    private ScriptedEngine(EngineInfo info, Function<List<String>, List<String>> script) {
        this.info = info;
        this.script = script;
    }

    /** The same engine, but one that sends context to its provider. */
    public ScriptedEngine usingContext() {
        return new ScriptedEngine(new EngineInfo(info.id(), info.limits(), info.model(), true), script);
    }

    public static List<String> tag(String engine, List<String> texts) {
        return texts.stream().map(t -> engine + ":" + t).toList();
    }

    @Override
    public EngineInfo info() {
        return info;
    }

    @Override
    public TranslationReply translate(TranslationRequest request) {
        requests.add(request.texts());
        full.add(request);
        return TranslationReply.of(script.apply(request.texts()));
    }

    public List<String> allTexts() {
        synchronized (requests) {
            return requests.stream().flatMap(List::stream).toList();
        }
    }

    /** A provider for it, so registries can build chains from it. */
    public TranslationEngineProvider provider() {
        EngineSpec spec = new EngineSpec(info.id(), "scripted test engine", List.of(), info.limits());
        return new TranslationEngineProvider() {
            @Override
            public EngineSpec spec() {
                return spec;
            }

            @Override
            public Optional<TranslationEngine> create(EngineSettings settings) {
                return Optional.of(ScriptedEngine.this);
            }
        };
    }

    /**
     * The engine {@code counting}, found through {@code META-INF/services}. It logs every request
     * to the file {@code hanbridge.engines.counting.log}, so that tests (even across processes) can
     * count what was sent: {@code LANG source target}, {@code BEGIN n} and one {@code RECV} line per source
     * when a request arrives (what the provider received, answered or not), then, after
     * {@code hanbridge.engines.counting.delay-ms}, one {@code SEG} line per source (what it answered). Its batches
     * hold {@code hanbridge.engines.counting.batch} texts (50 by default). Its "translation" is a
     * marker plus the source's length, never the source itself.
     */
    public static final class Counting implements TranslationEngineProvider {

        public static final String ID = "counting";
        private static final EngineSpec SPEC = new EngineSpec(ID, "test engine that counts requests", List.of(),
                EngineLimits.UNLIMITED);

        @Override
        public EngineSpec spec() {
            return SPEC;
        }

        @Override
        public Optional<TranslationEngine> create(EngineSettings settings) {
            Path log = Path.of(settings.get("hanbridge.engines.counting.log").orElseThrow(
                    () -> new EngineConfigurationException(ID, "Set hanbridge.engines.counting.log.")));
            long delayMs = Long.parseLong(settings.get("hanbridge.engines.counting.delay-ms").orElse("0"));
            int batch = Integer.parseInt(settings.get("hanbridge.engines.counting.batch").orElse("50"));
            ScriptedEngine scripted = new ScriptedEngine(ID, new EngineLimits(batch, 100_000, 400_000, 0), texts -> {
                append(log, "BEGIN " + texts.size());
                texts.forEach(t -> append(log, "RECV " + t));
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                texts.forEach(t -> append(log, "SEG " + t));
                return texts.stream().map(t -> "[en] sentence of " + t.length() + " characters").toList();
            });
            // The languages each request carries, for tests of what reaches an engine.
            return Optional.of(new TranslationEngine() {
                @Override
                public EngineInfo info() {
                    return scripted.info();
                }

                @Override
                public TranslationReply translate(TranslationRequest request) {
                    append(log, "LANG " + request.sourceLang() + " " + request.targetLang());
                    return scripted.translate(request);
                }
            });
        }

        /** The lines of such a log that start with {@code prefix} ({@code "BEGIN"}, {@code "SEG "}), in order. */
        public static List<String> lines(Path log, String prefix) {
            try {
                return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(l -> l.startsWith(prefix)).toList() : List.of();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static synchronized void append(Path log, String line) {
            try {
                Files.writeString(log, line.replace('\n', ' ') + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The engine {@code answers}, found through {@code META-INF/services}, for tests that run the whole
     * application: it answers each text with the target given for it in the UTF-8 file named by
     * {@code hanbridge.engines.answers.file}, one {@code source<TAB>target} line per sentence, and
     * rejects a text the file has no line for, as a provider rejects bad input.
     */
    public static final class Answers implements TranslationEngineProvider {

        public static final String ID = "answers";
        private static final EngineSpec SPEC = new EngineSpec(ID, "test engine with answers from a file", List.of(),
                EngineLimits.UNLIMITED);

        @Override
        public EngineSpec spec() {
            return SPEC;
        }

        @Override
        public Optional<TranslationEngine> create(EngineSettings settings) {
            Path file = Path.of(settings.get("hanbridge.engines.answers.file").orElseThrow(
                    () -> new EngineConfigurationException(ID, "Set hanbridge.engines.answers.file.")));
            Map<String, String> answers = new HashMap<>();
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String[] pair = line.split("\t", 2);
                    if (pair.length == 2) {
                        answers.put(pair[0], pair[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Optional.of(new ScriptedEngine(ID, EngineLimits.UNLIMITED, texts -> texts.stream().map(t -> {
                String answer = answers.get(t);
                if (answer == null) {
                    throw new PermanentTranslationException(ID, "answers has no line for '" + t + "'");
                }
                return answer;
            }).toList()));
        }
    }
}
