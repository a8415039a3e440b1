package dev.hanbridge.app.distributed;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.hanbridge.store.EnginePaceStore;
import dev.hanbridge.store.PartitionStore;
import dev.hanbridge.store.WorkerStore;
import dev.hanbridge.translate.EngineRegistry;

/**
 * What the manager and the workers share: the queue, the stores of workers and partitions, shared
 * rate limits. Only in a {@link DistributedApplication} (which sets the role); the condition keeps
 * it out of a plain run's context even where that context scans this package.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = DistributedApplication.ROLE)
@EnableConfigurationProperties(DistributedSettings.class)
@Import({ManagerConfig.class, WorkerConfig.class})
class DistributedConfig {

    /** Durable, and its messages persistent: requests outlive a broker restart. */
    @Bean
    Queue partitionQueue(DistributedSettings settings) {
        return QueueBuilder.durable(settings.queue()).build();
    }

    @Bean
    WorkerStore workerStore(JdbcClient jdbc) {
        return new WorkerStore(jdbc);
    }

    @Bean
    PartitionStore partitionStore(JdbcClient jdbc) {
        return new PartitionStore(jdbc);
    }

    @Bean
    EnginePaceStore enginePaceStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new EnginePaceStore(jdbc, transactions);
    }

    /** The engines, with their rate limits kept by all workers together (SharedPace). */
    @Bean
    @Primary
    EngineRegistry sharedPaceEngineRegistry(EnginePaceStore pace) {
        return new EngineRegistry(EngineRegistry.discover(DistributedConfig.class.getClassLoader()).providers()
                .stream().map(p -> SharedPace.wrap(p, pace)).toList());
    }

    @Bean
    Preconditions preconditions(Environment environment, AmqpAdmin admin, Queue partitionQueue, RabbitTemplate rabbit) {
        return new Preconditions(environment, admin, partitionQueue, rabbit);
    }
}
