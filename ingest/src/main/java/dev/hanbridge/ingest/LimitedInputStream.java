package dev.hanbridge.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails once more than {@code limit} bytes were read: the sizes in a zip's directory can lie, so
 * the guard against zip bombs must also count what decompression really yields.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String name;
    private final AutoCloseable alsoClose;
    private long count;

    LimitedInputStream(InputStream in, long limit, String name, AutoCloseable alsoClose) {
        super(in);
        this.limit = limit;
        this.name = name;
        this.alsoClose = alsoClose;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw new IOException(name + ": the archive entry expands beyond " + (limit >> 20)
                    + " MB; this looks like a zip bomb, so it was not read");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            if (alsoClose != null && alsoClose != in) {
                try {
                    alsoClose.close();
                } catch (IOException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException(e);
                }
            }
        }
    }
}
