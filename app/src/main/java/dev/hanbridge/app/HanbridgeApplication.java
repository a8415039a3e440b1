package dev.hanbridge.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.hanbridge.app.job.Progress;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.ExportFileStore;
import dev.hanbridge.store.GlossaryStore;
import dev.hanbridge.store.RunStore;
import dev.hanbridge.store.SourceClaims;
import dev.hanbridge.ingest.Ingestor;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.EngineSettings;

import java.util.Optional;

/** The Spring context behind {@code hanbridge run}, {@code jobs} and {@code restart}. */
@SpringBootApplication
public class HanbridgeApplication {

    /** Starts the context with {@code args} as Spring command-line properties ({@code --key=value}). */
    public static org.springframework.context.ConfigurableApplicationContext start(String... args) {
        JaxpDefaults.install();
        SpringApplication app = new SpringApplication(HanbridgeApplication.class);
        app.setLogStartupInfo(false);
        return app.run(args);
    }

    @Bean
    RunStore runStore(JdbcClient jdbc) {
        return new RunStore(jdbc);
    }

    @Bean
    ArticleStore articleStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
        return new ArticleStore(jdbc, jdbcTemplate);
    }

    @Bean
    StoredTranslations translationStore(JdbcClient jdbc, PlatformTransactionManager transactions,
            org.springframework.core.env.Environment environment) {
        // H2 writes commits out within WRITE_DELAY (500 ms): fast for ingest and export, whose work
        // a restart simply redoes, but a killed process would lose translations already paid for.
        // A checkpoint after each stored batch of translations writes them out at once.
        boolean h2 = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        return new StoredTranslations(jdbc, transactions, h2);
    }

    @Bean
    StoredMemory memoryStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new StoredMemory(jdbc, transactions);
    }

    @Bean
    StoredUsage usageStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new StoredUsage(jdbc, transactions);
    }

    @Bean
    StoredQa qaStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate,
            PlatformTransactionManager transactions) {
        return new StoredQa(jdbc, jdbcTemplate, transactions);
    }

    @Bean
    GlossaryStore glossaryStore(JdbcClient jdbc) {
        return new GlossaryStore(jdbc);
    }

    @Bean
    ExportFileStore exportFileStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate) {
        return new ExportFileStore(jdbc, jdbcTemplate);
    }

    @Bean
    SourceClaims sourceClaims(JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new SourceClaims(jdbc, transactions);
    }

    @Bean
    Ingestor ingestor() {
        return new Ingestor();
    }

    /**
     * Progress on the terminal when there is one; step lines only otherwise (cron mails stay short).
     * The server follows runs through its API instead, so it prints none.
     */
    @Bean
    Progress progress(Environment environment) {
        if (environment.getProperty("hanbridge.serve.enabled", Boolean.class, false)) {
            return Progress.silent();
        }
        return new Progress(System.out, System.console() != null);
    }

    @Bean
    EngineRegistry engineRegistry() {
        return EngineRegistry.discover(HanbridgeApplication.class.getClassLoader());
    }

    /** Engine settings come from Spring's environment: configuration files or environment variables. */
    @Bean
    EngineSettings engineSettings(Environment environment) {
        return key -> Optional.ofNullable(environment.getProperty(key));
    }
}
