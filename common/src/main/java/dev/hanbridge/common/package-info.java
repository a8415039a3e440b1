/**
 * Domain types shared by every module (articles, blocks, segments, translations) and the
 * persistence of the domain in one relational database.
 */
package dev.hanbridge.common;
