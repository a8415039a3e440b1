package dev.hanbridge.app.distributed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.context.ConfigurableApplicationContext;

import dev.hanbridge.app.HanbridgeApplication;
import dev.hanbridge.app.serve.ServerApplication;
import dev.hanbridge.app.web.TestServer;

/**
 * Which contexts have a broker: the command line's and the server's never (a plain run neither
 * creates a connection factory nor tries to reach a broker), a worker's and a manager's always, on
 * top of the command line's or the server's own. No broker is needed: a connection factory connects
 * on first use, which none of these contexts makes here.
 */
class DistributedContextsTest {

    @TempDir
    Path tmp;

    @Test
    void theCommandLinesContextHasNoBrokerAndNoDistributedBeans() {
        try (ConfigurableApplicationContext context = HanbridgeApplication.start(data())) {
            assertThat(context.getBeanNamesForType(ConnectionFactory.class)).isEmpty();
            assertThat(context.getBeanNamesForType(DistributedSettings.class)).isEmpty();
        }
    }

    @Test
    void theServersContextHasNoBrokerWhenNoneIsConfigured() {
        try (TestServer server = TestServer.start(tmp.resolve("data"), tmp.resolve("out"))) {
            assertThat(server.context.getBeanNamesForType(ConnectionFactory.class)).isEmpty();
            assertThat(server.context.getBeanNamesForType(DistributedSettings.class)).isEmpty();
        }
    }

    @Test
    void aWorkersContextIsTheCommandLinesWithTheBrokerAndTheWorker() {
        try (ConfigurableApplicationContext context = DistributedApplication.start(DistributedApplication.Role.WORKER,
                HanbridgeApplication.class, data())) {
            assertThat(context.getBeanNamesForType(ConnectionFactory.class)).hasSize(1);
            assertThat(context.getBeanNamesForType(PartitionWorker.class)).hasSize(1);
            assertThat(context.getBeanNamesForType(ManagerConfig.class)).isEmpty();
            assertThat(context.getEnvironment().getProperty("local.server.port")).isNull();
        }
    }

    @Test
    void theServerWithABrokerManagesDistributedRuns() {
        try (ConfigurableApplicationContext context = DistributedApplication.start(DistributedApplication.Role.MANAGER,
                ServerApplication.class, data("--spring.main.web-application-type=servlet", "--hanbridge.serve.enabled=true",
                        "--server.port=0", "--server.address=127.0.0.1", "--hanbridge.serve.api-token=test-token"))) {
            assertThat(context.getBeanNamesForType(ConnectionFactory.class)).hasSize(1);
            assertThat(context.getBean(Job.class).getName()).isEqualTo(ManagerConfig.JOB_NAME);
            assertThat(context.getEnvironment().getProperty("local.server.port")).isNotNull();
        }
    }

    private String[] data(String... more) {
        List<String> args = new ArrayList<>(List.of("--hanbridge.data-dir=" + tmp.resolve("data").toAbsolutePath(),
                "--hanbridge.out-dir=" + tmp.resolve("out").toAbsolutePath()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }
}
