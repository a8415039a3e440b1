/** A LibreTranslate server ({@code POST /translate} with {@code q} as an array). */
package dev.hanbridge.translate.libretranslate;
