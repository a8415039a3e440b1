/** News web pages: the article kept, navigation, related links, menus and footers dropped (jsoup). Internal to ingest. */
package dev.hanbridge.ingest.html;
