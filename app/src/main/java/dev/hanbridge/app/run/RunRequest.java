package dev.hanbridge.app.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.hanbridge.export.ExportFormat;
import dev.hanbridge.export.Languages;
import dev.hanbridge.store.SpendLimits;

/**
 * What {@code hanbridge run} asks for.
 *
 * @param sourceLang the tag the exports give the Korean, e.g. {@code ko-KR}; {@code null} for the default
 * @param targetLang the target language, e.g. {@code en-US}, as exports write it and engines and the
 *     translation memory receive it; {@code null} for the default
 * @param limits spend limits given for this run; where one is {@code null} the configured default
 *     ({@code HANBRIDGE_MAX_CHARACTERS}, {@code HANBRIDGE_MAX_TOKENS}) applies, and 0 means none
 * @throws IllegalArgumentException when a tag is not a language tag, or the source is not Korean
 */
public record RunRequest(List<Path> inputs, String engine, Set<ExportFormat> formats, Path outDir,
        String sourceLang, String targetLang, SpendLimits limits) {

    /** A request with the configured spend limits. */
    public RunRequest(List<Path> inputs, String engine, Set<ExportFormat> formats, Path outDir, String sourceLang,
            String targetLang) {
        this(inputs, engine, formats, outDir, sourceLang, targetLang, SpendLimits.NONE);
    }

    public RunRequest {
        inputs = List.copyOf(inputs);
        formats = Set.copyOf(formats);
        limits = limits == null ? SpendLimits.NONE : limits;
        if (limits.maxCharacters() != null && limits.maxCharacters() < 0
                || limits.maxTokens() != null && limits.maxTokens() < 0) {
            throw new IllegalArgumentException("a spend limit cannot be negative (0 means none)");
        }
        sourceLang = Languages.canonical(sourceLang == null || sourceLang.isBlank() ? Languages.DEFAULT_SOURCE : sourceLang);
        targetLang = Languages.canonical(targetLang == null || targetLang.isBlank() ? Languages.DEFAULT_TARGET : targetLang);
        if (!sourceLang.toLowerCase(Locale.ROOT).startsWith("ko")) {
            throw new IllegalArgumentException("source language " + sourceLang + " is not Korean: hanbridge reads "
                    + "Korean articles; give a Korean tag such as ko-KR or ko");
        }
    }
}
