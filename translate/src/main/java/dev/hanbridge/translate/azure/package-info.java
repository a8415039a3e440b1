/** Microsoft Azure AI Translator, Text Translation v3 ({@code POST /translate?api-version=3.0}). */
package dev.hanbridge.translate.azure;
