package dev.hanbridge.store;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Puts the embedded database's id counters back past the highest id each table holds. H2 writes
 * its commits out within its write delay (100 ms in application.properties) and a killed process
 * loses the rest; a counter can come back behind rows that were written out (seen after SIGKILL in
 * KilledExportTest), and the next insert into that table then fails on its primary key, run after
 * run. PostgreSQL's sequences never hand out a number twice, so it is left alone.
 */
public class IdentityCounters {

    private record Counter(String table, String column, long next) {
    }

    /** Spring Batch's ids come from sequences of their own, one per table. */
    private static final List<String[]> BATCH_SEQUENCES = List.of(
            new String[] {"BATCH_JOB_INSTANCE_SEQ", "BATCH_JOB_INSTANCE", "JOB_INSTANCE_ID"},
            new String[] {"BATCH_JOB_EXECUTION_SEQ", "BATCH_JOB_EXECUTION", "JOB_EXECUTION_ID"},
            new String[] {"BATCH_STEP_EXECUTION_SEQ", "BATCH_STEP_EXECUTION", "STEP_EXECUTION_ID"});

    private final JdbcClient jdbc;

    public IdentityCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return what was behind and moved on, one line each, for the log */
    public List<String> repair() {
        List<String> moved = new ArrayList<>();
        if (!isH2()) {
            return moved;
        }
        List<Counter> counters = jdbc.sql("""
                SELECT TABLE_NAME, COLUMN_NAME, IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS
                 WHERE IS_IDENTITY = 'YES' AND TABLE_SCHEMA = SCHEMA()""")
                .query((rs, n) -> new Counter(rs.getString(1), rs.getString(2), rs.getLong(3))).list();
        for (Counter c : counters) {
            // Names from the catalogue, quoted as it spells them.
            Long max = jdbc.sql("SELECT MAX(\"" + c.column() + "\") FROM \"" + c.table() + "\"").query(Long.class)
                    .optional().orElse(null);
            if (max != null && max >= c.next()) {
                jdbc.sql("ALTER TABLE \"" + c.table() + "\" ALTER COLUMN \"" + c.column() + "\" RESTART WITH "
                        + (max + 1)).update();
                moved.add("the id counter of " + c.table() + " (next " + c.next() + ", highest id " + max + ")");
            }
        }
        for (String[] b : BATCH_SEQUENCES) {
            Long next = jdbc.sql("SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = SCHEMA()"
                    + " AND SEQUENCE_NAME = ?").param(b[0]).query(Long.class).optional().orElse(null);
            Long max = next == null ? null
                    : jdbc.sql("SELECT MAX(" + b[2] + ") FROM " + b[1]).query(Long.class).optional().orElse(null);
            if (max != null && max >= next) {
                jdbc.sql("ALTER SEQUENCE " + b[0] + " RESTART WITH " + (max + 1)).update();
                moved.add("the sequence " + b[0] + " (next " + next + ", highest id " + max + ")");
            }
        }
        return moved;
    }

    private boolean isH2() {
        String product = jdbc.sql("SELECT 1").query((rs, n) -> rs.getStatement().getConnection().getMetaData()
                .getDatabaseProductName()).single();
        return product.startsWith("H2");
    }
}
