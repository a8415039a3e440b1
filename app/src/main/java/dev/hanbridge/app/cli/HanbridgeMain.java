package dev.hanbridge.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import dev.hanbridge.app.JaxpDefaults;
import picocli.CommandLine;

/** Entry point of the {@code hanbridge} command. */
public final class HanbridgeMain {

    private HanbridgeMain() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command and returns its exit status, without exiting (tests call this). */
    public static int execute(String... args) {
        JaxpDefaults.install();
        CommandLine cli = Cli.commandLine();
        cli.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        return cli.execute(args);
    }
}
