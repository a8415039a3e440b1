package dev.hanbridge.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import dev.hanbridge.common.BlockKind;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.RunStore;
import dev.hanbridge.store.SegmentedBlock;
import dev.hanbridge.store.TranslationStore;
import dev.hanbridge.store.UsageStore;

/** A fresh in-memory H2 database with the real Flyway migrations applied, and the stores over it. */
public final class TestDb {

    public final DataSource dataSource;
    public final JdbcClient jdbc;
    public final DataSourceTransactionManager transactions;
    public final Translations translations;
    public final Usage usage;
    public final ArticleStore articles;
    public final RunStore runs;

    public TestDb() {
        DriverManagerDataSource ds = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        this.dataSource = ds;
        this.jdbc = JdbcClient.create(ds);
        this.transactions = new DataSourceTransactionManager(ds);
        this.translations = new Translations(jdbc, transactions);
        this.usage = new Usage(jdbc, transactions);
        this.articles = new ArticleStore(jdbc, new org.springframework.jdbc.core.JdbcTemplate(ds));
        this.runs = new RunStore(jdbc);
    }

    /** The database store as the translator's ledger, as the application wires it. */
    public static final class Translations extends TranslationStore implements TranslationLedger {
        Translations(JdbcClient jdbc, DataSourceTransactionManager transactions) {
            super(jdbc, transactions);
        }
    }

    public static final class Usage extends UsageStore implements UsageLedger {
        Usage(JdbcClient jdbc, DataSourceTransactionManager transactions) {
            super(jdbc, transactions);
        }
    }

    public long run(String engine) {
        return runs.create("/inbox", engine, "tmx", "en", "/out", "test-host", 1);
    }

    /** An article of one paragraph per given sentence list. */
    public long article(long runId, String name, String title, List<List<String>> paragraphs) {
        List<SegmentedBlock> blocks = new ArrayList<>();
        blocks.add(new SegmentedBlock(BlockKind.TITLE, title, List.of(title)));
        for (List<String> p : paragraphs) {
            blocks.add(new SegmentedBlock(BlockKind.PARAGRAPH, String.join(" ", p), p));
        }
        return articles.insertIngested(runId, "file:///inbox/" + name, name, "0".repeat(64), 1, "text/plain", "UTF-8",
                title, null, null, blocks);
    }

    public long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
