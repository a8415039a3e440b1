package dev.hanbridge.translate.driver;

import dev.hanbridge.translate.EngineConfigurationException;
import dev.hanbridge.translate.PermanentTranslationException;
import dev.hanbridge.translate.TranslationException;

/**
 * What the threads of a run know together about one engine of the chain: whether it has answered
 * a request in line yet, and whether it has stopped for good.
 *
 * <p>Until it has answered once, its requests go one at a time: the other threads wait for the
 * first answer instead of sending their own. A server that refuses every request (a model that does
 * not exist, wrong credentials, a parameter the model refuses) then costs one request, not one per
 * thread, and what an engine learns from a refusal (a parameter to drop) serves every thread.
 *
 * <p>An engine stops for good when it fails in a way the run cannot get past: a configuration or
 * quota failure, retries used up, or {@value #SAME_REFUSALS} single segments in a row refused the
 * same way (a model that never answers in the shape asked for, a context too small for one
 * segment). Every thread then gets that failure at once instead of sending another request.
 */
final class EngineHealth {

    /** Single segments refused in a row, for the same reason, that stop the engine. */
    static final int SAME_REFUSALS = 3;

    private final String engine;
    private boolean answered;
    private boolean probing;
    private TranslationException stopped;
    private boolean reported;
    private String lastCause;
    private int sameInARow;

    EngineHealth(String engine) {
        this.engine = engine;
    }

    /**
     * Waits while another thread's request is the engine's first, unanswered one.
     *
     * @return true when the caller's request is now that first one: it must call {@link #leave(boolean)}
     * @throws TranslationException the failure that stopped the engine, if it has stopped
     */
    synchronized boolean enter() throws InterruptedException {
        while (true) {
            if (stopped != null) {
                throw stopped;
            }
            if (answered) {
                return false;
            }
            if (!probing) {
                probing = true;
                return true;
            }
            wait();
        }
    }

    /** Ends a request that {@link #enter()} made the first one; the next waiting thread may go. */
    synchronized void leave(boolean probe) {
        if (probe) {
            probing = false;
            notifyAll();
        }
    }

    /** The engine answered a request in line: from now on requests go in parallel. */
    synchronized void answered() {
        answered = true;
        lastCause = null;
        sameInARow = 0;
        notifyAll();
    }

    synchronized boolean hasAnswered() {
        return answered;
    }

    /** Stops the engine with {@code failure}, which every later request is answered with. */
    synchronized void stop(TranslationException failure) {
        if (stopped == null) {
            stopped = failure;
        }
        notifyAll();
    }

    /** True the first time it is called: the engine's stop is to be reported once. */
    synchronized boolean firstReport() {
        boolean first = !reported;
        reported = true;
        return first;
    }

    /**
     * A single segment was refused for good. Refusals count as the same when their messages agree
     * but for numbers; any answer in line in between starts the count again.
     *
     * @throws EngineConfigurationException stopping the engine at the {@value #SAME_REFUSALS}th
     *         such refusal in a row, with the refusal's own message, which names what to change
     */
    synchronized void refused(PermanentTranslationException refusal) {
        String cause = refusal.getClass().getName() + ":" + String.valueOf(refusal.getMessage()).replaceAll("\\d+", "#");
        sameInARow = cause.equals(lastCause) ? sameInARow + 1 : 1;
        lastCause = cause;
        if (sameInARow >= SAME_REFUSALS) {
            EngineConfigurationException stop = new EngineConfigurationException(engine, engine + " refused "
                    + SAME_REFUSALS + " segments in a row the same way, so the run stops using it: "
                    + refusal.getMessage());
            stop(stop);
            throw stop;
        }
    }
}
