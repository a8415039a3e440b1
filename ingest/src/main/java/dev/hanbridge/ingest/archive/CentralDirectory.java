package dev.hanbridge.ingest.archive;

import static dev.hanbridge.ingest.archive.ZipRecords.MAX_16;
import static dev.hanbridge.ingest.archive.ZipRecords.MAX_32;
import static dev.hanbridge.ingest.archive.ZipRecords.u16;
import static dev.hanbridge.ingest.archive.ZipRecords.u32;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * The archive's own account of its entries: the end-of-directory record (ZIP64 too) and the
 * directory entries it points at. Nothing here is trusted yet; {@link LocalEntries} holds it
 * against the local headers.
 *
 * @param start where the directory starts, which is where the last entry's data must end
 * @param records the entries in directory order
 */
record CentralDirectory(long start, List<Record> records) {

    /** One directory entry, as declared. */
    record Record(byte[] name, int flags, int method, long crc, long compressedSize, long size, long offset) {

        boolean encrypted() {
            return (flags & ZipRecords.FLAG_ENCRYPTED) != 0;
        }
    }

    /**
     * Reads the directory of {@code channel}.
     *
     * @param entriesLeft how many more entries the budget allows: a larger count is refused before the entries are read
     */
    static CentralDirectory read(FileChannel channel, String where, int entriesLeft, int maxEntries)
            throws IOException, UnsafeArchiveException {
        long size = channel.size();
        if (size < ZipRecords.END_OF_DIRECTORY_SIZE) {
            throw UnsafeArchiveException.damaged(where, "only " + size + " bytes");
        }
        int tail = (int) Math.min(size, ZipRecords.END_OF_DIRECTORY_SIZE + MAX_16);
        ByteBuffer end = ZipRecords.read(channel, size - tail, tail);
        int at = -1;
        for (int i = tail - ZipRecords.END_OF_DIRECTORY_SIZE; i >= 0; i--) {
            // The record, its comment and nothing after it: trailing bytes would be a hiding place.
            if (end.getInt(i) == ZipRecords.END_OF_DIRECTORY
                    && i + ZipRecords.END_OF_DIRECTORY_SIZE + u16(end, i + 20) == tail) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            throw UnsafeArchiveException.damaged(where, "no end-of-archive record");
        }
        long endPosition = size - tail + at;
        if (u16(end, at + 4) != 0 || u16(end, at + 6) != 0) {
            throw UnsafeArchiveException.damaged(where, "split over several disks");
        }
        long count = u16(end, at + 10);
        long directorySize = u32(end, at + 12);
        long directoryStart = u32(end, at + 16);
        long directoryEnd = endPosition;
        if (count == MAX_16 || directorySize == MAX_32 || directoryStart == MAX_32) {
            if (endPosition < 20) {
                throw UnsafeArchiveException.damaged(where, "ZIP64 end record missing");
            }
            ByteBuffer locator = ZipRecords.read(channel, endPosition - 20, 20);
            if (locator.getInt(0) != ZipRecords.ZIP64_LOCATOR) {
                throw UnsafeArchiveException.damaged(where, "ZIP64 locator missing");
            }
            long zip64End = locator.getLong(8);
            if (zip64End < 0 || zip64End > endPosition - 20 - 56) {
                throw UnsafeArchiveException.damaged(where, "ZIP64 end record out of place");
            }
            ByteBuffer record = ZipRecords.read(channel, zip64End, 56);
            if (record.getInt(0) != ZipRecords.ZIP64_END_OF_DIRECTORY
                    || zip64End + 12 + record.getLong(4) != endPosition - 20) {
                throw UnsafeArchiveException.damaged(where, "ZIP64 end record damaged");
            }
            count = record.getLong(32);
            directorySize = record.getLong(40);
            directoryStart = record.getLong(48);
            directoryEnd = zip64End;
        }
        if (count > entriesLeft) {
            throw new UnsafeArchiveException(where, "more than " + maxEntries
                    + " archive entries (nested archives included); split it into smaller archives", true);
        }
        if (directoryStart < 0 || directorySize < 0 || directoryStart + directorySize != directoryEnd) {
            throw UnsafeArchiveException.inconsistent(where, "the directory is not where its end record says");
        }
        List<Record> records = new ArrayList<>((int) count);
        long position = directoryStart;
        for (long i = 0; i < count; i++) {
            if (position + ZipRecords.DIRECTORY_ENTRY_SIZE > directoryEnd) {
                throw UnsafeArchiveException.inconsistent(where, "the directory holds fewer entries than it declares");
            }
            ByteBuffer fixed = ZipRecords.read(channel, position, ZipRecords.DIRECTORY_ENTRY_SIZE);
            if (fixed.getInt(0) != ZipRecords.DIRECTORY_ENTRY) {
                throw UnsafeArchiveException.inconsistent(where, "directory entry " + (i + 1) + " is not one");
            }
            int nameLength = u16(fixed, 28);
            int extraLength = u16(fixed, 30);
            int commentLength = u16(fixed, 32);
            long next = position + ZipRecords.DIRECTORY_ENTRY_SIZE + nameLength + extraLength + commentLength;
            if (next > directoryEnd) {
                throw UnsafeArchiveException.inconsistent(where, "directory entry " + (i + 1) + " runs past the directory");
            }
            ByteBuffer variable = ZipRecords.read(channel, position + ZipRecords.DIRECTORY_ENTRY_SIZE,
                    nameLength + extraLength);
            byte[] name = new byte[nameLength];
            byte[] extra = new byte[extraLength];
            variable.get(name).get(extra);
            long[] values = ZipRecords.zip64(extra, u32(fixed, 24), u32(fixed, 20), u32(fixed, 42));
            if (u16(fixed, 34) != 0 && u16(fixed, 34) != MAX_16) {
                throw UnsafeArchiveException.damaged(where, "an entry on another disk");
            }
            records.add(new Record(name, u16(fixed, 8), u16(fixed, 10), u32(fixed, 16), values[1], values[0],
                    values[2]));
            position = next;
        }
        if (position != directoryEnd) {
            throw UnsafeArchiveException.inconsistent(where, "the directory holds more than the "
                    + count + " entries it declares");
        }
        return new CentralDirectory(directoryStart, records);
    }
}
