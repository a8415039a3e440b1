package dev.hanbridge.app.serve;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The inbox on its cron schedule, ticking on a thread of its own from the server's start to its
 * stop.
 *
 * <p>The scheduler is not a bean: a {@link ThreadPoolTaskScheduler} bean that a factory method
 * initialised and scheduled on was initialised a second time by the container, which orphaned the
 * executor holding the schedule; nothing ever shut that one down, and it ticked on after the
 * server and its database had closed. Here the one executor is created in {@link #start()} and
 * shut down in {@link #stop()}, which the context calls before it destroys any bean (so before the
 * database closes), on {@code close()}, SIGTERM and Ctrl-C alike; a context that fails to start
 * after this started destroys it, and {@link #destroy()} stops it too. Holding the task (not a
 * provider of it) also makes the container destroy this before the task's database lock.
 */
class InboxSchedule implements SmartLifecycle, DisposableBean {

    /** A tick holding its lock while its run works notices a stop within a second (see {@link ScheduledInboxRun}). */
    private static final int STOP_WAIT_SECONDS = 10;

    private final ScheduledInboxRun task;
    private final String cron;
    private ThreadPoolTaskScheduler scheduler;

    InboxSchedule(ScheduledInboxRun task, String cron) {
        this.task = task;
        this.cron = cron;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        ThreadPoolTaskScheduler created = new ThreadPoolTaskScheduler();
        created.setThreadNamePrefix("hanbridge-schedule-");
        created.setPoolSize(1);
        // A tick already queued for later must not run once the schedule is stopped.
        created.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        created.setWaitForTasksToCompleteOnShutdown(true);
        created.setAwaitTerminationSeconds(STOP_WAIT_SECONDS);
        created.initialize();
        task.resume();
        created.schedule(task, new CronTrigger(cron));
        scheduler = created;
    }

    /**
     * Ends the schedule and waits for a tick in progress to let go: it stops waiting for its run
     * (which the run service stops later) and releases its lock while the database is still open.
     * The thread is not interrupted: H2 closes its file when a thread is interrupted in its I/O.
     */
    @Override
    public synchronized void stop() {
        if (scheduler == null) {
            return;
        }
        task.stop();
        scheduler.shutdown(); // waits up to STOP_WAIT_SECONDS for the tick in progress
        scheduler = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public void destroy() {
        stop();
    }

    /**
     * Starts after, and stops before, everything of a lower phase: the web server's graceful
     * shutdown and the run service ({@link RunService#getPhase()}), so no tick launches a run into
     * a service that is stopping.
     */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
