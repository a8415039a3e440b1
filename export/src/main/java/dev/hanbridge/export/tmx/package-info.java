/** TMX 1.4b: one translation unit per segment, for translation memories and CAT tools. */
package dev.hanbridge.export.tmx;
