package dev.hanbridge.app;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.hanbridge.store.UsageStore;
import dev.hanbridge.translate.UsageLedger;

/** The database's per-run usage as the translator's usage ledger. */
final class StoredUsage extends UsageStore implements UsageLedger {

    StoredUsage(JdbcClient jdbc, PlatformTransactionManager transactions) {
        super(jdbc, transactions);
    }
}
