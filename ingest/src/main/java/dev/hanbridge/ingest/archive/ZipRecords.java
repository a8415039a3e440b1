package dev.hanbridge.ingest.archive;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/** Little-endian reads of zip records at absolute positions, and the record signatures (APPNOTE 4.3). */
final class ZipRecords {

    static final int LOCAL_HEADER = 0x04034b50;
    static final int DATA_DESCRIPTOR = 0x08074b50;
    static final int DIRECTORY_ENTRY = 0x02014b50;
    static final int END_OF_DIRECTORY = 0x06054b50;
    static final int ZIP64_END_OF_DIRECTORY = 0x06064b50;
    static final int ZIP64_LOCATOR = 0x07064b50;

    static final int LOCAL_HEADER_SIZE = 30;
    static final int DIRECTORY_ENTRY_SIZE = 46;
    static final int END_OF_DIRECTORY_SIZE = 22;
    static final long MAX_32 = 0xFFFFFFFFL;
    static final int MAX_16 = 0xFFFF;

    static final int FLAG_ENCRYPTED = 1;
    static final int FLAG_DATA_DESCRIPTOR = 1 << 3;
    static final int FLAG_UTF8_NAMES = 1 << 11;
    static final int STORED = 0;
    static final int DEFLATED = 8;

    private ZipRecords() {
    }

    /** {@code length} bytes at {@code position}, or an EOFException when the file ends first. */
    static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new EOFException("the file ends at byte " + (position + buffer.position()) + " inside a record");
            }
        }
        return buffer.flip();
    }

    static int u16(ByteBuffer b, int at) {
        return b.getShort(at) & 0xFFFF;
    }

    static long u32(ByteBuffer b, int at) {
        return b.getInt(at) & MAX_32;
    }

    /**
     * The ZIP64 extended information (extra field 0x0001): the 64-bit values of the fields that
     * hold their 32-bit maximum, in the order size, compressed size, offset. Values that are not
     * maxed stay as given.
     */
    static long[] zip64(byte[] extra, long size, long compressedSize, long offset) {
        long[] values = {size, compressedSize, offset};
        ByteBuffer b = ByteBuffer.wrap(extra).order(ByteOrder.LITTLE_ENDIAN);
        while (b.remaining() >= 4) {
            int id = b.getShort() & 0xFFFF;
            int length = b.getShort() & 0xFFFF;
            if (length > b.remaining()) {
                break;
            }
            if (id == 0x0001) {
                ByteBuffer field = b.slice(b.position(), length).order(ByteOrder.LITTLE_ENDIAN);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] == MAX_32 && field.remaining() >= 8) {
                        values[i] = field.getLong();
                    }
                }
                return values;
            }
            b.position(b.position() + length);
        }
        return values;
    }

    static boolean hasZip64(byte[] extra) {
        ByteBuffer b = ByteBuffer.wrap(extra).order(ByteOrder.LITTLE_ENDIAN);
        while (b.remaining() >= 4) {
            int id = b.getShort() & 0xFFFF;
            int length = b.getShort() & 0xFFFF;
            if (id == 0x0001) {
                return true;
            }
            if (length > b.remaining()) {
                return false;
            }
            b.position(b.position() + length);
        }
        return false;
    }
}
