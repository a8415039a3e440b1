package dev.hanbridge.ingest.text;

/** Text and the name of the charset that decoded it. */
public record DecodedText(String text, String charset) {
}
