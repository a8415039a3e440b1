package dev.hanbridge.app;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.hanbridge.store.QaStore;
import dev.hanbridge.translate.qa.QaLedger;

/** The database's QA findings as the QA recorder's ledger: the store already has its methods. */
final class StoredQa extends QaStore implements QaLedger {

    StoredQa(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        super(jdbc, batch, transactions);
    }
}
