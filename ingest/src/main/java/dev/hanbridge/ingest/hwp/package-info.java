/**
 * Hangul word processor documents: HWPX through hwpxlib (Tika has no HWPX parser), HWP 5 through
 * hwplib when Tika's HwpV5Parser cannot read a file, and the old formats recognised so that they
 * fail with a useful message. Internal to ingest.
 */
package dev.hanbridge.ingest.hwp;
