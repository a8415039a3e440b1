package dev.hanbridge.translate.local.models;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Where a model's files come from: a Hugging Face–style host, a repository, a revision and the
 * files to fetch.
 *
 * @param baseUrl    the host, {@code https://huggingface.co} by default; files are fetched from
 *                   {@code {baseUrl}/{repository}/resolve/{revision}/{path}}
 * @param repository {@code owner/name}
 * @param revision   a branch, tag or commit
 * @param files      paths inside the repository
 * @param sha256     expected SHA-256 per path; when it covers every file the host's API is not
 *                   asked (a mirror without it works), otherwise checksums come from
 *                   {@code GET {baseUrl}/api/models/{repository}/tree/{revision}?recursive=true}
 */
public record ModelSource(URI baseUrl, String repository, String revision, List<String> files,
        Map<String, String> sha256) {

    public static final URI HUGGING_FACE = URI.create("https://huggingface.co");
    public static final String DEFAULT_REPOSITORY = "Xenova/opus-mt-ko-en";

    /** The int8 files of an OPUS-MT model in the layout of Xenova's ONNX repositories. */
    public static final List<String> QUANTIZED_FILES = List.of("config.json", "generation_config.json",
            "tokenizer_config.json", "vocab.json", "source.spm", "target.spm", "onnx/encoder_model_quantized.onnx",
            "onnx/decoder_model_merged_quantized.onnx");

    public ModelSource {
        String base = baseUrl.toString();
        baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        if (!repository.matches("[A-Za-z0-9][\\w.-]*/[\\w.-]+") || repository.contains("..")) {
            throw new IllegalArgumentException("A model repository is owner/name, got \"" + repository + "\"");
        }
        if (revision.isBlank() || files.isEmpty()) {
            throw new IllegalArgumentException("A model source needs a revision and at least one file");
        }
        for (String file : files) {
            if (file.startsWith("/") || file.contains("..") || file.contains("\\")) {
                throw new IllegalArgumentException("A model file is a relative path inside the repository, got \""
                        + file + "\"");
            }
        }
        files = List.copyOf(files);
        sha256 = Map.copyOf(sha256);
    }

    /** {@value #DEFAULT_REPOSITORY} at {@code main}, quantized files, from Hugging Face. */
    public static ModelSource defaultKoreanEnglish() {
        return new ModelSource(HUGGING_FACE, DEFAULT_REPOSITORY, "main", QUANTIZED_FILES, Map.of());
    }

    public ModelSource withBaseUrl(URI value) {
        return new ModelSource(value, repository, revision, files, sha256);
    }

    public ModelSource withRepository(String value) {
        return new ModelSource(baseUrl, value, revision, files, sha256);
    }

    public ModelSource withRevision(String value) {
        return new ModelSource(baseUrl, repository, value, files, sha256);
    }

    public ModelSource withFiles(List<String> value) {
        return new ModelSource(baseUrl, repository, revision, value, sha256);
    }

    public ModelSource withSha256(Map<String, String> value) {
        return new ModelSource(baseUrl, repository, revision, files, value);
    }

    /** The cache folder name: {@code owner--name}, as Hugging Face's own cache spells repositories. */
    public String folderName() {
        return repository.replace("/", "--");
    }
}
