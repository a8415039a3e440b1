/**
 * The model cache of the local engine: fetching a model's files from a Hugging Face–style host
 * ({@link dev.hanbridge.translate.local.models.ModelDownloader}), and listing, verifying and removing
 * what is in {@code HANBRIDGE_MODELS} ({@link dev.hanbridge.translate.local.models.ModelStore}).
 */
package dev.hanbridge.translate.local.models;
