package dev.hanbridge.translate.openai;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates a model's reasoning from its answer in a reply's content. Open-weight reasoning models
 * served by Ollama, vLLM or llama.cpp (DeepSeek-R1 distills, QwQ, Qwen3 in thinking mode) write
 * their reasoning first, in a {@code <think>…</think>} block, then the answer. The reasoning may
 * hold drafts of the answer (a JSON object, a numbered list), so nothing is ever read from it.
 *
 * <p>Two quirks: some chat templates open the block in the prompt, so the content starts inside it
 * and only its end tag {@code </think>} appears; and a reply cut at the token limit may end inside
 * the block, with no answer at all.
 */
final class ThinkBlocks {

    private static final Pattern OPEN = Pattern.compile("^\\s*<(think|thinking)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE = Pattern.compile("</(think|thinking)>", Pattern.CASE_INSENSITIVE);

    private ThinkBlocks() {
    }

    /**
     * @param answer what follows the reasoning (the whole content when there is none); empty when
     *        the reply ended inside its reasoning
     * @param reasoned whether the content held reasoning
     * @param unterminated whether the content ended inside its reasoning (cut at the token limit)
     */
    record Split(String answer, boolean reasoned, boolean unterminated) {
    }

    static Split split(String content) {
        String rest = content == null ? "" : content;
        boolean reasoned = false;
        // A block may follow another (rare, but then both are reasoning).
        while (true) {
            Matcher open = OPEN.matcher(rest);
            if (!open.find()) {
                break;
            }
            reasoned = true;
            Matcher close = CLOSE.matcher(rest);
            if (!close.find(open.end())) {
                return new Split("", true, true);
            }
            rest = rest.substring(close.end());
        }
        if (!reasoned) {
            Matcher close = CLOSE.matcher(rest);
            if (close.find()) { // the template opened the block: all before its end is reasoning
                return new Split(rest.substring(close.end()).strip(), true, false);
            }
        }
        return new Split(rest.strip(), reasoned, false);
    }
}
