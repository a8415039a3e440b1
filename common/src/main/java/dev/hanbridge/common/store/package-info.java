/**
 * Persistence of the domain (runs, articles, blocks, segments, translations, translation memory,
 * export files) over plain JDBC. The schema is in {@code db/migration} (Flyway), written to run
 * on H2 and PostgreSQL alike.
 */
package dev.hanbridge.common.store;
