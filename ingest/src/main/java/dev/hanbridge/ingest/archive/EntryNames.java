package dev.hanbridge.ingest.archive;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Entry names: how they are decoded, and which ones are refused. */
final class EntryNames {

    /**
     * Windows' built-in zip writes Korean names in CP949 without the UTF-8 flag, so a name
     * without the flag that is not valid UTF-8 is read as CP949 (the whole archive either way,
     * as its writer used one code page).
     */
    private static final Charset KOREAN = Charset.forName("x-windows-949");

    private EntryNames() {
    }

    /** The names, decoded; refuses an archive whose unflagged names are neither UTF-8 nor CP949. */
    static List<String> decode(List<CentralDirectory.Record> records, String where) throws UnsafeArchiveException {
        List<String> names = decode(records, StandardCharsets.UTF_8);
        if (names == null) {
            names = decode(records, KOREAN);
        }
        if (names == null) {
            throw new UnsafeArchiveException(where, "an entry name is neither UTF-8 nor CP949", false);
        }
        return names;
    }

    private static List<String> decode(List<CentralDirectory.Record> records, Charset unflagged) {
        List<String> names = new ArrayList<>(records.size());
        for (CentralDirectory.Record record : records) {
            boolean utf8 = (record.flags() & ZipRecords.FLAG_UTF8_NAMES) != 0;
            String name = strict(record.name(), utf8 ? StandardCharsets.UTF_8 : unflagged);
            if (name == null) {
                return null;
            }
            names.add(name);
        }
        return names;
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Why the name is refused, or null. Absolute names, drive letters and {@code ..} segments
     * would escape any folder the entry is unpacked into (zip slip); a backslash is a folder
     * separator to Windows tools only, so such a name means different paths to different readers;
     * a NUL cuts the name short in C-based tools.
     */
    static String refusal(String name) {
        String slashed = name.replace('\\', '/');
        boolean climbs = slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*");
        for (String segment : slashed.split("/")) {
            climbs |= segment.equals("..");
        }
        if (climbs) {
            return "unsafe path \"" + printable(name) + "\" points outside the archive; such entries are not read";
        }
        if (name.indexOf('\0') >= 0) {
            return "unsafe name \"" + printable(name) + "\" holds a NUL character; such entries are not read";
        }
        if (name.indexOf('\\') >= 0) {
            return "unsafe name \"" + printable(name) + "\" holds a backslash, a folder separator only on Windows;"
                    + " re-create the archive with a zip tool that writes \"/\"";
        }
        return null;
    }

    /** Control characters shown as {@code ?}, so a name cannot forge log lines or messages. */
    static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    /** {@code "dir/entry.txt"} -> {@code "entry.txt"}; a folder's own name for {@code "dir/"}. */
    static String lastSegment(String name) {
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
