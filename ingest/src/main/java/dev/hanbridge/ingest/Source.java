package dev.hanbridge.ingest;

import java.io.IOException;
import java.io.InputStream;

/** One readable unit: a file, an entry of a zip archive, or an item of a feed. */
public interface Source {

    /**
     * Absolute file path, or {@code "/abs/path/archive.zip!/dir/entry.html"} (nested: {@code "a.zip!/b.zip!/c.txt"}),
     * or for a feed item {@code "/abs/path/feed.xml!https://news.example/a/1"} (the item's link, else its guid).
     */
    String uri();

    /** File name of the file or entry, e.g. {@code "entry.html"}; a feed item's title. */
    String name();

    /** Bytes, -1 if unknown. */
    long size();

    /** A fresh stream each call; the caller closes it. */
    InputStream open() throws IOException;
}
