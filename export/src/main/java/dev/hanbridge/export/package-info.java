/**
 * Bilingual writers (TMX, XLIFF, HTML) and run bundles: what turns a
 * {@link dev.hanbridge.common.BilingualArticle} into files a person or a CAT tool opens.
 * {@link dev.hanbridge.export.ArticleExporter} writes one article's files,
 * {@link dev.hanbridge.export.RunBundle} the zip and manifest of a whole run; both write every file
 * to a temporary name and move it into place.
 */
package dev.hanbridge.export;
