package dev.hanbridge.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.hanbridge.app.job.Progress;
import dev.hanbridge.app.job.TranslateJobConfig;
import dev.hanbridge.app.run.RunLauncher;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.ExportFileStore;
import dev.hanbridge.store.GlossaryStore;
import dev.hanbridge.store.IdentityCounters;
import dev.hanbridge.store.RunStore;
import dev.hanbridge.store.SourceClaims;
import dev.hanbridge.ingest.Ingestor;
import dev.hanbridge.translate.EngineRegistry;
import dev.hanbridge.translate.EngineSettings;

import java.util.Optional;

/**
 * The Spring context behind {@code hanbridge run}, {@code jobs} and {@code restart}: the database
 * (migrated by Flyway), the Spring Batch job and its launcher, and nothing of the server. The
 * auto-configurations are named rather than discovered: with discovery, a cron run also set up
 * security, templates, OpenAPI, validation, a scheduler and JSON converters it never used
 * (issue #15). {@code hanbridge serve} starts {@link dev.hanbridge.app.serve.ServerApplication},
 * which adds the rest.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
        JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class, BatchJdbcAutoConfiguration.class,
        BatchAutoConfiguration.class})
@Import({TranslateJobConfig.class, RunLauncher.class})
public class HanbridgeApplication {

    /**
     * Starts the context with {@code args} as Spring command-line properties ({@code --key=value}).
     * Its beans are created when first used, so {@code hanbridge jobs} creates no Tika parsers,
     * engines or job steps.
     */
    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication app = application(HanbridgeApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLazyInitialization(true);
        return app.run(args);
    }

    /** The application of {@code root} (this class, or one that imports it) as every command starts it. */
    public static SpringApplication application(Class<?> root) {
        JaxpDefaults.install();
        // Spring Boot warms up Jackson, validation, Tomcat and message converters on a thread of
        // its own; on a two-core machine that thread took CPU from the command's own start-up.
        System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        SpringApplication app = new SpringApplication(root);
        app.setLogStartupInfo(false);
        return app;
    }

    /** PostgreSQL plans each statement for its values: see {@link PostgresPlans}. */
    @Bean
    static PostgresPlans postgresPlans() {
        return new PostgresPlans();
    }

    @Bean
    IdentityCounters identityCounters(JdbcClient jdbc) {
        return new IdentityCounters(jdbc);
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
    StoredTranslations translationStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate,
            PlatformTransactionManager transactions, org.springframework.core.env.Environment environment) {
        // H2 writes commits out within WRITE_DELAY (100 ms, application.properties): fast for ingest
        // and export, whose work a restart simply redoes, but a killed process would lose
        // translations already paid for.
        // A checkpoint after each stored batch of translations writes them out at once.
        boolean h2 = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
        return new StoredTranslations(jdbc, jdbcTemplate, transactions, h2);
    }

    @Bean
    StoredMemory memoryStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate,
            PlatformTransactionManager transactions) {
        return new StoredMemory(jdbc, jdbcTemplate, transactions);
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
