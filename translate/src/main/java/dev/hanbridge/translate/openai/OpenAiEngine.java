package dev.hanbridge.translate.openai;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.MisalignedReplyException;
import dev.hanbridge.translate.PermanentTranslationException;
import dev.hanbridge.translate.TransientTranslationException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationException;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;

/**
 * Numbered segments in, a JSON object of translations out, checked by {@link ReplyParser}.
 * Temperature 0 for repeatable output where the model takes it; the server's JSON mode where it
 * has one. A misaligned answer is thrown as {@link MisalignedReplyException} with the tokens it
 * cost: the driver retries, then splits the batch.
 *
 * <p>What the request carries besides the prompt ({@link RequestShape}) starts from the model's
 * name and is corrected from the server's refusals: a refused parameter is dropped or renamed, the
 * request is tried again at once, and every later request of the run, on every thread, goes
 * without it. A refusal nothing can be dropped for stops the engine with a message naming it.
 * Reasoning, in a {@code <think>} block or a field of its own, is never read for a translation.
 */
final class OpenAiEngine implements TranslationEngine {

    private static final Logger log = LoggerFactory.getLogger(OpenAiEngine.class);

    /**
     * How long to wait for a reasoning model's answer when request-timeout is not set: long enough
     * for the whole {@link ChatRequest#REASONING_CAP} at about 30 tokens a second, the pace of the
     * slower hosted reasoning models and of a distilled R1 on a workstation GPU. Ordinary models
     * get the provider's {@link OpenAiEngineProvider#TIMEOUT}.
     */
    static final Duration REASONING_TIMEOUT = Duration.ofSeconds(900);

    private final EngineInfo info;
    private final OpenAiConfig config;
    private final OpenAiClient client;
    private final AtomicReference<RequestShape> shape;

    OpenAiEngine(EngineInfo info, OpenAiConfig config, OpenAiClient client) {
        this.info = info;
        this.config = config;
        this.client = client;
        this.shape = new AtomicReference<>(RequestShape.forModel(config.model(), config.jsonMode(),
                config.reasoningEffort() != null));
    }

    @Override
    public EngineInfo info() {
        return info;
    }

    OpenAiConfig config() {
        return config;
    }

    /** What requests carry now, besides the prompt. */
    RequestShape shape() {
        return shape.get();
    }

    @Override
    public long tokenBound(TranslationRequest request) {
        return new ChatRequest(config, shape.get(), request).tokenBound();
    }

    @Override
    public TranslationReply translate(TranslationRequest request) {
        RequestShape sent = shape.get();
        ChatMessages.Response response;
        try {
            response = client.complete(new ChatRequest(config, sent, request).json(), timeout(sent));
        } catch (OpenAiClient.Refused refused) {
            throw learn(sent, refused);
        }
        ChatMessages.Choice choice = response.choices().get(0);
        ChatMessages.Usage usage = response.usage();
        long in = usage == null ? 0 : usage.promptTokens();
        long out = usage == null ? 0 : usage.completionTokens();
        long reasoning = usage == null ? 0 : usage.reasoningTokens();
        ThinkBlocks.Split split = ThinkBlocks.split(choice.message().content());
        if ((split.reasoned() || choice.message().reasoned() || reasoning > 0) && !sent.thinking()) {
            RequestShape thinking = shape.updateAndGet(RequestShape::thinkingLearned);
            log.info("{} reasons before it answers; its requests now carry: {}", config.model(), thinking.describe());
        }
        int n = request.texts().size();
        if (split.unterminated() || "length".equals(choice.finishReason()) && split.answer().isEmpty()
                && (split.reasoned() || choice.message().reasoned() || reasoning > 0)) {
            throw new MisalignedReplyException(info.id(), "the model's reasoning was cut off at its output limit ("
                    + out + " tokens) before it answered, for " + n + " segments (if it recurs, raise "
                    + "OPENAI_MAX_OUTPUT_TOKENS or lower OPENAI_REASONING_EFFORT)", in, out, reasoning);
        }
        if ("length".equals(choice.finishReason())) {
            throw new MisalignedReplyException(info.id(), "the model's answer was cut off at its output limit ("
                    + out + " tokens) for " + n + " segments", in, out, reasoning);
        }
        List<String> targets;
        try {
            targets = ReplyParser.parse(info.id(), split.answer(), n);
        } catch (MisalignedReplyException m) {
            throw new MisalignedReplyException(info.id(), m.getMessage(), in, out, reasoning);
        }
        return new TranslationReply(targets, 0, in, out, reasoning);
    }

    /** How long the next request waits for its answer. */
    Duration timeout() {
        return timeout(shape.get());
    }

    private Duration timeout(RequestShape s) {
        if (config.requestTimeout() != null) {
            return config.requestTimeout();
        }
        return s.thinking() ? REASONING_TIMEOUT : client.requestTimeout();
    }

    /**
     * What a 400 means: a parameter to drop (the request goes again at once, as a transient failure
     * with no wait), a context too small (the batch is split; single segments that still do not
     * fit stop the engine after a few), a parameter nothing can be done about (stops the engine), or
     * this input refused.
     */
    private TranslationException learn(RequestShape sent, OpenAiClient.Refused refused) {
        Refusal refusal = refused.refusal;
        Optional<RequestShape> fixed = refusal.contextTooSmall() && mentionsTheLimit(refusal) ? sent.withoutCap()
                : sent.after(refusal);
        if (fixed.isPresent()) {
            shape.compareAndSet(sent, fixed.get());
            String what = refusal.contextTooSmall() ? "an output limit that does not fit the model's context"
                    : "'" + refusal.refusedParameter() + "'";
            log.warn("{} refused {} for {} ({}); from now on its requests carry: {}", client.label(), what,
                    config.model(), client.scrub(refusal.said()), fixed.get().describe());
            return new TransientTranslationException(info.id(), client.label() + " refused " + what + " (HTTP "
                    + refusal.status() + ": " + client.scrub(refusal.said()) + "); sending the request again without"
                    + " it", Duration.ZERO, null);
        }
        if (refusal.contextTooSmall()) {
            return new PermanentTranslationException(info.id(), client.label() + " says the request does not fit "
                    + config.model() + "'s context (HTTP " + refusal.status() + "); the batch will be split. If single"
                    + " segments do not fit either, choose a model with a larger context (OPENAI_MODEL) or give the"
                    + " server a larger one (Ollama: num_ctx; vLLM: --max-model-len).");
        }
        String param = refusal.refusedParameter();
        if (param != null) {
            return new EngineConfigurationException(info.id(), client.label() + " refused '" + param + "' for "
                    + config.model() + " (HTTP " + refusal.status() + ": " + client.scrub(refusal.said()) + ") and the"
                    + " request cannot go without it. Check OPENAI_MODEL, and OPENAI_BASE_URL if the server is not"
                    + " OpenAI-compatible.");
        }
        return client.failure(refusal, refused.result);
    }

    /** vLLM's context error counts the requested output in ("… 4000 in the messages, 25000 in the completion"). */
    private static boolean mentionsTheLimit(Refusal refusal) {
        String m = refusal.message() == null ? "" : refusal.message().toLowerCase(java.util.Locale.ROOT);
        return m.contains("completion") || m.contains("max_tokens") || m.contains("max_completion_tokens");
    }
}
