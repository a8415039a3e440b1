package dev.hanbridge.translate.openai;

import java.util.List;
import java.util.Map;

import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.MisalignedReplyException;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;

/**
 * Numbered segments in, a JSON object of translations out, checked by {@link ReplyParser}.
 * Temperature 0 for repeatable output; the server's JSON mode where it has one. A misaligned
 * answer is thrown as {@link MisalignedReplyException} with the tokens it cost: the driver
 * retries, then halves the batch.
 */
record OpenAiEngine(EngineInfo info, OpenAiConfig config, OpenAiClient client) implements TranslationEngine {

    @Override
    public TranslationReply translate(TranslationRequest request) {
        ChatMessages.Request body = new ChatMessages.Request(config.model(), List.of(
                new ChatMessages.Message("system", Prompt.SYSTEM),
                new ChatMessages.Message("user", Prompt.user(request))), 0.0,
                config.jsonMode() ? Map.of("type", "json_object") : null, false);
        ChatMessages.Response response = client.complete(body);
        ChatMessages.Choice choice = response.choices().get(0);
        long in = response.usage() == null ? 0 : response.usage().promptTokens();
        long out = response.usage() == null ? 0 : response.usage().completionTokens();
        if ("length".equals(choice.finishReason())) {
            throw new MisalignedReplyException(info.id(), "the model's answer was cut off at its token limit ("
                    + out + " tokens) for " + request.texts().size() + " segments", in, out);
        }
        List<String> targets;
        try {
            targets = ReplyParser.parse(info.id(), choice.message().content(), request.texts().size());
        } catch (MisalignedReplyException m) {
            throw new MisalignedReplyException(info.id(), m.getMessage(), in, out);
        }
        return new TranslationReply(targets, 0, in, out);
    }
}
