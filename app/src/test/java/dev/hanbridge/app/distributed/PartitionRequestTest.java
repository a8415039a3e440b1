package dev.hanbridge.app.distributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;

class PartitionRequestTest {

    @Test
    void travelsAsPersistentJsonAndComesBackTheSame() {
        Message message = new PartitionRequest("translate", 42).toMessage();

        assertThat(new String(message.getBody(), StandardCharsets.UTF_8))
                .isEqualTo("{\"step\":\"translate\",\"stepExecutionId\":42}");
        assertThat(message.getMessageProperties().getDeliveryMode()).isEqualTo(MessageDeliveryMode.PERSISTENT);
        assertThat(PartitionRequest.of(message)).isEqualTo(new PartitionRequest("translate", 42));
    }

    @Test
    void aMessageThatIsNotARequestIsRefusedWithWhatItHeld() {
        assertThatThrownBy(() -> PartitionRequest.of(message("{\"step\":\"translate\"}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a partition request");
        assertThatThrownBy(() -> PartitionRequest.of(message("hello")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a partition request");
    }

    private static Message message(String body) {
        return new Message(body.getBytes(StandardCharsets.UTF_8), new MessageProperties());
    }
}
