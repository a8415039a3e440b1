package dev.hanbridge.app.serve;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The PostgreSQL of the opt-in tests: {@code -Dhanbridge.postgres.url=jdbc:postgresql://...} names
 * a database owned by user {@code hanbridge} (password {@code hanbridge}); .ci/run starts one.
 */
public final class TestPostgres {

    public static final String PROPERTY = "hanbridge.postgres.url";

    private TestPostgres() {
    }

    /** Empties the database (its schema is made anew) and returns Spring arguments that use it. */
    public static String[] freshDatabase() throws SQLException {
        String url = System.getProperty(PROPERTY);
        try (Connection c = DriverManager.getConnection(url, "hanbridge", "hanbridge")) {
            c.createStatement().execute("DROP SCHEMA public CASCADE");
            c.createStatement().execute("CREATE SCHEMA public");
        }
        return new String[] {"--spring.datasource.url=" + url, "--spring.datasource.username=hanbridge",
                "--spring.datasource.password=hanbridge"};
    }
}
