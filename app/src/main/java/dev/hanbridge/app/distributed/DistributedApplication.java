package dev.hanbridge.app.distributed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;

import dev.hanbridge.app.HanbridgeApplication;

/**
 * The context of a distributed run's manager ({@code hanbridge run --distributed}, and the server
 * when a broker is configured) or of a worker ({@code hanbridge worker}): the command line's or the
 * server's own, plus RabbitMQ and {@link DistributedConfig}. Every other command starts
 * {@link HanbridgeApplication} (whose named auto-configurations leave the broker out) or the server
 * (whose discovery application.properties keeps from the broker's), so a plain run neither creates a
 * connection factory nor tries to reach a broker.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = DistributedApplication.ROLE) // never part of a plain run's context, scanned or not
@Import(DistributedConfig.class)
@ImportAutoConfiguration(RabbitAutoConfiguration.class)
public class DistributedApplication {

    /** The property that says which side this context is: {@code manager} or {@code worker}. */
    public static final String ROLE = "hanbridge.distributed.role";

    public enum Role {
        MANAGER, WORKER;

        String property() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Starts the context of {@code root} ({@link HanbridgeApplication} for the command line,
     * {@code ServerApplication} for the server) plus this one, with {@code args} as Spring
     * command-line properties ({@code --key=value}). Unlike the command line's own context its
     * beans are not lazy: a manager or a worker builds the job and the broker's endpoints anyway,
     * and a wrong setting should stop it before it takes any work.
     */
    public static ConfigurableApplicationContext start(Role role, Class<?> root, String... args) {
        SpringApplication app = HanbridgeApplication.application(root);
        app.addPrimarySources(List.of(DistributedApplication.class));
        // Publisher confirms: a partition request counts as sent once the broker holds it.
        app.setDefaultProperties(Map.of("spring.rabbitmq.publisher-confirm-type", "simple"));
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--" + ROLE + "=" + role.property());
        // application.properties keeps the broker's auto-configuration out of the server's discovery.
        all.add("--spring.autoconfigure.exclude=");
        return app.run(all.toArray(String[]::new));
    }

    /**
     * Whether a broker is configured ({@code SPRING_RABBITMQ_HOST} or {@code SPRING_RABBITMQ_ADDRESSES},
     * or their system properties): the server then distributes its runs.
     */
    public static boolean brokerConfigured() {
        StandardEnvironment environment = new StandardEnvironment();
        return environment.containsProperty("spring.rabbitmq.host") || environment.containsProperty("spring.rabbitmq.addresses")
                || environment.containsProperty("SPRING_RABBITMQ_HOST")
                || environment.containsProperty("SPRING_RABBITMQ_ADDRESSES");
    }

    /**
     * Checks what the context needs before it does any work: PostgreSQL, and a broker that answers.
     *
     * @throws IllegalArgumentException saying what is missing and which settings to fix
     */
    public static void checkReady(ApplicationContext context) {
        context.getBean(Preconditions.class).check();
    }

    /** Starts taking partitions (a worker context); returns this worker's name, {@code host:pid}. */
    public static String startWorking(ApplicationContext context) {
        PartitionWorker worker = context.getBean(PartitionWorker.class);
        worker.start();
        return context.getBean(WorkerIdentity.class).name();
    }
}
