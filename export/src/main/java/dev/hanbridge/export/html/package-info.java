/** Bilingual HTML: one standalone page, Korean beside English, a row per segment. */
package dev.hanbridge.export.html;
