package dev.hanbridge.translate.local;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * One batch's decoder with its key-value cache, for either layout. The first step runs without a
 * past (the merged decoder's {@code use_cache_branch = false}, fed empty past tensors) and yields
 * the cross-attention keys and values, which later steps reuse: the with-past graphs do not
 * recompute them (optimum's merged graph answers them with dummies there). Self-attention keys and
 * values grow by one position per step and are gathered by row when beams are reordered.
 */
final class OnnxDecoder implements StepModel, AutoCloseable {

    private final MarianSessions sessions;
    private final int rows;
    private final OnnxTensor encoderStates;
    private final OnnxTensor encoderMask;
    private final Map<String, OnnxTensor> past = new HashMap<>();
    private OrtSession.Result firstResult;
    private final List<Runnable> stepResources = new ArrayList<>();

    OnnxDecoder(MarianSessions sessions, int rows, OnnxTensor encoderStates, OnnxTensor encoderMask) {
        this.sessions = sessions;
        this.rows = rows;
        this.encoderStates = encoderStates;
        this.encoderMask = encoderMask;
    }

    @Override
    public float[][] step(long[] tokens) {
        boolean firstStep = firstResult == null;
        List<Runnable> inputs = new ArrayList<>();
        try {
            OnnxTensor ids = tensor(LongBuffer.wrap(tokens), new long[] {rows, 1}, inputs);
            Map<String, OnnxTensor> feed = new HashMap<>();
            feed.put("input_ids", ids);
            feed.put("encoder_attention_mask", encoderMask);
            feed.put("encoder_hidden_states", encoderStates);
            OrtSession session;
            if (sessions.mergedDecoder() != null) {
                session = sessions.mergedDecoder();
                feed.put("use_cache_branch", track(OnnxTensor.createTensor(sessions.environment(),
                        new boolean[] {!firstStep}), inputs));
                if (firstStep) {
                    OnnxTensor empty = tensor(FloatBuffer.allocate(0),
                            new long[] {rows, sessions.heads(), 0, sessions.headSize()}, inputs);
                    sessions.pastNames().forEach(name -> feed.put(name, empty));
                } else {
                    feed.putAll(past);
                }
            } else {
                session = firstStep ? sessions.firstDecoder() : sessions.decoderWithPast();
                if (!firstStep) {
                    feed.putAll(past);
                }
            }
            feed.keySet().retainAll(session.getInputNames());
            OrtSession.Result result = session.run(feed);
            float[][] logits = lastPositionLogits(result.get("logits").orElseThrow());
            List<Runnable> previous = new ArrayList<>(stepResources);
            stepResources.clear();
            if (firstStep) {
                firstResult = result;
            } else {
                stepResources.add(result::close);
            }
            for (String name : sessions.pastNames()) {
                boolean crossAttention = name.contains(".encoder.");
                if (firstStep || !crossAttention) {
                    past.put(name, (OnnxTensor) result.get(name.replace("past_key_values.", "present."))
                            .orElseThrow(() -> new IllegalStateException("the decoder gave no " + name)));
                }
            }
            closeAll(previous);
            return logits;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime failed running the decoder: " + e.getMessage(), e);
        } finally {
            closeAll(inputs);
        }
    }

    @Override
    public void reorder(int[] origins) {
        boolean identity = true;
        for (int r = 0; r < origins.length; r++) {
            identity &= origins[r] == r;
        }
        if (identity) {
            return;
        }
        List<Runnable> created = new ArrayList<>();
        try {
            for (String name : sessions.pastNames()) {
                // A sentence's beams share one source: its cross-attention rows are equal already.
                if (name.contains(".encoder.")) {
                    continue;
                }
                OnnxTensor tensor = past.get(name);
                long[] shape = tensor.getInfo().getShape();
                FloatBuffer values = tensor.getFloatBuffer();
                int rowSize = values.remaining() / rows;
                FloatBuffer gathered = ByteBuffer.allocateDirect(values.remaining() * Float.BYTES)
                        .order(ByteOrder.nativeOrder()).asFloatBuffer();
                for (int origin : origins) {
                    gathered.put(values.duplicate().position(origin * rowSize).limit((origin + 1) * rowSize));
                }
                past.put(name, tensor(gathered.flip(), shape, created));
            }
        } catch (OrtException e) {
            closeAll(created);
            throw new IllegalStateException("ONNX Runtime failed reordering the cache: " + e.getMessage(), e);
        }
        closeAll(stepResources);
        stepResources.clear();
        stepResources.addAll(created);
    }

    private float[][] lastPositionLogits(OnnxValue value) throws OrtException {
        OnnxTensor logits = (OnnxTensor) value;
        long[] shape = logits.getInfo().getShape();
        int positions = (int) shape[1];
        int vocab = (int) shape[2];
        FloatBuffer all = logits.getFloatBuffer();
        float[][] result = new float[rows][vocab];
        for (int r = 0; r < rows; r++) {
            all.position((r * positions + positions - 1) * vocab);
            all.get(result[r]);
        }
        return result;
    }

    private OnnxTensor tensor(FloatBuffer values, long[] shape, List<Runnable> owner) throws OrtException {
        return track(OnnxTensor.createTensor(sessions.environment(), values, shape), owner);
    }

    private OnnxTensor tensor(LongBuffer values, long[] shape, List<Runnable> owner) throws OrtException {
        return track(OnnxTensor.createTensor(sessions.environment(), values, shape), owner);
    }

    private static OnnxTensor track(OnnxTensor tensor, List<Runnable> owner) {
        owner.add(tensor::close);
        return tensor;
    }

    @Override
    public void close() {
        closeAll(stepResources);
        stepResources.clear();
        if (firstResult != null) {
            firstResult.close();
        }
        encoderStates.close();
        encoderMask.close();
    }

    /** Frees native tensors and results (their close() throws nothing). */
    private static void closeAll(List<Runnable> closers) {
        closers.forEach(Runnable::run);
    }
}
