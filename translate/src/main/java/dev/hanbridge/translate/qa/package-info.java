/**
 * Korean-aware quality checks on one translated segment: numbers after Korean units, dates and
 * times, Latin tokens, untranslated text, length, glossary terms, quotes and brackets.
 */
package dev.hanbridge.translate.qa;
