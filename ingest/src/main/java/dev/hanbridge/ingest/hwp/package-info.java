/**
 * Hangul word processor documents, as Tika parsers: HWPX through hwpxlib (Tika has no HWPX
 * parser), HWP 5 through Tika's HwpV5Parser with hwplib as the fallback, and HWP 3.0 recognised
 * so that it fails with a useful message. Internal to ingest.
 */
package dev.hanbridge.ingest.hwp;
