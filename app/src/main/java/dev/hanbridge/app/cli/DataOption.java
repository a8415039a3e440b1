package dev.hanbridge.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** The {@code --data} option every command that opens the database shares. */
class DataOption {

    @Option(names = {"-d", "--data"}, paramLabel = "DIR",
            description = "Data folder: database and logs (default: $HANBRIDGE_HOME, else ./hanbridge-data).")
    Path data;

    /** Spring command-line properties for the data folder, made absolute (H2 wants an absolute path). */
    List<String> springArgs() {
        List<String> args = new ArrayList<>();
        Path dir = data;
        if (dir == null) {
            String home = System.getenv("HANBRIDGE_HOME");
            dir = Path.of(home != null && !home.isBlank() ? home : "hanbridge-data");
        }
        args.add("--hanbridge.data-dir=" + dir.toAbsolutePath().normalize());
        return args;
    }
}
