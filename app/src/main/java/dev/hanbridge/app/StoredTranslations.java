package dev.hanbridge.app;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.hanbridge.store.TranslationStore;
import dev.hanbridge.translate.TranslationLedger;

/** The database's translations as the translator's ledger: the store already has its methods. */
final class StoredTranslations extends TranslationStore implements TranslationLedger {

    StoredTranslations(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions,
            boolean checkpointAfterSave) {
        super(jdbc, batch, transactions, checkpointAfterSave);
    }
}
