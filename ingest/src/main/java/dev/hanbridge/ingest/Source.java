package dev.hanbridge.ingest;

import java.io.IOException;
import java.io.InputStream;

/** One readable unit: a file, or an entry of a zip archive. */
public interface Source {

    /** Absolute file path, or {@code "/abs/path/archive.zip!/dir/entry.html"} (nested: {@code "a.zip!/b.zip!/c.txt"}). */
    String uri();

    /** File name of the file or entry, e.g. {@code "entry.html"}. */
    String name();

    /** Bytes, -1 if unknown. */
    long size();

    /** A fresh stream each call; the caller closes it. */
    InputStream open() throws IOException;
}
