/** DeepL API v2 ({@code POST /v2/translate}). */
package dev.hanbridge.translate.deepl;
