package dev.hanbridge.translate.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Translates with a Marian (OPUS-MT) model folder in ONNX, in-process. Thread-safe; one instance
 * per model, closed when done (it holds native ONNX Runtime sessions).
 *
 * <pre>{@code
 * try (MarianTranslator marian = MarianTranslator.open(folder, MarianOptions.defaults())) {
 *     List<String> english = marian.translate(List.of("서울시는 버스 요금을 올린다고 밝혔다."));
 * }
 * }</pre>
 *
 * <p>Output ids are those transformers' {@code generate()} gives for the same folder (greedy or
 * beam search per {@code generation_config.json}). Segments are tokenised, grouped by length
 * into batches, encoded once, and decoded with the key-value cache. A segment over the model's
 * input limit is split at clause boundaries and its parts' translations joined with a space; if
 * it has none, {@link SegmentTooLongException}. A blank segment translates to {@code ""}.
 */
public final class MarianTranslator implements AutoCloseable {

    private final ModelFolder folder;
    private final MarianOptions options;
    private final MarianTokenizer tokenizer;
    private final GenerationSettings generation;
    private final MarianSessions sessions;
    private final int maxInputTokens;

    private MarianTranslator(ModelFolder folder, MarianOptions options) {
        this.folder = folder;
        this.options = options;
        this.tokenizer = new MarianTokenizer(SpmFile.read(folder.sourceSpm), folder.vocab, folder.tokenizerConfig);
        this.generation = generation(folder, options);
        this.maxInputTokens = maxInputTokens(folder);
        int heads = folder.config.path("decoder_attention_heads").asInt(0);
        this.sessions = new MarianSessions(folder, options.threads(), heads, headSize(folder));
    }

    /**
     * Opens a model folder: {@code config.json}, {@code vocab.json}, {@code source.spm},
     * {@code target.spm}, optional {@code generation_config.json} and {@code tokenizer_config.json},
     * and the ONNX files beside them or in {@code onnx/}.
     *
     * @throws LocalModelException naming the folder and what is missing or unusable
     */
    public static MarianTranslator open(Path modelDir, MarianOptions options) {
        return new MarianTranslator(ModelFolder.open(modelDir, options), options);
    }

    /**
     * Describes a model folder without loading it into ONNX Runtime: reads its JSON files and
     * tokenizer vocabulary, checks that every file {@link #open} needs is there, and reports what
     * {@link #description()} would. Cheap enough to call whenever an engine is listed or created.
     *
     * @throws LocalModelException as {@link #open}, for a missing file or an unusable setting
     */
    public static ModelDescription inspect(Path modelDir, MarianOptions options) {
        ModelFolder folder = ModelFolder.open(modelDir, options);
        headSize(folder);
        return describe(folder, generation(folder, options), maxInputTokens(folder));
    }

    public ModelDescription description() {
        return describe(folder, generation, maxInputTokens);
    }

    private static ModelDescription describe(ModelFolder folder, GenerationSettings generation, int maxInputTokens) {
        return new ModelDescription(folder.root.getFileName().toString(), folder.root, folder.sizeBytes(),
                folder.relativeFiles(), folder.quantized, folder.merged() ? "merged" : "split", generation.beams(),
                maxInputTokens);
    }

    private static GenerationSettings generation(ModelFolder folder, MarianOptions options) {
        GenerationSettings settings = GenerationSettings.read(folder.generationConfig, folder.config, folder);
        return options.beams() > 0 ? settings.withBeams(options.beams()) : settings;
    }

    /** Width of one attention head, which the key-value cache's tensors need. */
    private static int headSize(ModelFolder folder) {
        int dModel = folder.config.path("d_model").asInt(0);
        int heads = folder.config.path("decoder_attention_heads").asInt(0);
        if (dModel <= 0 || heads <= 0 || dModel % heads != 0) {
            throw new LocalModelException("config.json in " + folder.root + " lacks d_model and "
                    + "decoder_attention_heads (needed for the key-value cache). Fetch the model folder again.");
        }
        return dModel / heads;
    }

    private static int maxInputTokens(ModelFolder folder) {
        int positions = folder.config.path("max_position_embeddings").asInt(Integer.MAX_VALUE);
        double declared = folder.tokenizerConfig.path("model_max_length").asDouble(Double.MAX_VALUE);
        int limit = (int) Math.min(positions, Math.min(declared, Integer.MAX_VALUE));
        return limit == Integer.MAX_VALUE ? 512 : limit;
    }

    /** One translation per source, in order. */
    public List<String> translate(List<String> sources) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            String source = sources.get(i);
            if (source == null || source.isBlank()) {
                continue;
            }
            List<String> pieces;
            try {
                pieces = new ClauseSplitter(text -> tokenizer.encode(text).length, maxInputTokens).split(source);
            } catch (ClauseSplitter.TooLong tooLong) {
                throw new SegmentTooLongException(i, "is " + tooLong.tokens + " tokens long where "
                        + "the model takes " + tooLong.limit + ", and its part \"" + abbreviate(tooLong.part)
                        + "\" has no clause boundary to split it at. Split the segment in the source.");
            }
            for (String piece : pieces) {
                parts.add(new Part(i, tokenizer.encode(piece)));
            }
        }
        List<int[]> outputs = generate(parts.stream().map(Part::ids).toList(), generation);
        List<StringBuilder> joined = new ArrayList<>();
        sources.forEach(s -> joined.add(new StringBuilder()));
        for (int p = 0; p < parts.size(); p++) {
            StringBuilder target = joined.get(parts.get(p).segment);
            String text = tokenizer.decode(outputs.get(p));
            if (target.length() > 0 && !text.isEmpty()) {
                target.append(' ');
            }
            target.append(text);
        }
        return joined.stream().map(StringBuilder::toString).toList();
    }

    /** Output ids for each input, decoder start first; batches are built from inputs of similar length. */
    List<int[]> generate(List<int[]> inputs, GenerationSettings settings) {
        Integer[] order = new Integer[inputs.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> inputs.get(i).length));
        int[][] outputs = new int[inputs.size()][];
        for (int from = 0; from < order.length; from += options.batchSize()) {
            int to = Math.min(order.length, from + options.batchSize());
            int[][] batch = new int[to - from][];
            for (int i = from; i < to; i++) {
                batch[i - from] = inputs.get(order[i]);
            }
            int beams = settings.beams();
            int[][] results;
            try (OnnxDecoder decoder = sessions.decoder(batch, tokenizer.padId(), beams)) {
                results = beams == 1 ? GreedySearch.run(decoder, batch.length, settings)
                        : BeamSearch.run(decoder, batch.length, settings);
            }
            for (int i = from; i < to; i++) {
                outputs[order[i]] = results[i - from];
            }
        }
        return java.util.Arrays.asList(outputs);
    }

    GenerationSettings generation() {
        return generation;
    }

    MarianTokenizer tokenizer() {
        return tokenizer;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    @Override
    public void close() {
        sessions.close();
    }

    private record Part(int segment, int[] ids) {
    }
}
