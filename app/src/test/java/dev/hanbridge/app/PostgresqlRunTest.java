package dev.hanbridge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on PostgreSQL: the Flyway migrations, the Spring Batch repository and every store
 * on the other supported database. Opt-in: {@code -Dhanbridge.postgres.url=jdbc:postgresql://...}
 * naming an empty database that user {@code hanbridge} (password {@code hanbridge}) owns; .ci/run
 * starts one. Its schema is dropped and made anew.
 */
@EnabledIfSystemProperty(named = TestDatabase.POSTGRES_PROPERTY, matches = ".+")
class PostgresqlRunTest {

    @TempDir
    Path tmp;
    String url;

    @BeforeEach
    void emptyDatabase() throws Exception {
        url = TestDatabase.postgresUrl();
        TestDatabase.emptyPostgres();
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", "hanbridge");
        System.setProperty("spring.datasource.password", "hanbridge");
        System.setProperty("hanbridge.engines.counting.log", tmp.resolve("engine.log").toString());
    }

    @AfterEach
    void backToH2() {
        System.clearProperty("spring.datasource.url");
        System.clearProperty("spring.datasource.username");
        System.clearProperty("spring.datasource.password");
        System.clearProperty("hanbridge.engines.counting.log");
    }

    @Test
    void runsTranslatesAndSkipsOnPostgresqlWhenPostgresUrlIsGiven() throws Exception {
        Path inbox = tmp.resolve("inbox");
        Fixtures.articles(inbox, 3, 2);
        String[] run = {"run", inbox.toString(), "--engine", "counting", "--data", tmp.resolve("data").toString(),
                "--out", tmp.resolve("out").toString()};

        CliRunner.Result first = CliRunner.run(run);
        CliRunner.Result second = CliRunner.run(run);

        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("3 ingested").contains("0 untranslated");
        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).contains("0 ingested, 3 skipped (unchanged)");
        try (Connection c = TestDatabase.POSTGRESQL.connect(null);
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT (SELECT COUNT(*) FROM hb_article WHERE status = 'EXPORTED'),"
                                + " (SELECT COUNT(*) FROM hb_segment) - (SELECT COUNT(*) FROM hb_translation),"
                                + " (SELECT COUNT(*) FROM batch_job_execution WHERE status = 'COMPLETED')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(3);
            assertThat(rs.getLong(2)).isZero();
            assertThat(rs.getLong(3)).isEqualTo(2);
        }
    }
}
