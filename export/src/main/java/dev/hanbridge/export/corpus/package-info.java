/** Line-oriented corpora for corpus builders: TSV and JSON Lines, one segment pair per line. */
package dev.hanbridge.export.corpus;
