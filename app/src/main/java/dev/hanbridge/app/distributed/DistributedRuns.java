package dev.hanbridge.app.distributed;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.hanbridge.app.job.RunOwner;
import dev.hanbridge.store.PartitionStore;
import dev.hanbridge.store.PartitionStore.PartitionRow;
import dev.hanbridge.store.RunRecord;
import dev.hanbridge.store.RunStore;
import dev.hanbridge.store.WorkerStore;

/** What the commands need to know about distributed runs, from any context (plain or distributed). */
public final class DistributedRuns {

    private DistributedRuns() {
    }

    /** Whether the run's job is the distributed one: its restart then needs a {@link DistributedApplication}. */
    public static boolean isDistributed(ApplicationContext context, long runId) {
        return context.getBean(RunStore.class).find(runId).map(RunRecord::jobExecutionId)
                .map(id -> context.getBean(JobRepository.class).getJobExecution(id))
                .map(e -> ManagerConfig.JOB_NAME.equals(e.getJobInstance().getJobName())).orElse(false);
    }

    /**
     * One line on where the run's partitions ran, for {@code hanbridge jobs} and the run summary:
     * {@code partitions  ingest 16, translate 16, export 16 on host-a:812 (30), host-b:90 (18); 2 taken over}.
     * Empty for a run that had none (a single-machine run).
     */
    public static Optional<String> describe(ApplicationContext context, long runId) {
        List<PartitionRow> rows = new PartitionStore(context.getBean(JdbcClient.class)).ofRun(runId);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> perStep = rows.stream().collect(Collectors.groupingBy(PartitionRow::step, TreeMap::new,
                Collectors.counting()));
        String steps = List.of("ingest", "translate", "export").stream().filter(perStep::containsKey)
                .map(s -> s + " " + perStep.get(s)).collect(Collectors.joining(", "));
        Map<String, Long> perWorker = rows.stream().collect(Collectors.groupingBy(PartitionRow::workerName,
                TreeMap::new, Collectors.counting()));
        String workers = perWorker.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
        long takenOver = rows.stream().filter(r -> r.attempts() > 1).count();
        long running = rows.stream().filter(r -> r.finishedAt() == null).count();
        return Optional.of(steps + " on " + workers + (takenOver > 0 ? "; " + takenOver + " taken over" : "")
                + (running > 0 ? "; " + running + " unfinished" : ""));
    }

    /**
     * Before a distributed run restarts: a partition its workers left unfinished (a worker died, or
     * the manager ended first) is marked failed, so that Spring Batch runs it again; a partition a
     * live worker still works on makes the restart wait, or two workers would work on one share.
     *
     * @throws IllegalArgumentException when live workers still work on some of the run's partitions
     */
    public static void prepareRestart(ApplicationContext context, long runId) {
        RunRecord run = context.getBean(RunStore.class).find(runId).orElseThrow(
                () -> new IllegalArgumentException("no run " + runId + "; hanbridge jobs lists the runs"));
        if (run.jobExecutionId() == null) {
            return;
        }
        JobRepository jobRepository = context.getBean(JobRepository.class);
        JobExecution last = jobRepository.getJobExecution(run.jobExecutionId());
        if (last == null) {
            return;
        }
        PartitionStore partitions = context.getBean(PartitionStore.class);
        DistributedSettings settings = context.getBean(DistributedSettings.class);
        Liveness liveness = new Liveness(context.getBean(WorkerStore.class), settings.deadAfter(), RunOwner.host(),
                Liveness.processes());
        List<String> live = partitions.ofRun(runId).stream()
                .filter(r -> r.finishedAt() == null && liveness.alive(r.workerId()))
                .map(r -> r.name() + " on " + r.workerName()).toList();
        if (!live.isEmpty()) {
            throw new IllegalArgumentException("run " + runId + " still has " + live.size() + " partition(s) that "
                    + "live workers work on (" + String.join(", ", live.subList(0, Math.min(3, live.size())))
                    + (live.size() > 3 ? ", ..." : "") + "); they end on their own (at their next commit if the "
                    + "run was given up): restart once they have (hanbridge jobs shows them), or stop those workers");
        }
        for (StepExecution partition : last.getStepExecutions()) {
            if (partition.getStepName().contains("-partition:") && partition.getStatus().isRunning()) {
                StepExecution fresh = jobRepository.getStepExecution(partition.getId());
                fresh.setStatus(BatchStatus.FAILED);
                fresh.setExitStatus(ExitStatus.FAILED.addExitDescription(
                        "left unfinished: its worker is gone or never took it; run again by the restart"));
                fresh.setEndTime(LocalDateTime.now());
                jobRepository.update(fresh);
            }
        }
    }
}
