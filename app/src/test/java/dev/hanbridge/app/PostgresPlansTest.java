package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import com.zaxxer.hikari.HikariDataSource;

/** The application's PostgreSQL connections plan each statement for its values; H2's are left alone. */
class PostgresPlansTest {

    private static HikariDataSource processed(String url, String initSql) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setConnectionInitSql(initSql);
        return (HikariDataSource) new PostgresPlans().postProcessAfterInitialization(pool, "dataSource");
    }

    @Test
    void asksPostgreSqlForCustomPlansAndLeavesH2AndAUsersOwnInitSqlAlone() {
        assertThat(processed("jdbc:postgresql://db.example:5432/hanbridge", null).getConnectionInitSql())
                .isEqualTo("SET plan_cache_mode = force_custom_plan");
        assertThat(processed("jdbc:h2:mem:x", null).getConnectionInitSql()).isNull();
        assertThat(processed("jdbc:postgresql://db.example:5432/hanbridge", "SET work_mem = '64MB'")
                .getConnectionInitSql()).isEqualTo("SET work_mem = '64MB'");
    }

    /** On the PostgreSQL of {@code -Dhanbridge.postgres.url}, which .ci/run starts. */
    @Test
    @EnabledIfSystemProperty(named = TestDatabase.POSTGRES_PROPERTY, matches = ".+")
    void theApplicationsPostgreSqlConnectionsPlanEachStatementForItsValues(@TempDir Path tmp) throws Exception {
        List<String> args = new ArrayList<>(TestDatabase.POSTGRESQL.emptySpringArgs());
        args.add("--hanbridge.data-dir=" + tmp.resolve("data"));
        try (ConfigurableApplicationContext context = HanbridgeApplication.start(args.toArray(String[]::new));
                Connection c = context.getBean(DataSource.class).getConnection();
                ResultSet rs = c.createStatement().executeQuery("SHOW plan_cache_mode")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("force_custom_plan");
        }
    }
}
