package dev.hanbridge.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.scheduling.support.CronExpression;

import dev.hanbridge.app.distributed.DistributedApplication;
import dev.hanbridge.app.serve.BindCheck;
import dev.hanbridge.export.ExportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the server: the inbox on a schedule, a REST API under /api and pages to launch runs "
                + "(also by upload), follow their progress and download exports.",
                "Every page and API call except /api/health needs the token from HANBRIDGE_API_TOKEN "
                        + "(API: Authorization: Bearer TOKEN; pages: sign in with it). Without a token the server "
                        + "only listens on loopback."},
        footer = {"", "Example: HANBRIDGE_API_TOKEN=... hanbridge serve --inbox /srv/inbox --schedule \"0 */15 * * * *\"",
                "Stop it with Ctrl-C or SIGTERM: a run in progress is stopped at a safe point and resumed by the next start."})
class ServeCommand implements Callable<Integer> {

    @Option(names = {"-i", "--inbox"}, paramLabel = "DIR", description = "Folder the schedule runs (new and changed sources only).")
    Path inbox;

    @Option(names = {"-s", "--schedule"}, paramLabel = "CRON",
            description = "When to run the inbox: a cron expression with seconds first, e.g. \"0 */15 * * * *\" (every 15 minutes).")
    String schedule;

    @Option(names = {"-p", "--port"}, paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = {"-b", "--bind"}, paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface, which needs HANBRIDGE_API_TOKEN).")
    String bind;

    @Option(names = "--allow-path", paramLabel = "DIR",
            description = "A folder under which API clients may launch runs on server paths; repeatable (the inbox always is one).")
    List<Path> allowPaths = new ArrayList<>();

    @Option(names = {"-e", "--engine"}, paramLabel = "ID", description = "Default engine (default: $HANBRIDGE_ENGINE, else auto: the local model when present, "
            + "else none; the server does not fetch models).")
    String engine;

    @Option(names = {"-f", "--formats"}, paramLabel = "LIST", description = "Default export formats (default: tmx,xliff,html).")
    String formats;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", description = "Output folder (default: ./hanbridge-out).")
    Path out;

    @Mixin
    DataOption data;

    @Override
    public Integer call() throws InterruptedException {
        if ((schedule == null) != (inbox == null)) {
            throw new CliException("--schedule and --inbox go together: the schedule runs the inbox");
        }
        if (schedule != null && !CronExpression.isValidExpression(schedule)) {
            throw new CliException("not a cron expression: \"" + schedule + "\"; give six fields, seconds first, "
                    + "e.g. \"0 */15 * * * *\" for every 15 minutes");
        }
        if (inbox != null && !Files.isDirectory(inbox)) {
            throw new CliException("the inbox " + inbox + " is not a folder");
        }
        if (formats != null) {
            try {
                ExportFormat.parseList(formats);
            } catch (IllegalArgumentException e) {
                throw new CliException(e.getMessage());
            }
        }
        String token = System.getenv("HANBRIDGE_API_TOKEN");
        try {
            BindCheck.check(bind, token);
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        List<String> args = springArgs();
        // With a broker configured, the server's runs (scheduled, launched from the API or pages) are
        // distributed: it manages them, workers run their partitions.
        boolean distributed = DistributedApplication.brokerConfigured();
        Spring.Body body = context -> {
            if (distributed) {
                DistributedApplication.checkReady(context);
            }
            CountDownLatch closed = new CountDownLatch(1);
            context.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> closed.countDown());
            String port = context.getEnvironment().getProperty("local.server.port", String.valueOf(this.port));
            System.out.printf("hanbridge serves http://%s:%s/ %s%n", bind.contains(":") ? "[" + bind + "]" : bind, port,
                    (schedule == null ? "" : "and runs " + inbox.toAbsolutePath().normalize() + " on \"" + schedule + "\"")
                    + (distributed ? " (distributed: hanbridge worker runs the partitions)" : ""));
            closed.await(); // until SIGTERM or Ctrl-C closes the context (Spring's shutdown hook)
            return 0;
        };
        return distributed ? Spring.withDistributedServer(args, body) : Spring.withServer(args, body);
    }

    List<String> springArgs() {
        List<String> args = new ArrayList<>(data.springArgs());
        args.add("--spring.main.web-application-type=servlet");
        args.add("--hanbridge.serve.enabled=true");
        args.add("--server.port=" + port);
        args.add("--server.address=" + bind);
        if (inbox != null) {
            args.add("--hanbridge.serve.inbox=" + inbox.toAbsolutePath().normalize());
            args.add("--hanbridge.serve.schedule=" + schedule);
        }
        for (int i = 0; i < allowPaths.size(); i++) {
            args.add("--hanbridge.serve.input-roots[" + i + "]=" + allowPaths.get(i).toAbsolutePath().normalize());
        }
        if (engine != null) {
            args.add("--hanbridge.engine=" + engine);
        }
        if (formats != null) {
            args.add("--hanbridge.formats=" + formats);
        }
        if (out != null) {
            args.add("--hanbridge.out-dir=" + out.toAbsolutePath().normalize());
        }
        return args;
    }
}
