package dev.hanbridge.app.distributed;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.core.env.Environment;

/**
 * What a distributed run and a worker need before they do anything, each said in one line with
 * the settings to fix: a database every worker can reach, and a broker that answers (declaring the
 * queue is the first thing that needs it). The commands check them first, so that a missing broker
 * is a usage error, not a stack trace from the middle of a start-up.
 */
final class Preconditions {

    private final Environment environment;
    private final AmqpAdmin admin;
    private final Queue queue;
    private final RabbitTemplate rabbit;

    Preconditions(Environment environment, AmqpAdmin admin, Queue queue, RabbitTemplate rabbit) {
        this.environment = environment;
        this.admin = admin;
        this.queue = queue;
        this.rabbit = rabbit;
    }

    /** @throws IllegalArgumentException saying what is missing and which settings to fix */
    void check() {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("distributed runs need a database every worker reaches: set "
                    + "SPRING_DATASOURCE_URL (jdbc:postgresql://HOST:5432/DB), SPRING_DATASOURCE_USERNAME and "
                    + "SPRING_DATASOURCE_PASSWORD (README, Scale-out); the embedded database is this machine's only");
        }
        try {
            admin.declareQueue(queue);
        } catch (AmqpException e) {
            throw new IllegalArgumentException("cannot reach RabbitMQ at " + Broker.address(rabbit) + " ("
                    + Broker.reason(e) + "): start it, or set SPRING_RABBITMQ_HOST, SPRING_RABBITMQ_PORT, "
                    + "SPRING_RABBITMQ_USERNAME and SPRING_RABBITMQ_PASSWORD (README, Scale-out)", e);
        }
    }
}
