/**
 * What the format writers share: the characters every format can hold ({@link
 * dev.hanbridge.export.write.Chars}) and, for the XML formats, one StAX output with its indentation
 * and language fallbacks ({@link dev.hanbridge.export.write.XmlOutput}).
 */
package dev.hanbridge.export.write;
