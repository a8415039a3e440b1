/** Google Cloud Translation v3 ({@code projects/{project}/locations/{location}:translateText}). */
package dev.hanbridge.translate.google;
