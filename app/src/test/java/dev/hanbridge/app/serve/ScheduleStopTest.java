package dev.hanbridge.app.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.app.web.TestServer;

/**
 * A server's schedule ends with the server, on every way it stops, and before its database
 * closes. A schedule that outlived its server once ticked on for the rest of the test JVM, logging
 * "scheduled run of … failed: Could not open JDBC Connection" every two seconds into other tests'
 * output.
 */
class ScheduleStopTest {

    private static final String SCHEDULE_THREADS = "hanbridge-schedule";

    @TempDir
    Path tmp;

    @Test
    void closingTheServerEndsItsScheduleBeforeTheDatabaseCloses() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        ScheduledInboxRun ticking;
        try (TestServer server = TestServer.start(tmp.resolve("data"), tmp.resolve("out"),
                "--hanbridge.serve.inbox=" + inbox, "--hanbridge.serve.schedule=* * * * * *")) {
            ticking = server.context.getBean(ScheduledInboxRun.class);
            await().atMost(Duration.ofSeconds(20)).until(() -> ticking.ticks() >= 2);
        }
        int ticksAtClose = ticking.ticks();

        await("the schedule's thread to end").atMost(Duration.ofSeconds(5))
                .until(() -> scheduleThreads().isEmpty());
        Thread.sleep(2_500); // two more seconds of a schedule that ticks every second
        assertThat(ticking.ticks()).as("ticks after the server closed").isEqualTo(ticksAtClose);
        assertThat(Files.readString(tmp.resolve("data").resolve("logs").resolve("hanbridge.log"),
                StandardCharsets.UTF_8)).doesNotContain("scheduled run of").doesNotContain("JDBC Connection");
    }

    @Test
    void aServerThatFailsToStartLeavesNoScheduleBehind() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> TestServer.start(tmp.resolve("data"), tmp.resolve("out"),
                    "--hanbridge.serve.inbox=" + inbox, "--hanbridge.serve.schedule=* * * * * *",
                    "--server.port=" + taken.getLocalPort())).isNotNull();
        }
        await("no schedule thread").atMost(Duration.ofSeconds(5)).until(() -> scheduleThreads().isEmpty());
    }

    private static List<String> scheduleThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith(SCHEDULE_THREADS)).toList();
    }

}
