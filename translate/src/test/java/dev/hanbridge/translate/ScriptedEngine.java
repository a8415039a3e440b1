package dev.hanbridge.translate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** An in-memory engine whose behaviour per request a test scripts; it records every request. */
public final class ScriptedEngine implements TranslationEngine {

    private final String id;
    private final EngineLimits limits;
    private final Function<List<String>, List<String>> script;
    public final List<List<String>> requests = Collections.synchronizedList(new ArrayList<>());
    private boolean context;
    public final List<TranslationRequest> full = Collections.synchronizedList(new ArrayList<>());

    /** @param script the targets for a request's texts; it may throw a TranslationException */
    public ScriptedEngine(String id, EngineLimits limits, Function<List<String>, List<String>> script) {
        this.id = id;
        this.limits = limits;
        this.script = script;
    }

    /** Makes it an engine that sends context to its provider. */
    public ScriptedEngine usingContext() {
        context = true;
        return this;
    }

    @Override
    public boolean usesContext() {
        return context;
    }

    public static List<String> tag(String engine, List<String> texts) {
        return texts.stream().map(t -> engine + ":" + t).toList();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public EngineLimits limits() {
        return limits;
    }

    @Override
    public List<String> translate(TranslationRequest request) {
        requests.add(request.texts());
        full.add(request);
        return script.apply(request.texts());
    }

    public List<String> allTexts() {
        synchronized (requests) {
            return requests.stream().flatMap(List::stream).toList();
        }
    }

    /** A provider for it, so registries can build chains from it. */
    public TranslationEngineProvider provider() {
        ScriptedEngine self = this;
        return new TranslationEngineProvider() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return "scripted test engine";
            }

            @Override
            public TranslationEngine create(EngineSettings settings) {
                return self;
            }
        };
    }
}
