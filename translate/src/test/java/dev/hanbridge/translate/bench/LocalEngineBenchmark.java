package dev.hanbridge.translate.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.hanbridge.translate.local.MarianOptions;
import dev.hanbridge.translate.local.MarianTranslator;
import dev.hanbridge.translate.local.ModelDescription;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Segments per second and peak memory of the local engine's runtime on a model folder: the tiny
 * test model by default, any Marian ONNX folder given as the first argument. Input: the 22 Korean
 * reference sentences of the tiny model (news sentences we wrote, 11-45 tokens), repeated to
 * {@code --segments}. One untimed warm-up pass over 16 segments, then {@code --runs} timed passes.
 *
 * <p>Run with {@code bench/local-engine.sh [MODEL_DIR] [--segments 352] [--runs 3] [--beams 0]
 * [--batch 8] [--threads cores] [--precision AUTO|QUANTIZED|FULL]}; beams 0 keeps the model's own.
 * Peak memory is the process's resident set high-water mark (VmHWM: Java heap, ONNX Runtime's
 * native arenas and the mapped model).
 */
public final class LocalEngineBenchmark {

    public static void main(String[] args) throws IOException, URISyntaxException {
        Path model = null;
        Map<String, String> o = new HashMap<>(Map.of("segments", "352", "runs", "3", "beams", "0", "batch", "8",
                "threads", Integer.toString(Runtime.getRuntime().availableProcessors()), "precision", "AUTO"));
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--") && i + 1 < args.length) {
                o.put(args[i].substring(2), args[++i]);
            } else {
                model = Path.of(args[i]);
            }
        }
        if (model == null) {
            model = Path.of(LocalEngineBenchmark.class.getResource("/dev/hanbridge/translate/local/tiny-marian").toURI());
        }
        List<String> sentences = referenceSentences();
        int count = Integer.parseInt(o.get("segments"));
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            segments.add(sentences.get(i % sentences.size()));
        }
        MarianOptions options = MarianOptions.defaults().withThreads(Integer.parseInt(o.get("threads")))
                .withBatchSize(Integer.parseInt(o.get("batch"))).withBeams(Integer.parseInt(o.get("beams")))
                .withPrecision(MarianOptions.Precision.valueOf(o.get("precision")));

        long loadStart = System.nanoTime();
        try (MarianTranslator marian = MarianTranslator.open(model, options)) {
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            ModelDescription d = marian.description();
            System.out.printf(Locale.ROOT, "model %s: %.1f MB (%s), %s decoder, %s, beams %d, input limit %d tokens; "
                    + "opened in %.2f s%n", d.name(), d.sizeBytes() / 1e6, String.join(", ", d.files()),
                    d.decoderLayout(), d.quantized() ? "int8" : "float32", d.beams(), d.maxInputTokens(), loadSeconds);
            System.out.printf(Locale.ROOT, "threads %d, batch %d, %d segments per run (%d distinct)%n",
                    options.threads(), options.batchSize(), segments.size(), sentences.size());
            marian.translate(segments.subList(0, Math.min(16, segments.size())));
            int runs = Integer.parseInt(o.get("runs"));
            for (int run = 1; run <= runs; run++) {
                long start = System.nanoTime();
                List<String> out = marian.translate(segments);
                double seconds = (System.nanoTime() - start) / 1e9;
                long words = out.stream().mapToLong(t -> t.isBlank() ? 0 : t.split("\\s+").length).sum();
                System.out.printf(Locale.ROOT, "run %d: %.2f s, %.1f segments/s, %.1f ms/segment, %d output words%n",
                        run, seconds, segments.size() / seconds, 1000 * seconds / segments.size(), words);
            }
        }
        System.out.println("peak RSS " + peakResidentMegabytes() + " MB (VmHWM), max heap "
                + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
    }

    private static List<String> referenceSentences() throws IOException {
        try (InputStream in = LocalEngineBenchmark.class.getResourceAsStream(
                "/dev/hanbridge/translate/local/tiny-marian-reference.json")) {
            JsonNode reference = JsonMapper.builder().build().readTree(in);
            List<String> sentences = new ArrayList<>();
            reference.path("translations").forEach(t -> sentences.add(t.path("source").asString()));
            return sentences;
        }
    }

    private static String peakResidentMegabytes() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "(unknown: no /proc)";
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                long kilobytes = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format(Locale.ROOT, "%.0f", kilobytes / 1024.0);
            }
        }
        return "(unknown)";
    }
}
