package dev.hanbridge.ingest.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The inflated bytes of one entry, counted as they come: the entry must inflate to exactly the
 * size its archive declares, from exactly its compressed bytes, with the declared CRC. One byte
 * past the declared size stops it, so the declared sizes (which the guard holds against the
 * limits before anything is read) bound what reading can cost, whatever the data says.
 */
final class EntryStream extends InputStream {

    private final InputStream raw;
    private final String name;
    private final long size;
    private final long expectedCrc;
    private final Inflater inflater;
    private final CRC32 crc = new CRC32();
    private final byte[] input = new byte[8192];
    private long compressedLeft;
    private long produced;
    private boolean dummyGiven;
    private boolean done;

    /** @param raw positioned at the entry's data; closed with this stream */
    EntryStream(InputStream raw, String name, CentralDirectory.Record record) {
        this.raw = raw;
        this.name = name;
        this.size = record.size();
        this.expectedCrc = record.crc();
        this.compressedLeft = record.compressedSize();
        this.inflater = record.method() == ZipRecords.DEFLATED ? new Inflater(true) : null;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (done) {
            return -1;
        }
        if (len == 0) {
            return 0;
        }
        // At most one byte more than declared: enough to see that the entry lies.
        int want = (int) Math.min(len, size - produced + 1);
        int n = inflater == null ? readStored(b, off, want) : inflate(b, off, want);
        if (n < 0) {
            finish();
            return -1;
        }
        produced += n;
        if (produced > size) {
            throw new RefusedEntryException(name, "the entry inflates beyond the " + size
                    + " bytes its archive declares; this looks like a zip bomb, so it was not read");
        }
        crc.update(b, off, n);
        return n;
    }

    private int readStored(byte[] b, int off, int len) throws IOException {
        if (compressedLeft == 0) {
            return -1;
        }
        int n = raw.read(b, off, (int) Math.min(len, compressedLeft));
        if (n < 0) {
            throw damaged("its data ends early");
        }
        compressedLeft -= n;
        return n;
    }

    private int inflate(byte[] b, int off, int len) throws IOException {
        try {
            while (true) {
                int n = inflater.inflate(b, off, len);
                if (n > 0) {
                    return n;
                }
                if (inflater.finished()) {
                    return -1;
                }
                if (inflater.needsDictionary()) {
                    throw damaged("its deflate stream asks for a dictionary");
                }
                if (compressedLeft > 0) {
                    int k = raw.read(input, 0, (int) Math.min(input.length, compressedLeft));
                    if (k < 0) {
                        throw damaged("its data ends early");
                    }
                    compressedLeft -= k;
                    inflater.setInput(input, 0, k);
                } else if (!dummyGiven) {
                    // zlib in raw mode may want one byte past the stream to finish (as ZipFile gives it).
                    dummyGiven = true;
                    inflater.setInput(new byte[1]);
                } else {
                    throw damaged("its deflate stream is cut short");
                }
            }
        } catch (DataFormatException e) {
            throw damaged("invalid deflate data: " + e.getMessage());
        }
    }

    private void finish() throws IOException {
        done = true;
        if (inflater != null && (compressedLeft > 0 || inflater.getRemaining() > (dummyGiven ? 1 : 0))) {
            throw damaged("its deflate stream ends before the compressed size its archive declares");
        }
        if (produced != size) {
            throw damaged("it inflates to " + produced + " bytes, not the " + size + " its archive declares");
        }
        if (crc.getValue() != expectedCrc) {
            throw damaged("its CRC does not match");
        }
    }

    private RefusedEntryException damaged(String detail) {
        return new RefusedEntryException(name, "the archive entry is damaged (" + detail + ")");
    }

    @Override
    public void close() throws IOException {
        if (inflater != null) {
            inflater.end();
        }
        raw.close();
    }
}
