package dev.hanbridge.translate.local;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The ONNX Runtime sessions of one model: the encoder and either the merged decoder or the
 * first-step/with-past pair. Sessions are thread-safe; each {@link #decoder} call gets its own cache.
 */
final class MarianSessions implements AutoCloseable {

    private final OrtEnvironment environment;
    private final OrtSession encoder;
    private final OrtSession merged;
    private final OrtSession first;
    private final OrtSession withPast;
    private final List<String> pastNames;
    private final int heads;
    private final int headSize;

    MarianSessions(ModelFolder folder, int threads, int heads, int headSize) {
        this.environment = OnnxRuntimeEnvironment.get();
        this.heads = heads;
        this.headSize = headSize;
        List<OrtSession> opened = new ArrayList<>();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            this.encoder = open(folder.encoder, options, opened);
            this.merged = folder.mergedDecoder == null ? null : open(folder.mergedDecoder, options, opened);
            this.first = folder.firstDecoder == null ? null : open(folder.firstDecoder, options, opened);
            this.withPast = folder.decoderWithPast == null ? null : open(folder.decoderWithPast, options, opened);
        } catch (OrtException | LocalModelException e) {
            opened.forEach(MarianSessions::closeQuietly);
            throw e instanceof LocalModelException local ? local
                    : new LocalModelException("ONNX Runtime cannot set up sessions for " + folder.root + ": "
                            + e.getMessage(), e);
        }
        OrtSession pastSource = merged != null ? merged : withPast;
        this.pastNames = pastSource.getInputNames().stream().filter(n -> n.startsWith("past_key_values.")).sorted()
                .toList();
        List<String> expected = List.of("input_ids", "encoder_attention_mask");
        if (pastNames.isEmpty() || !pastSource.getInputNames().containsAll(expected)
                || !encoder.getInputNames().containsAll(List.of("input_ids", "attention_mask"))) {
            opened.forEach(MarianSessions::closeQuietly);
            throw new LocalModelException("The ONNX files in " + folder.root + " do not have the inputs Hugging Face's "
                    + "exporter gives a Marian model with a key-value cache (input_ids, attention_mask, "
                    + "encoder_attention_mask, past_key_values.N.decoder.key ...). Export it with past key values.");
        }
    }

    private OrtSession open(Path file, OrtSession.SessionOptions options, List<OrtSession> opened) throws OrtException {
        try {
            OrtSession session = environment.createSession(file.toString(), options);
            opened.add(session);
            return session;
        } catch (OrtException e) {
            throw new LocalModelException("ONNX Runtime cannot load " + file + " (" + e.getMessage()
                    + "). The file may be damaged: fetch the model folder again.", e);
        }
    }

    /**
     * Encodes a batch (rows padded with {@code pad} to one length, mask 0 on padding) and returns a
     * decoder for it with {@code beams} rows per input row.
     */
    OnnxDecoder decoder(int[][] inputIds, int pad, int beams) {
        int batch = inputIds.length;
        int length = 0;
        for (int[] ids : inputIds) {
            length = Math.max(length, ids.length);
        }
        long[] ids = new long[batch * length];
        long[] mask = new long[batch * length];
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < length; i++) {
                boolean real = i < inputIds[b].length;
                ids[b * length + i] = real ? inputIds[b][i] : pad;
                mask[b * length + i] = real ? 1 : 0;
            }
        }
        long[] shape = {batch, length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OrtSession.Result encoded = encoder.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor))) {
            OnnxTensor hidden = (OnnxTensor) encoded.get(0);
            long[] hiddenShape = hidden.getInfo().getShape();
            FloatBuffer states = repeatRows(hidden.getFloatBuffer(), batch, beams);
            LongBuffer beamMask = LongBuffer.allocate(mask.length * beams);
            for (int b = 0; b < batch; b++) {
                for (int k = 0; k < beams; k++) {
                    beamMask.put(mask, b * length, length);
                }
            }
            beamMask.flip();
            int rows = batch * beams;
            OnnxTensor statesTensor = OnnxTensor.createTensor(environment, states,
                    new long[] {rows, hiddenShape[1], hiddenShape[2]});
            OnnxTensor maskForDecoder = OnnxTensor.createTensor(environment, beamMask, new long[] {rows, length});
            return new OnnxDecoder(this, rows, statesTensor, maskForDecoder);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed running the encoder: " + e.getMessage(), e);
        }
    }

    OrtEnvironment environment() {
        return environment;
    }

    OrtSession mergedDecoder() {
        return merged;
    }

    OrtSession firstDecoder() {
        return first;
    }

    OrtSession decoderWithPast() {
        return withPast;
    }

    List<String> pastNames() {
        return pastNames;
    }

    int heads() {
        return heads;
    }

    int headSize() {
        return headSize;
    }

    /** Each of {@code rows} equal slices repeated {@code times} times, in a direct buffer ONNX Runtime can use. */
    static FloatBuffer repeatRows(FloatBuffer source, int rows, int times) {
        int rowSize = source.remaining() / rows;
        FloatBuffer target = ByteBuffer.allocateDirect(source.remaining() * times * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < times; k++) {
                target.put(source.duplicate().position(r * rowSize).limit((r + 1) * rowSize));
            }
        }
        return target.flip();
    }

    @Override
    public void close() {
        for (OrtSession session : new OrtSession[] {encoder, merged, first, withPast}) {
            closeQuietly(session);
        }
    }

    private static void closeQuietly(OrtSession session) {
        if (session == null) {
            return;
        }
        try {
            session.close();
        } catch (OrtException e) {
            // Closing frees native memory; a failure here leaves nothing to undo.
        }
    }
}
