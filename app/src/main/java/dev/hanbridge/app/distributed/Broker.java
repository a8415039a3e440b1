package dev.hanbridge.app.distributed;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/** How the broker is named in messages: where it is and why it failed, never with credentials. */
final class Broker {

    private Broker() {
    }

    static String address(RabbitTemplate rabbit) {
        var factory = rabbit.getConnectionFactory();
        return factory.getHost() + ":" + factory.getPort();
    }

    /** The deepest message of the failure: "Connection refused" rather than the wrapper's. */
    static String reason(AmqpException e) {
        Throwable t = e;
        String message = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
