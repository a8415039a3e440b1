/** Word documents (DOCX): the bilingual table for reviewers, and what the English article's document shares with it. */
package dev.hanbridge.export.docx;
