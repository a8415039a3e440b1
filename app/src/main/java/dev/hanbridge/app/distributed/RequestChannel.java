package dev.hanbridge.app.distributed;

import java.util.concurrent.TimeUnit;

import org.springframework.amqp.AmqpException;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;

/**
 * The channel Spring Batch's {@code MessageChannelPartitionHandler} sends partition requests into:
 * each goes to the RabbitMQ queue and is sent only when the broker confirms that it holds it
 * (publisher confirms), so a request is never lost between the manager and the queue. A broker
 * that cannot be reached, or does not confirm, fails the step with a reason.
 */
final class RequestChannel implements MessageChannel {

    private static final long CONFIRM_MILLIS = TimeUnit.SECONDS.toMillis(30);

    private final RabbitTemplate rabbit;
    private final String queue;

    RequestChannel(RabbitTemplate rabbit, String queue) {
        this.rabbit = rabbit;
        this.queue = queue;
    }

    @Override
    public boolean send(Message<?> message, long timeout) {
        StepExecutionRequest request = (StepExecutionRequest) message.getPayload();
        var amqp = new PartitionRequest(request.getStepName(), request.getStepExecutionId()).toMessage();
        try {
            rabbit.invoke(channel -> {
                channel.send("", queue, amqp); // the default exchange routes by queue name
                channel.waitForConfirmsOrDie(CONFIRM_MILLIS);
                return null;
            });
            return true;
        } catch (AmqpException e) {
            throw new MessageDeliveryException(message, "cannot hand partitions to the workers: RabbitMQ at "
                    + Broker.address(rabbit) + " did not take the request (" + Broker.reason(e) + ")", e);
        }
    }
}
