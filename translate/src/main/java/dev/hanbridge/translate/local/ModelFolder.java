package dev.hanbridge.translate.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files of one Marian model folder. ONNX files are looked for beside the JSON files (the
 * layout {@code optimum-cli export onnx} writes) and in {@code onnx/} (the layout of the
 * Hugging Face Hub repositories that carry ONNX exports, such as {@code Xenova/opus-mt-ko-en}).
 */
final class ModelFolder {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    final Path root;
    final Path encoder;
    /** The merged decoder, or null when the split pair is used. */
    final Path mergedDecoder;
    final Path firstDecoder;
    final Path decoderWithPast;
    final boolean quantized;
    final Path sourceSpm;
    final JsonNode config;
    final JsonNode generationConfig;
    final JsonNode tokenizerConfig;
    final Map<String, Integer> vocab;
    final List<Path> files = new ArrayList<>();

    private ModelFolder(Path root, MarianOptions options) {
        this.root = root;
        if (!Files.isDirectory(root)) {
            throw new LocalModelException("The model folder " + root + " does not exist. Copy a Marian ONNX model "
                    + "folder there (config.json, vocab.json, source.spm, target.spm and the ONNX files).");
        }
        List<String> missing = new ArrayList<>();
        for (String name : List.of("config.json", "vocab.json", "source.spm", "target.spm")) {
            if (!Files.isRegularFile(root.resolve(name))) {
                missing.add(name);
            }
        }
        OnnxChoice onnx = OnnxChoice.find(root, options);
        if (onnx.missing != null) {
            missing.add(onnx.missing);
        }
        if (!missing.isEmpty()) {
            throw new LocalModelException("The model folder " + root + " is incomplete: missing " + String.join(", ",
                    missing) + ". Copy the complete model folder there, or fetch it again.");
        }
        this.encoder = onnx.encoder;
        this.mergedDecoder = onnx.merged;
        this.firstDecoder = onnx.first;
        this.decoderWithPast = onnx.withPast;
        this.quantized = onnx.quantized;
        this.sourceSpm = root.resolve("source.spm");
        this.config = readJson(root.resolve("config.json"), true);
        this.generationConfig = readJson(root.resolve("generation_config.json"), false);
        this.tokenizerConfig = readJson(root.resolve("tokenizer_config.json"), false);
        if (tokenizerConfig.path("separate_vocabs").asBoolean(false)) {
            throw new LocalModelException("The model in " + root + " has separate source and target vocabularies "
                    + "(separate_vocabs in tokenizer_config.json), which the local engine does not implement.");
        }
        this.vocab = readVocab(root.resolve("vocab.json"));
        for (Path file : new Path[] {encoder, mergedDecoder, firstDecoder, decoderWithPast}) {
            if (file != null) {
                files.add(file);
            }
        }
        for (String name : List.of("config.json", "generation_config.json", "tokenizer_config.json", "vocab.json",
                "source.spm", "target.spm")) {
            if (Files.isRegularFile(root.resolve(name))) {
                files.add(root.resolve(name));
            }
        }
    }

    static ModelFolder open(Path root, MarianOptions options) {
        return new ModelFolder(root.toAbsolutePath().normalize(), options);
    }

    boolean merged() {
        return mergedDecoder != null;
    }

    long sizeBytes() {
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
            } catch (IOException e) {
                throw new LocalModelException("Cannot read the size of " + file + ": " + e.getMessage(), e);
            }
        }
        return total;
    }

    List<String> relativeFiles() {
        return files.stream().map(f -> root.relativize(f).toString()).toList();
    }

    private JsonNode readJson(Path file, boolean required) {
        if (!required && !Files.isRegularFile(file)) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new LocalModelException("The file " + file + " is not valid JSON (" + e.getOriginalMessage()
                    + "). Fetch the model folder again.", e);
        }
    }

    private Map<String, Integer> readVocab(Path file) {
        JsonNode tree = readJson(file, true);
        Map<String, Integer> result = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : tree.properties()) {
            if (!entry.getValue().isIntegralNumber()) {
                throw new LocalModelException("vocab.json in " + root + " maps " + entry.getKey()
                        + " to something other than an id. Fetch the model folder again.");
            }
            result.put(entry.getKey(), entry.getValue().asInt());
        }
        return result;
    }

    /** Which encoder and decoder files to run, by precision and layout. */
    private static final class OnnxChoice {
        Path encoder;
        Path merged;
        Path first;
        Path withPast;
        boolean quantized;
        String missing;

        static OnnxChoice find(Path root, MarianOptions options) {
            List<Boolean> precisions = switch (options.precision()) {
                case AUTO -> List.of(true, false);
                case QUANTIZED -> List.of(true);
                case FULL -> List.of(false);
            };
            List<String> tried = new ArrayList<>();
            for (boolean quantized : precisions) {
                String suffix = quantized ? "_quantized.onnx" : ".onnx";
                Path encoder = locate(root, "encoder_model" + suffix);
                Path merged = options.layout() == MarianOptions.DecoderLayout.SPLIT ? null
                        : locate(root, "decoder_model_merged" + suffix);
                Path first = options.layout() == MarianOptions.DecoderLayout.MERGED ? null
                        : locate(root, "decoder_model" + suffix);
                Path withPast = options.layout() == MarianOptions.DecoderLayout.MERGED ? null
                        : locate(root, "decoder_with_past_model" + suffix);
                if (encoder != null && (merged != null || (first != null && withPast != null))) {
                    OnnxChoice choice = new OnnxChoice();
                    choice.encoder = encoder;
                    choice.quantized = quantized;
                    if (merged != null) {
                        choice.merged = merged;
                    } else {
                        choice.first = first;
                        choice.withPast = withPast;
                    }
                    return choice;
                }
                String decoders = switch (options.layout()) {
                    case MERGED -> "decoder_model_merged" + suffix;
                    case SPLIT -> "decoder_model" + suffix + " + decoder_with_past_model" + suffix;
                    case AUTO -> "decoder_model_merged" + suffix + " (or decoder_model" + suffix
                            + " + decoder_with_past_model" + suffix + ")";
                };
                tried.add("encoder_model" + suffix + " + " + decoders);
            }
            OnnxChoice none = new OnnxChoice();
            none.missing = "ONNX files (looked for " + String.join(", or ", tried) + " in the folder and in onnx/)";
            return none;
        }

        private static Path locate(Path root, String name) {
            for (Path candidate : List.of(root.resolve(name), root.resolve("onnx").resolve(name))) {
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
            return null;
        }
    }
}
