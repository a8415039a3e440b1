package dev.hanbridge.app.distributed;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Keeps the manager's wait for a step's partitions bounded when the broker goes away. A broker
 * restart costs a run nothing by itself: the requests in the queue outlive it (durable queue,
 * persistent messages), running partitions need only the database, and workers reconnect. But a
 * partition whose request waits in the queue cannot start while the broker is away, and a partition
 * whose worker died cannot be handed to another; the manager polls the job repository, not the
 * broker, so without this it would wait for them for ever. While a step waits, the broker is asked
 * every {@code every} whether the queue is there; when it has not answered for {@code wait}, the
 * watch says so, and again at each look while it stays away (a worker may die meanwhile), and the
 * manager gives up what cannot go on without it.
 */
final class BrokerWatch {

    private static final Logger log = LoggerFactory.getLogger(BrokerWatch.class);

    private final Runnable ping;
    private final String address;
    private final Duration wait;
    private final Duration every;

    /**
     * @param ping asks the broker something; throws {@link AmqpException} when it does not answer
     * @param address the broker as messages name it (never with credentials)
     * @param wait how long the broker may be silent; zero: for ever (no watch)
     */
    BrokerWatch(Runnable ping, String address, Duration wait, Duration every) {
        this.ping = ping;
        this.address = address;
        this.wait = wait;
        this.every = every;
    }

    static BrokerWatch of(RabbitTemplate rabbit, String queue, Duration wait) {
        return new BrokerWatch(() -> rabbit.execute(channel -> channel.queueDeclarePassive(queue)),
                Broker.address(rabbit), wait, Duration.ofSeconds(2));
    }

    /**
     * Watches until closed; {@code lost} is told the reason at each look once the broker has been
     * silent for the whole wait, until it answers again.
     */
    PartitionWatch.Following watch(String step, Consumer<String> lost) {
        if (wait.isZero()) {
            return () -> {
            };
        }
        long[] lastAnswer = {System.nanoTime()};
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hanbridge-broker-" + step);
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(() -> {
            try {
                ping.run();
                lastAnswer[0] = System.nanoTime();
            } catch (AmqpException e) {
                long silent = System.nanoTime() - lastAnswer[0];
                log.debug("RabbitMQ at {} did not answer ({} ms silent): {}", address,
                        TimeUnit.NANOSECONDS.toMillis(silent), Broker.reason(e));
                if (silent >= wait.toNanos()) {
                    lost.accept("RabbitMQ at " + address + " has not answered for " + wait.toSeconds() + " s ("
                            + Broker.reason(e) + ")");
                }
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return timer::shutdownNow;
    }
}
