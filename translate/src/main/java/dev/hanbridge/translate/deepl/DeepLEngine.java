package dev.hanbridge.translate.deepl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.hanbridge.translate.EngineInfo;
import dev.hanbridge.translate.TranslationEngine;
import dev.hanbridge.translate.TranslationReply;
import dev.hanbridge.translate.TranslationRequest;

/** Maps a batch of segments to a DeepL request and its answer back to one target per segment. */
record DeepLEngine(EngineInfo info, DeepLConfig config, DeepLClient client) implements TranslationEngine {

    /** DeepL bills nothing for context, but a huge one only slows it down. */
    private static final int MAX_CONTEXT = 2000;

    @Override
    public TranslationReply translate(TranslationRequest request) {
        DeepLRequest body = new DeepLRequest(request.texts(), request.sourceLang().toUpperCase(Locale.ROOT),
                targetLang(request.targetLang()), config.sendContext() ? context(request) : null, config.glossaryId(),
                true);
        List<String> targets = new ArrayList<>();
        long billed = 0;
        for (DeepLResponse.Translation t : client.translate(body).translations()) {
            targets.add(t.text());
            billed += t.billedCharacters() == null ? 0 : t.billedCharacters();
        }
        return new TranslationReply(targets, billed, 0, 0);
    }

    /** DeepL's codes: {@code EN} alone is deprecated as a target, so plain English means EN-US. */
    String targetLang(String bcp47) {
        if (config.targetLang() != null) {
            return config.targetLang();
        }
        String t = bcp47.toUpperCase(Locale.ROOT).replace('_', '-');
        return t.equals("EN") ? "EN-US" : t;
    }

    private static String context(TranslationRequest request) {
        StringBuilder c = new StringBuilder();
        var ctx = request.context();
        if (ctx.title() != null && !ctx.title().isBlank()) {
            c.append(ctx.title()).append('\n');
        }
        ctx.before().forEach(s -> c.append(s).append('\n'));
        ctx.after().forEach(s -> c.append(s).append('\n'));
        String text = c.toString().strip();
        if (text.isEmpty()) {
            return null;
        }
        return text.length() <= MAX_CONTEXT ? text : text.substring(0, MAX_CONTEXT);
    }
}
