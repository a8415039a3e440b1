/** What the XML and HTML writers share: the characters XML 1.0 allows, and escaping. */
package dev.hanbridge.export.xml;
