package dev.hanbridge.translate.local;

/**
 * How to run a model folder.
 *
 * @param threads    ONNX Runtime intra-op threads; default: the machine's cores
 * @param batchSize  segments per model call; segments are grouped by length first. With int8
 *                   files a segment's translation can change with its neighbours (dynamic
 *                   quantization scales whole tensors); 1 avoids that at several times the cost
 *                   (bench/LOCAL.md)
 * @param beams      beam width; 0 keeps the model's own ({@code num_beams} in generation_config.json),
 *                   1 is greedy search
 * @param precision  which ONNX files: quantized ({@code *_quantized.onnx}) or full precision; AUTO
 *                   takes the quantized ones when the folder has them, as the downloader fetches those
 * @param layout     which decoder: the merged one ({@code decoder_model_merged}) or the pair
 *                   {@code decoder_model} + {@code decoder_with_past_model}; AUTO prefers merged
 */
public record MarianOptions(int threads, int batchSize, int beams, Precision precision, DecoderLayout layout) {

    public enum Precision { AUTO, QUANTIZED, FULL }

    public enum DecoderLayout { AUTO, MERGED, SPLIT }

    public MarianOptions {
        if (threads < 1 || batchSize < 1 || beams < 0) {
            throw new IllegalArgumentException("threads and batchSize must be at least 1 and beams at least 0, got "
                    + threads + ", " + batchSize + ", " + beams);
        }
        if (precision == null || layout == null) {
            throw new IllegalArgumentException("precision and layout are required (AUTO picks from the folder)");
        }
    }

    public static MarianOptions defaults() {
        return new MarianOptions(Runtime.getRuntime().availableProcessors(), 8, 0, Precision.AUTO,
                DecoderLayout.AUTO);
    }

    public MarianOptions withThreads(int value) {
        return new MarianOptions(value, batchSize, beams, precision, layout);
    }

    public MarianOptions withBatchSize(int value) {
        return new MarianOptions(threads, value, beams, precision, layout);
    }

    public MarianOptions withBeams(int value) {
        return new MarianOptions(threads, batchSize, value, precision, layout);
    }

    public MarianOptions withPrecision(Precision value) {
        return new MarianOptions(threads, batchSize, beams, value, layout);
    }

    public MarianOptions withLayout(DecoderLayout value) {
        return new MarianOptions(threads, batchSize, beams, precision, value);
    }
}
