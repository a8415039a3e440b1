package dev.hanbridge.app;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.hanbridge.store.MemoryStore;
import dev.hanbridge.translate.memory.MemoryUnits;

/** The database's translation memory as fuzzy matching reads it: the store already has its methods. */
final class StoredMemory extends MemoryStore implements MemoryUnits {

    StoredMemory(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        super(jdbc, batch, transactions);
    }
}
