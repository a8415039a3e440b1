/**
 * Translation memory as plain Java: fuzzy matching of Korean sentences ({@link
 * dev.hanbridge.translate.memory.FuzzyIndex}), and the readers of what people bring to the memory
 * and the glossary: TMX from CAT tools, XLIFF files we exported and a person reviewed, glossaries as
 * CSV/TSV or TBX.
 */
package dev.hanbridge.translate.memory;
