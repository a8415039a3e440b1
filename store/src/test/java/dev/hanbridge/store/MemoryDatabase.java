package dev.hanbridge.store;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh in-memory H2 database with the real migrations applied. */
final class MemoryDatabase {

    final DriverManagerDataSource dataSource;
    final JdbcClient jdbc;
    final DataSourceTransactionManager transactions;

    MemoryDatabase() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
    }

    JdbcTemplate jdbcTemplate() {
        return new JdbcTemplate(dataSource);
    }

    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");

    /**
     * How many rows H2 read to answer a statement: the sum of the scan counts that {@code EXPLAIN
     * ANALYZE} reports for each table (the statement must start with {@code EXPLAIN ANALYZE}).
     */
    static long rowsRead(JdbcClient.StatementSpec explainAnalyze) {
        Matcher scans = SCAN_COUNT.matcher(explainAnalyze.query(String.class).single());
        long rows = 0;
        while (scans.find()) {
            rows += Long.parseLong(scans.group(1));
        }
        return rows;
    }
}
