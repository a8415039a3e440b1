package dev.hanbridge.app.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpConnectException;

class BrokerWatchTest {

    private static final Duration EVERY = Duration.ofMillis(20);
    private final AtomicBoolean brokerAway = new AtomicBoolean();
    private final AtomicInteger pings = new AtomicInteger();
    private final List<String> told = new CopyOnWriteArrayList<>();

    private void ping() {
        pings.incrementAndGet();
        if (brokerAway.get()) {
            throw new AmqpConnectException(new java.net.ConnectException("Connection refused"));
        }
    }

    @Test
    void saysWithTheReasonWhenTheBrokerHasBeenSilentForTheWholeWaitAndAgainUntilItAnswers() {
        BrokerWatch watch = new BrokerWatch(this::ping, "mq.example:5672", Duration.ofMillis(300), EVERY);
        brokerAway.set(true);
        long away = System.nanoTime();

        try (var watching = watch.watch("translate", told::add)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> !told.isEmpty());
            assertThat(Duration.ofNanos(System.nanoTime() - away)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            await().atMost(Duration.ofSeconds(5)).until(() -> told.size() >= 3); // a worker may die meanwhile
            brokerAway.set(false);
            int back = pings.get();
            await().atMost(Duration.ofSeconds(5)).until(() -> pings.get() > back + 2);
            int toldThen = told.size();
            int later = pings.get();
            await().atMost(Duration.ofSeconds(5)).until(() -> pings.get() > later + 5);
            assertThat(told).hasSize(toldThen);
        }

        assertThat(told).allSatisfy(reason -> assertThat(reason)
                .startsWith("RabbitMQ at mq.example:5672 has not answered for").endsWith("(Connection refused)"));
    }

    @Test
    void aBrokerBackWithinTheWaitIsNotGivenUp() {
        BrokerWatch watch = new BrokerWatch(this::ping, "mq.example:5672", Duration.ofSeconds(2), EVERY);

        try (var watching = watch.watch("translate", told::add)) {
            for (int i = 0; i < 3; i++) { // three restarts, each away for less than the wait
                brokerAway.set(true);
                int seen = pings.get();
                await().atMost(Duration.ofSeconds(5)).until(() -> pings.get() > seen + 5);
                brokerAway.set(false);
                int back = pings.get();
                await().atMost(Duration.ofSeconds(5)).until(() -> pings.get() > back + 2);
            }
        }

        assertThat(told).isEmpty();
    }

    @Test
    void aZeroWaitWatchesNothing() throws InterruptedException {
        BrokerWatch watch = new BrokerWatch(this::ping, "mq.example:5672", Duration.ZERO, EVERY);
        brokerAway.set(true);

        try (var watching = watch.watch("translate", told::add)) {
            Thread.sleep(200);
        }

        assertThat(pings.get()).isZero();
        assertThat(told).isEmpty();
    }
}
