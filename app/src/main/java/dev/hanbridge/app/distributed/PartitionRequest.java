package dev.hanbridge.app.distributed;

import java.nio.charset.StandardCharsets;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageBuilder;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the manager asks a worker to do: run the step {@code step} on the partition that the step
 * execution {@code stepExecutionId} stands for (Spring Batch's {@code StepExecutionRequest}). On
 * the broker it is a small JSON object, persistent, so that a restarted broker still has it; no
 * Java serialization crosses the network.
 */
record PartitionRequest(String step, long stepExecutionId) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    Message toMessage() {
        return MessageBuilder.withBody(JSON.writeValueAsBytes(this))
                .setContentType(MessageProperties.CONTENT_TYPE_JSON)
                .setContentEncoding(StandardCharsets.UTF_8.name())
                .setDeliveryMode(MessageDeliveryMode.PERSISTENT)
                .build();
    }

    /** @throws IllegalArgumentException when the message is not a partition request */
    static PartitionRequest of(Message message) {
        try {
            PartitionRequest request = JSON.readValue(message.getBody(), PartitionRequest.class);
            if (request.step() == null || request.stepExecutionId() <= 0) {
                throw new IllegalArgumentException("not a partition request: "
                        + new String(message.getBody(), StandardCharsets.UTF_8));
            }
            return request;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a partition request: " + e.getOriginalMessage(), e);
        }
    }
}
