package dev.hanbridge.app.cli;

import java.util.concurrent.Callable;

import dev.hanbridge.app.run.RunLauncher;
import dev.hanbridge.app.run.RunSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Resumes a run that failed, stopped at its spend limit, or was interrupted (killed, machine"
                + " restarted).", "Finished steps are not repeated; segments already translated are not sent to the"
                + " engine again. The run keeps its spend limits unless --max-characters or --max-tokens give new"
                + " ones; what it spent before counts against them."},
        footer = {"", "Exit status as for hanbridge run: 0 completed, 1 failed, 2 usage error, 3 stopped at the spend"
                + " limit."})
class RestartCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN_ID", description = "The run to resume (hanbridge jobs lists them).")
    long runId;

    @Option(names = {"-e", "--engine"}, paramLabel = "ID", description = "Finish with another engine than the run's own.")
    String engine;

    @Mixin
    SpendLimitOptions limits;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        return Spring.withContext(data.springArgs(), context -> {
            RunSummary summary = context.getBean(RunLauncher.class).restart(runId, engine, limits.given());
            summary.print(System.out);
            return summary.exitCode();
        });
    }
}
