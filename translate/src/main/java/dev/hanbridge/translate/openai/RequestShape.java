package dev.hanbridge.translate.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a chat-completions request carries besides the prompt, as far as models differ in what
 * they accept: first guessed from the model's name where the provider documents the family, then
 * corrected from what the server refuses ({@link #after(Refusal)}). Immutable; the engine keeps
 * the current one for every thread of the run.
 *
 * @param temperature what to send as {@code temperature}
 * @param cap the name of the output-token limit, or none
 * @param capRefusals how often the server refused a name of the limit (after two, none is sent)
 * @param role the role the instructions go in
 * @param jsonMode whether to send {@code response_format: {"type": "json_object"}}
 * @param reasoningEffort whether to send the configured {@code reasoning_effort}
 * @param stream whether to send {@code stream: false} (some servers refuse the field)
 * @param thinking whether the model reasons before it answers: a larger output limit and a longer
 *        timeout by default
 */
record RequestShape(Temperature temperature, Cap cap, int capRefusals, Role role, boolean jsonMode,
        boolean reasoningEffort, boolean stream, boolean thinking) {

    /** What to send as temperature. */
    enum Temperature {
        /** Greedy, for repeatable translations. */
        ZERO(0.0),
        /**
         * For models that reason in the open (DeepSeek-R1 and its distills, QwQ, Qwen3 thinking):
         * their model cards ask for 0.6 and warn that greedy decoding makes them repeat endlessly.
         */
        SAMPLED(0.6),
        /** Left out: the model takes only its default (OpenAI's o-series and GPT-5). */
        DEFAULT(null);

        final Double value;

        Temperature(Double value) {
            this.value = value;
        }
    }

    /** The name of the output-token limit. */
    enum Cap {
        MAX_TOKENS("max_tokens"), MAX_COMPLETION_TOKENS("max_completion_tokens"), NONE(null);

        final String param;

        Cap(String param) {
            this.param = param;
        }
    }

    /** Where the instructions (the system prompt) go. */
    enum Role {
        SYSTEM, DEVELOPER,
        /** No instructions role at all (o1-mini, o1-preview): the instructions open the user message. */
        USER
    }

    /**
     * The shape for a model by its name.
     *
     * <p>OpenAI's reasoning models (the o-series and GPT-5, see {@link #isOpenAiReasoning}) take
     * {@code max_completion_tokens} and not {@code max_tokens}, only the default temperature, take
     * {@code reasoning_effort}, and take instructions as {@code developer} messages, which replace
     * {@code system} messages from o1 on (OpenAI API reference, Chat Completions: messages,
     * max_completion_tokens, reasoning_effort; the reasoning models guide). o1-mini and o1-preview
     * take neither system nor developer messages and no {@code response_format}.
     *
     * <p>DeepSeek's {@code deepseek-reasoner} ignores temperature (DeepSeek API docs, "Reasoning
     * Model": temperature, top_p and penalties "will not trigger an error but will also have no
     * effect"), so it is not sent; its limit stays {@code max_tokens}, the name DeepSeek documents.
     */
    static RequestShape forModel(String model, boolean jsonMode, boolean reasoningEffort) {
        String name = bare(model);
        if (isOpenAiReasoning(name)) {
            boolean early = name.startsWith("o1-mini") || name.startsWith("o1-preview");
            return new RequestShape(Temperature.DEFAULT, Cap.MAX_COMPLETION_TOKENS, 0,
                    early ? Role.USER : Role.DEVELOPER, jsonMode && !early, reasoningEffort, true, true);
        }
        if (name.equals("deepseek-reasoner")) {
            return new RequestShape(Temperature.DEFAULT, Cap.MAX_TOKENS, 0, Role.SYSTEM, jsonMode, reasoningEffort,
                    true, true);
        }
        if (thinksInTheOpen(name)) {
            return new RequestShape(Temperature.SAMPLED, Cap.MAX_TOKENS, 0, Role.SYSTEM, jsonMode, reasoningEffort,
                    true, true);
        }
        return new RequestShape(Temperature.ZERO, Cap.MAX_TOKENS, 0, Role.SYSTEM, jsonMode, reasoningEffort, true,
                false);
    }

    /** o1, o1-mini, o3, o3-mini, o3-pro, o4-mini and dated versions; gpt-5, gpt-5-mini, gpt-5.1 …, not gpt-5-chat. */
    static boolean isOpenAiReasoning(String name) {
        return name.matches("o[134](-.*)?") || name.startsWith("gpt-5") && !name.contains("-chat");
    }

    /**
     * Open-weight models that write their reasoning into the answer (in a {@code <think>} block) or
     * a {@code reasoning_content} field: DeepSeek-R1 and its distills, QwQ, Qwen3 (thinking by
     * default; its -instruct versions do not think), and names that say so.
     */
    static boolean thinksInTheOpen(String name) {
        return name.contains("deepseek-r1") || name.contains("r1-distill") || name.startsWith("qwq")
                || name.startsWith("qwen3") && !name.contains("instruct") || name.contains("think")
                || name.contains("reason");
    }

    /** {@code openai/o3-mini} and {@code O3-Mini} are {@code o3-mini}; Ollama's {@code qwen3:8b} stays. */
    static String bare(String model) {
        String m = model.toLowerCase(Locale.ROOT).strip();
        return m.substring(m.lastIndexOf('/') + 1);
    }

    /**
     * The shape without what the server refused, or empty when there is nothing left to drop or
     * rename: then the refusal stops the engine. Each change can happen once (a limit's name twice),
     * so a server refusing everything ends after a few requests.
     */
    Optional<RequestShape> after(Refusal refusal) {
        String param = refusal.refusedParameter();
        if (param == null) {
            return Optional.empty();
        }
        switch (param) {
            case "temperature":
                return temperature != Temperature.DEFAULT ? Optional.of(withTemperature(Temperature.DEFAULT))
                        : Optional.empty();
            case "max_tokens":
            case "max_completion_tokens":
                if (cap == Cap.NONE || !param.equals(cap.param)) {
                    return Optional.empty();
                }
                // The other name where the server does not know this one; none where it refuses the value.
                Cap next = refusal.unknownParameter() && capRefusals == 0
                        ? (cap == Cap.MAX_TOKENS ? Cap.MAX_COMPLETION_TOKENS : Cap.MAX_TOKENS) : Cap.NONE;
                return Optional.of(new RequestShape(temperature, next, capRefusals + 1, role, jsonMode,
                        reasoningEffort, stream, thinking));
            case "response_format":
                return jsonMode ? Optional.of(new RequestShape(temperature, cap, capRefusals, role, false,
                        reasoningEffort, stream, thinking)) : Optional.empty();
            case "reasoning_effort":
                return reasoningEffort ? Optional.of(new RequestShape(temperature, cap, capRefusals, role, jsonMode,
                        false, stream, thinking)) : Optional.empty();
            case "stream":
                return stream ? Optional.of(new RequestShape(temperature, cap, capRefusals, role, jsonMode,
                        reasoningEffort, false, thinking)) : Optional.empty();
            case "role":
                return role == Role.USER ? Optional.empty() : Optional.of(new RequestShape(temperature, cap,
                        capRefusals, role == Role.SYSTEM ? Role.DEVELOPER : Role.USER, jsonMode, reasoningEffort,
                        stream, thinking));
            default:
                return Optional.empty();
        }
    }

    /** The server's answer to a request that cut its limit short: send none, the server picks. */
    Optional<RequestShape> withoutCap() {
        return cap == Cap.NONE ? Optional.empty()
                : Optional.of(new RequestShape(temperature, Cap.NONE, capRefusals, role, jsonMode, reasoningEffort,
                        stream, thinking));
    }

    /** The model turned out to reason before answering: a larger limit, a longer wait, no greedy decoding. */
    RequestShape thinkingLearned() {
        return thinking ? this : new RequestShape(temperature == Temperature.ZERO ? Temperature.SAMPLED : temperature,
                cap, capRefusals, role, jsonMode, reasoningEffort, stream, true);
    }

    private RequestShape withTemperature(Temperature t) {
        return new RequestShape(t, cap, capRefusals, role, jsonMode, reasoningEffort, stream, thinking);
    }

    /** How it differs from a plain chat request, for {@code hanbridge engines --check}; empty when it does not. */
    String describe() {
        List<String> parts = new ArrayList<>();
        if (temperature == Temperature.DEFAULT) {
            parts.add("no temperature");
        } else if (temperature == Temperature.SAMPLED) {
            parts.add("temperature 0.6");
        }
        if (cap != Cap.MAX_TOKENS) {
            parts.add(cap == Cap.NONE ? "no output limit" : cap.param);
        }
        if (role != Role.SYSTEM) {
            parts.add(role == Role.DEVELOPER ? "developer message" : "instructions in the user message");
        }
        if (!jsonMode) {
            parts.add("JSON asked for in the prompt only");
        }
        if (!stream) {
            parts.add("no stream field");
        }
        if (thinking) {
            parts.add("reasoning model");
        }
        return String.join(", ", parts);
    }
}
