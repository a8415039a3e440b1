package dev.hanbridge.app.serve;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

import dev.hanbridge.app.run.RunLauncher;
import dev.hanbridge.store.RunStore;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

/** The server's run machinery; present only when {@code hanbridge serve} started the context. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "hanbridge.serve.enabled", havingValue = "true")
@EnableConfigurationProperties(ServeSettings.class)
class ServeConfig {

    /** Two runs at once: engines are I/O bound, and a scheduled run must not wait for an upload's. */
    private static final int RUN_THREADS = 2;

    @Bean
    ApiToken apiToken(ServeSettings settings, Environment environment) {
        String token = settings.apiToken();
        if (token == null || token.isBlank()) {
            token = environment.getProperty("HANBRIDGE_API_TOKEN");
        }
        ApiToken apiToken = new ApiToken(token);
        // Checked here too, not only by the command: whatever starts the server gets the same rule.
        BindCheck.check(environment.getProperty("server.address"), apiToken.isSet());
        return apiToken;
    }

    @Bean
    RunService runService(RunLauncher launcher, RunStore runs, ServeSettings settings) {
        return new RunService(launcher, runs, settings, RUN_THREADS);
    }

    /** ShedLock over the shared database; the database's clock decides, not each server's. */
    @Bean
    LockingTaskExecutor lockingTaskExecutor(DataSource dataSource) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
    }

    @Bean
    @ConditionalOnProperty(name = "hanbridge.serve.schedule")
    ScheduledInboxRun scheduledInboxRun(RunService runs, LockingTaskExecutor locks, ServeSettings settings,
            Environment env) {
        if (settings.inbox() == null) {
            throw new IllegalArgumentException("a schedule needs an inbox: give --inbox DIR");
        }
        return new ScheduledInboxRun(runs, locks, settings.inbox().toAbsolutePath().normalize(), settings.schedule(),
                env.getProperty("hanbridge.engine", "none"), env.getProperty("hanbridge.formats", "tmx,xliff,html"),
                Path.of(env.getProperty("hanbridge.out-dir", "hanbridge-out")),
                env.getProperty("hanbridge.source-lang"), env.getProperty("hanbridge.target-lang"),
                settings.lockAtMostFor());
    }

    /** Left to Spring to initialise and shut down with the context. */
    @Bean
    ThreadPoolTaskScheduler inboxScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("hanbridge-schedule-");
        scheduler.setPoolSize(1);
        return scheduler;
    }

    /**
     * Schedules the inbox once the scheduler is initialised. Not in the scheduler's bean method:
     * Spring initialises the scheduler again after that method, replacing its executor, and the
     * one holding the schedule would never be shut down (the schedule ticked on after close).
     */
    @Bean
    SmartInitializingSingleton inboxSchedule(ThreadPoolTaskScheduler inboxScheduler,
            ObjectProvider<ScheduledInboxRun> scheduled, ServeSettings settings) {
        return () -> scheduled.ifAvailable(task -> inboxScheduler.schedule(task, new CronTrigger(settings.schedule())));
    }
}
