/**
 * The hanbridge application: the Spring Batch job that ties ingest, translate and export
 * together, and the command line that runs it.
 */
package dev.hanbridge.app;
