package dev.hanbridge.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

import dev.hanbridge.app.distributed.DistributedApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Works on partitions of distributed runs (hanbridge run --distributed): joins RabbitMQ and "
                + "the PostgreSQL database and runs the ingest, translate and export partitions of any run, as many at "
                + "once as it has slots.",
                "Broker: SPRING_RABBITMQ_HOST, _PORT, _USERNAME, _PASSWORD (default localhost:5672, guest). Database: "
                        + "SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD (PostgreSQL). The inputs and the output folder "
                        + "of the runs must be at the same paths on every worker (a shared folder)."},
        footer = {"", "Stop it with Ctrl-C or SIGTERM: it takes no new partition, lets running ones finish (up to "
                + "hanbridge.distributed.stop-grace, 20 s), and hands the rest to other workers."})
class WorkerCommand implements Callable<Integer> {

    @Option(names = "--slots", paramLabel = "N",
            description = "Partitions to run at once (default: one per core, at least 2).")
    Integer slots;

    @Mixin
    DataOption data;

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(data.springArgs());
        if (slots != null) {
            if (slots < 1) {
                throw new CliException("--slots must be 1 or more");
            }
            args.add("--hanbridge.distributed.worker-slots=" + slots);
        }
        return Spring.withDistributed(DistributedApplication.Role.WORKER, args, context -> {
            DistributedApplication.checkReady(context);
            CountDownLatch closed = new CountDownLatch(1);
            context.addApplicationListener((ApplicationListener<ContextClosedEvent>) e -> closed.countDown());
            String name = DistributedApplication.startWorking(context);
            var env = context.getEnvironment();
            System.out.printf("hanbridge worker %s works on partitions from RabbitMQ at %s:%s (queue %s)%n", name,
                    env.getProperty("spring.rabbitmq.host", "localhost"), env.getProperty("spring.rabbitmq.port", "5672"),
                    env.getProperty("hanbridge.distributed.queue", "hanbridge.partitions"));
            closed.await(); // until SIGTERM or Ctrl-C closes the context (Spring's shutdown hook)
            return 0;
        });
    }
}
