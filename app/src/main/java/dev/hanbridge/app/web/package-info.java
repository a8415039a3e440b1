/**
 * The server's doors: the REST API under {@code /api}, the pages, and the token that guards both.
 */
package dev.hanbridge.app.web;
