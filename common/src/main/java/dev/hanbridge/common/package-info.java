/**
 * Domain types shared by every module (articles, blocks, segments, translations); plain Java
 * without dependencies. Their persistence is the {@code store} module's.
 */
package dev.hanbridge.common;
