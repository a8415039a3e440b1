package dev.hanbridge.translate.local;

import java.util.concurrent.atomic.AtomicReference;

import ai.onnxruntime.OrtEnvironment;

/**
 * The process's one ONNX Runtime environment, created on a thread with a large stack. Loading
 * {@code libonnxruntime} (1.29, Linux x64) runs a recursive routine whose depth grows with the
 * length of the process's command line: with a 7 KB class path ({@code java -cp} with the test
 * dependencies) it overflowed the default 1 MB thread stack and the JVM died without an error
 * report. After loading, sessions run on any thread.
 */
final class OnnxRuntimeEnvironment {

    private static final long INITIALISING_STACK_BYTES = 256L << 20;
    private static volatile OrtEnvironment environment;

    private OnnxRuntimeEnvironment() {
    }

    static OrtEnvironment get() {
        OrtEnvironment current = environment;
        if (current != null) {
            return current;
        }
        synchronized (OnnxRuntimeEnvironment.class) {
            if (environment == null) {
                AtomicReference<OrtEnvironment> created = new AtomicReference<>();
                AtomicReference<RuntimeException> failed = new AtomicReference<>();
                Thread loader = new Thread(null, () -> {
                    try {
                        created.set(OrtEnvironment.getEnvironment());
                    } catch (RuntimeException | UnsatisfiedLinkError e) {
                        failed.set(new LocalModelException("ONNX Runtime cannot start on this machine ("
                                + System.getProperty("os.name") + ", " + System.getProperty("os.arch") + "): "
                                + e.getMessage(), e));
                    }
                }, "onnxruntime-load", INITIALISING_STACK_BYTES);
                loader.start();
                try {
                    loader.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LocalModelException("Interrupted while loading ONNX Runtime", e);
                }
                if (failed.get() != null) {
                    throw failed.get();
                }
                environment = created.get();
            }
            return environment;
        }
    }
}
