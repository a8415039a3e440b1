package dev.hanbridge.app.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.hanbridge.export.ExportFormat;
import dev.hanbridge.export.Languages;

/**
 * What {@code hanbridge run} asks for.
 *
 * @param sourceLang the tag the exports give the Korean, e.g. {@code ko-KR}; {@code null} for the default
 * @param targetLang the target language, e.g. {@code en-US}, as exports write it and engines and the
 *     translation memory receive it; {@code null} for the default
 * @throws IllegalArgumentException when a tag is not a language tag, or the source is not Korean
 */
public record RunRequest(List<Path> inputs, String engine, Set<ExportFormat> formats, Path outDir,
        String sourceLang, String targetLang) {

    public RunRequest {
        inputs = List.copyOf(inputs);
        formats = Set.copyOf(formats);
        sourceLang = Languages.canonical(sourceLang == null || sourceLang.isBlank() ? Languages.DEFAULT_SOURCE : sourceLang);
        targetLang = Languages.canonical(targetLang == null || targetLang.isBlank() ? Languages.DEFAULT_TARGET : targetLang);
        if (!sourceLang.toLowerCase(Locale.ROOT).startsWith("ko")) {
            throw new IllegalArgumentException("source language " + sourceLang + " is not Korean: hanbridge reads "
                    + "Korean articles; give a Korean tag such as ko-KR or ko");
        }
    }
}
