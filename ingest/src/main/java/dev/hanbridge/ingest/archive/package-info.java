/**
 * The one guard every zip archive passes, whether it lies in an inbox or was uploaded: its
 * directory is checked against its local entries, its names and nesting against the rules, and
 * its inflated bytes against one set of {@link dev.hanbridge.ingest.archive.ArchiveLimits}.
 */
package dev.hanbridge.ingest.archive;
