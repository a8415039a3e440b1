package dev.hanbridge.translate.openai;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.EngineLimits;
import dev.hanbridge.translate.EngineSetting;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.http.RemoteEngineProvider;
import dev.hanbridge.translate.http.SettingsReader;

/**
 * An LLM behind an OpenAI-compatible chat-completions API. The key is optional because local
 * servers (Ollama at {@code http://localhost:11434/v1}, llama.cpp, vLLM) take none; OpenAI's own
 * host requires one.
 */
public final class OpenAiEngineProvider extends RemoteEngineProvider {

    public static final String ID = "openai";
    static final String OPENAI_URL = "https://api.openai.com/v1";
    /**
     * Not a provider limit but what keeps a batch's answer well inside a model's output budget: 20
     * sentences of Korean news come to about 4,000 characters in, some 2,000 tokens out.
     */
    static final EngineLimits DEFAULTS = new EngineLimits(20, 4000, Integer.MAX_VALUE, 5, 0);
    /**
     * Local models on a CPU take minutes for a batch. Reasoning models get
     * {@link OpenAiEngine#REASONING_TIMEOUT} unless request-timeout is set.
     */
    static final Duration TIMEOUT = Duration.ofSeconds(300);

    private static final EngineSetting BASE_URL = EngineSetting.of(ID, "base-url", "OPENAI_BASE_URL",
            "server's /v1 URL (Ollama: http://localhost:11434/v1)", OPENAI_URL, false);
    private static final EngineSetting API_KEY = EngineSetting.of(ID, "api-key", "OPENAI_API_KEY",
            "bearer key (not needed by local servers)", null, true);
    private static final EngineSetting MODEL = EngineSetting.of(ID, "model", "OPENAI_MODEL",
            "model name, e.g. gpt-4o-mini or qwen2.5:7b", null, false);
    private static final EngineSetting JSON_MODE = EngineSetting.of(ID, "json-mode", "OPENAI_JSON_MODE",
            "ask for response_format json_object (dropped by itself where the server refuses it)", "true", false);
    private static final EngineSetting REASONING_EFFORT = EngineSetting.of(ID, "reasoning-effort",
            "OPENAI_REASONING_EFFORT", "reasoning_effort for reasoning models: minimal, low, medium, high (GPT-5 also"
                    + " none)", null, false);
    private static final EngineSetting MAX_OUTPUT_TOKENS = EngineSetting.of(ID, "max-output-tokens",
            "OPENAI_MAX_OUTPUT_TOKENS", "output limit per request, reasoning included (default "
                    + ChatRequest.DEFAULT_CAP + ", reasoning models " + ChatRequest.REASONING_CAP + ")", null, false);

    public OpenAiEngineProvider() {
        super(ID, "LLM behind any OpenAI-compatible /chat/completions (OpenAI, DeepSeek, Ollama, vLLM, llama.cpp)",
                DEFAULTS, TIMEOUT, BASE_URL, API_KEY, MODEL, JSON_MODE, REASONING_EFFORT, MAX_OUTPUT_TOKENS);
    }

    private static int tokens(String value) {
        try {
            int n = Integer.parseInt(value.replace("_", "").replace(",", ""));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new EngineConfigurationException(ID, SettingsReader.names(MAX_OUTPUT_TOKENS)
                + " must be a whole number of 1 or more, not '" + value + "'.");
    }

    @Override
    protected TranslationEngine create(SettingsReader s) {
        URI base = s.uri(BASE_URL, OPENAI_URL);
        String key = s.get(API_KEY).orElse(null);
        if (key == null && "api.openai.com".equals(base.getHost())) {
            throw new EngineConfigurationException(ID, "OpenAI API key is missing. Set " + SettingsReader.names(API_KEY)
                    + ", or point " + BASE_URL.envVar() + " at a local server such as http://localhost:11434/v1.");
        }
        String model = s.require(MODEL, "The model to use (e.g. gpt-4o-mini, or qwen2.5:7b on Ollama)");
        String effort = s.get(REASONING_EFFORT).map(v -> v.toLowerCase(java.util.Locale.ROOT)).orElse(null);
        Integer cap = s.get(MAX_OUTPUT_TOKENS).map(OpenAiEngineProvider::tokens).orElse(null);
        OpenAiConfig config = new OpenAiConfig(base, key, model, s.flag(JSON_MODE, true), effort, cap,
                s.duration("request-timeout", null));
        // The model sees the article's title and neighbouring sentences in its prompt.
        EngineInfo info = new EngineInfo(ID, s.limits(DEFAULTS), model, true);
        return new OpenAiEngine(info, config, new OpenAiClient(config,
                s.http("OpenAI-compatible server " + base.getHost(), TIMEOUT, key == null ? List.of() : List.of(key))));
    }
}
