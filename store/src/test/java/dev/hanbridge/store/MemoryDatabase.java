package dev.hanbridge.store;

import java.util.UUID;

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
}
