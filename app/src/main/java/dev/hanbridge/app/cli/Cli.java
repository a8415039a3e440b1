package dev.hanbridge.app.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code hanbridge} command and its subcommands. */
@Command(name = "hanbridge", mixinStandardHelpOptions = true, version = "hanbridge 0.1.0",
        description = "Turns Korean news articles into aligned Korean-English bilingual documents.",
        subcommands = {RunCommand.class, SegmentCommand.class, QaCommand.class, JobsCommand.class, RestartCommand.class,
                EnginesCommand.class, ModelsCommand.class, TmCommand.class, GlossaryCommand.class, ServeCommand.class,
                WorkerCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: run, segment, qa, jobs, restart,"
                + " engines, models, tm, glossary, serve or worker");
    }

    /**
     * The configured command line. Errors a user can fix print as one line (no stack trace) with
     * exit status 2 for usage errors and 1 for a failure at run time.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Cli());
        var runHelp = cli.getSubcommands().get("run").getCommandSpec().usageMessage();
        List<String> footer = new ArrayList<>(List.of(RunCommand.formatsHelp()));
        footer.addAll(List.of(runHelp.footer()));
        runHelp.footer(footer.toArray(String[]::new));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CliException) {
                commandLine.getErr().println("hanbridge: " + e.getMessage());
                return 2;
            }
            commandLine.getErr().println("hanbridge: " + oneLine(e));
            return 1;
        });
        return cli;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message != null ? message : e.getClass().getSimpleName();
    }
}
