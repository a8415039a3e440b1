/**
 * Web pages and XML feeds, as Tika parsers: the article of a news page kept, navigation, related
 * links, menus and footers dropped (jsoup); RSS and Atom feeds as one article. Internal to ingest.
 */
package dev.hanbridge.ingest.html;
