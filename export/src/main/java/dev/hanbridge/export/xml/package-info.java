/** What the XML and HTML writers share: the characters XML 1.0 allows. */
package dev.hanbridge.export.xml;
