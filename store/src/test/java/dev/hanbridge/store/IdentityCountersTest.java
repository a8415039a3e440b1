package dev.hanbridge.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** After a kill the embedded database's id counters can lag behind rows it wrote out; repair moves them on. */
class IdentityCountersTest {

    @Test
    void countersBehindTheirRowsAreMovedPastTheHighestIdAndOthersAreLeftAlone() {
        var db = new MemoryDatabase();
        // the job repository's tables too, as the application migrates them
        Flyway.configure().dataSource(db.dataSource).locations("classpath:db/batch/h2").baselineOnMigrate(true)
                .baselineVersion("1").table("batch_schema_history").load().migrate();
        RunStore runs = new RunStore(db.jdbc);
        long first = runs.create("/inbox", "none", "tmx", "en", "/out", "host", 1);
        // rows the database wrote out while their counters' steps were lost
        long next = db.jdbc.sql("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'HB_RUN'"
                + " AND COLUMN_NAME = 'ID'").query(Long.class).single();
        db.jdbc.sql("INSERT INTO hb_run (id, inputs, engine, formats, target_lang, out_dir, status, started_at)"
                + " VALUES (?, '/inbox', 'none', 'tmx', 'en', '/out', 'FAILED', CURRENT_TIMESTAMP)")
                .param(next + 2).update();
        long batchNext = db.jdbc.sql("SELECT BASE_VALUE FROM INFORMATION_SCHEMA.SEQUENCES"
                + " WHERE SEQUENCE_NAME = 'BATCH_JOB_INSTANCE_SEQ'").query(Long.class).single();
        db.jdbc.sql("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY)"
                + " VALUES (?, 0, 'translate', 'k')").param(batchNext + 5).update();

        assertThat(String.join("\n", new IdentityCounters(db.jdbc).repair()))
                .contains("the id counter of HB_RUN (next " + next + ", highest id " + (next + 2) + ")")
                .contains("the sequence BATCH_JOB_INSTANCE_SEQ")
                .doesNotContain("HB_ARTICLE");

        long after = runs.create("/inbox", "none", "tmx", "en", "/out", "host", 1);
        assertThat(after).isEqualTo(next + 3).isGreaterThan(first);
        assertThat(db.jdbc.sql("SELECT NEXT VALUE FOR BATCH_JOB_INSTANCE_SEQ").query(Long.class).single())
                .isEqualTo(batchNext + 6);
        assertThat(new IdentityCounters(db.jdbc).repair()).as("nothing behind any more").isEmpty();
    }
}
