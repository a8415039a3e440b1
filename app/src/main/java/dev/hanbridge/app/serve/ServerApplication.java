package dev.hanbridge.app.serve;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

import dev.hanbridge.app.HanbridgeApplication;

/**
 * The Spring context behind {@code hanbridge serve}: the command line's ({@link HanbridgeApplication})
 * plus the web server, security, pages, OpenAPI and the schedule, with Spring Boot's
 * auto-configuration discovered as usual.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(HanbridgeApplication.class)
@ComponentScan(basePackages = {"dev.hanbridge.app.serve", "dev.hanbridge.app.web"})
public class ServerApplication {

    /** Starts the server with {@code args} as Spring command-line properties ({@code --key=value}). */
    public static ConfigurableApplicationContext start(String... args) {
        return HanbridgeApplication.application(ServerApplication.class).run(args);
    }
}
