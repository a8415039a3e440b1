package dev.hanbridge.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Makes PostgreSQL plan every statement for its own values ({@code plan_cache_mode =
 * force_custom_plan}) on the application's connections.
 *
 * <p>Why: a run fills its tables from empty. The JDBC driver prepares a statement on the server
 * after five uses, and PostgreSQL then keeps a generic plan made while a table held a few rows: the
 * memory lookup ({@code target_lang = ? AND source_hash IN (...)}) kept reading every unit of the
 * language through the {@code (target_lang, id)} index, 30–90 ms a lookup at 10,000 units, until
 * autovacuum's next ANALYZE threw the plan away (auto_explain during bench/distributed.sh). The
 * export step's memory-match query did the same. Planning each execution costs a fraction of a
 * millisecond (3–5 % of bench/distributed.sh's translate step with one worker: each row of a batch is
 * planned). A connection-init-sql of the user's own is left as it is.
 */
final class PostgresPlans implements BeanPostProcessor {

    static final String CUSTOM_PLANS = "SET plan_cache_mode = force_custom_plan";

    private static final Logger log = LoggerFactory.getLogger(PostgresPlans.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            if (pool.getConnectionInitSql() == null) {
                pool.setConnectionInitSql(CUSTOM_PLANS);
            } else {
                log.info("spring.datasource.hikari.connection-init-sql is set; PostgreSQL keeps its own plan "
                        + "cache setting (hanbridge asks for plan_cache_mode = force_custom_plan: see README, Scale-out)");
            }
        }
        return bean;
    }
}
