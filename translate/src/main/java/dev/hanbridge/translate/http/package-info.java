/**
 * What every remote engine shares: the shape of its provider ({@code RemoteEngineProvider}), one
 * HTTP client with connect and request timeouts, one mapping from HTTP statuses and I/O failures
 * to the translation exception families, Retry-After parsing, settings lookup, JSON, and the
 * scrubbing of keys out of every message. Public only so that the engine packages can use it; not
 * an API for other modules.
 */
package dev.hanbridge.translate.http;
