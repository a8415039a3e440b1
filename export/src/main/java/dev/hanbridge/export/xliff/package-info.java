/** XLIFF 2.1: one file per article, one unit per block, one segment per sentence, for translators' tools. */
package dev.hanbridge.export.xliff;
