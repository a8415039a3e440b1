/**
 * Persistence of the domain (runs, articles, blocks, segments, translations, translation memory,
 * usage, glossary, export files, source claims) over plain JDBC: every SQL statement of hanbridge
 * is here. The schema is in {@code db/migration} and the Spring Batch job repository's in
 * {@code db/batch/{vendor}} (Flyway), written to run on H2 and PostgreSQL alike.
 */
package dev.hanbridge.store;
