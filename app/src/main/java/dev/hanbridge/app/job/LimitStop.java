package dev.hanbridge.app.job;

import java.util.Optional;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import dev.hanbridge.translate.driver.SpendLimitReachedException;

/**
 * A step that stopped at the run's spend limit ends with the exit code {@link #EXIT_CODE} and the
 * limit's message, not plain {@code FAILED}: on a worker that is all the manager of a distributed
 * run learns of it (the exception stays in the worker's process), and the run then ends
 * {@code LIMIT_REACHED} with exit status 3, as on one machine. Its batch status stays
 * {@code FAILED}, so a restart runs it again.
 */
public final class LimitStop implements StepExecutionListener {

    public static final String EXIT_CODE = "LIMIT_REACHED";
    private static final String REASON = "hanbridge.limit-reached";

    /** Whether {@code step} ended at the spend limit. */
    public static boolean reached(StepExecution step) {
        return EXIT_CODE.equals(step.getExitStatus().getExitCode());
    }

    /** The limit's message a step that {@link #reached reached} it recorded; empty for any other. */
    public static Optional<String> reason(StepExecution step) {
        return Optional.ofNullable(step.getExecutionContext().getString(REASON, null));
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        for (Throwable t : step.getFailureExceptions()) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                // A single-machine run tells its limit by the exception, and its job repository
                // stays as it was: only partitions and their manager's steps get the exit code.
                if (c instanceof SpendLimitReachedException && Partitions.isPartition(step)
                        || c instanceof PartitionsStopped) {
                    // The execution context too: the repository keeps 2,500 characters of the exit
                    // description, which the stack trace before this message fills.
                    step.getExecutionContext().putString(REASON, c.getMessage());
                    return new ExitStatus(EXIT_CODE, c.getMessage());
                }
            }
        }
        return null;
    }

    /**
     * What the manager of a distributed run throws when the partitions of a step that failed all
     * stopped at the spend limit.
     */
    public static final class PartitionsStopped extends IllegalStateException {

        /** @param reason the limit's message, as the first of those partitions gave it */
        public PartitionsStopped(String reason) {
            super(reason);
        }
    }
}
