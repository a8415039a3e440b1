package dev.hanbridge.app;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

/**
 * The databases the application runs on in tests: the embedded H2 in a data folder, and the
 * PostgreSQL that {@code -Dhanbridge.postgres.url=jdbc:postgresql://...} names (a database owned by
 * user {@code hanbridge}, password {@code hanbridge}; .ci/run starts one). On PostgreSQL each test
 * JVM works in a schema of its own ({@code hb_test_PID}, dropped and made anew before each use,
 * dropped when the JVM ends), so that builds running at the same time against one database (two
 * checkouts on a machine) never empty each other's tables mid-run. A behaviour that must hold on both is a {@code @ParameterizedTest} over
 * {@link #available()}: PostgreSQL joins only when the property is given.
 */
public enum TestDatabase {

    H2 {
        @Override
        public List<String> emptySpringArgs() {
            return List.of(); // the data folder's own database: a fresh folder has an empty one
        }

        @Override
        public Connection connect(Path dataDir) throws SQLException {
            return DriverManager.getConnection(
                    "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/hanbridge;AUTO_SERVER=TRUE", "sa", "");
        }

        @Override
        public String toString() {
            return "H2";
        }
    },

    POSTGRESQL {
        @Override
        public List<String> emptySpringArgs() throws SQLException {
            emptyPostgres();
            return List.of("--spring.datasource.url=" + postgresUrl(), "--spring.datasource.username=hanbridge",
                    "--spring.datasource.password=hanbridge");
        }

        @Override
        public Connection connect(Path dataDir) throws SQLException {
            return DriverManager.getConnection(postgresUrl(), "hanbridge", "hanbridge");
        }

        @Override
        public String toString() {
            return "PostgreSQL (-D" + POSTGRES_PROPERTY + " given)";
        }
    };

    public static final String POSTGRES_PROPERTY = "hanbridge.postgres.url";

    /** Spring arguments ({@code --key=value}) that point the application at this database, emptied first. */
    public abstract List<String> emptySpringArgs() throws SQLException;

    /** A connection for assertions on what was stored; {@code dataDir} is the data folder (H2 lives there). */
    public abstract Connection connect(Path dataDir) throws SQLException;

    /** H2 always; PostgreSQL when {@code -Dhanbridge.postgres.url} names one. */
    public static Stream<TestDatabase> available() {
        return postgresUrl() == null || postgresUrl().isBlank() ? Stream.of(H2) : Stream.of(H2, POSTGRESQL);
    }

    /** This JVM's schema: the processes a test starts get the same URL, so they share it. */
    private static final String SCHEMA = "hb_test_" + ProcessHandle.current().pid();
    private static boolean dropAtExit;

    /**
     * The database of {@code -Dhanbridge.postgres.url}, in this JVM's schema ({@code currentSchema}:
     * Flyway, Spring Batch and hanbridge's own SQL then all work there); {@code null} without it.
     */
    public static String postgresUrl() {
        String url = System.getProperty(POSTGRES_PROPERTY);
        if (url == null || url.isBlank()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
    }

    /** Drops this JVM's PostgreSQL schema and makes it anew, so that Flyway starts from nothing. */
    public static synchronized void emptyPostgres() throws SQLException {
        try (Connection c = POSTGRESQL.connect(null); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            s.execute("CREATE SCHEMA " + SCHEMA);
        }
        if (!dropAtExit) {
            dropAtExit = true;
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropSchema, "drop-" + SCHEMA));
        }
    }

    private static void dropSchema() {
        try (Connection c = POSTGRESQL.connect(null); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        } catch (SQLException e) {
            System.err.println("test schema " + SCHEMA + " left in the PostgreSQL test database: " + e.getMessage());
        }
    }

    /** The first column of the first row the query answers. */
    public String queryOne(Path dataDir, String sql) throws SQLException {
        try (Connection c = connect(dataDir); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Every row the query answers, each as column label (upper case on H2) to text. */
    public java.util.List<java.util.Map<String, String>> query(Path dataDir, String sql) throws SQLException {
        java.util.List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
        try (Connection c = connect(dataDir); Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            var meta = rs.getMetaData();
            while (rs.next()) {
                java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toUpperCase(java.util.Locale.ROOT), rs.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
