package dev.hanbridge.ingest.gold;

import dev.hanbridge.common.Block;
import dev.hanbridge.common.BlockKind;
import dev.hanbridge.common.text.KoreanText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a gold article must come out as: its metadata and its blocks. The file ({@code NAME.expected},
 * UTF-8) holds {@code key: value} lines ({@code title}, {@code byline}, {@code published} as ISO-8601
 * with its offset, {@code section}; {@code -} for none; {@code also} lists the formats the generator
 * makes from the text, {@code euc-kr} and {@code docx}), a blank line, then one block per line:
 * its kind, a space, its text. Lines starting with {@code #} are comments.
 */
record Expected(String title, String byline, Instant published, String section, Set<String> also, List<Block> blocks) {

    static Expected read(Path file) throws IOException {
        String title = null;
        String byline = null;
        Instant published = null;
        String section = null;
        Set<String> also = new LinkedHashSet<>();
        List<Block> blocks = new ArrayList<>();
        boolean inBlocks = false;
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.startsWith("#")) {
                continue;
            }
            if (!inBlocks) {
                if (line.isBlank()) {
                    inBlocks = true;
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 0) {
                    throw new IOException(file + ":" + number + ": expected 'key: value', got: " + line);
                }
                String key = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                String v = value.equals("-") ? null : KoreanText.normalize(value);
                switch (key) {
                    case "title" -> title = v;
                    case "byline" -> byline = v;
                    case "published" -> published = v == null ? null : OffsetDateTime.parse(v).toInstant();
                    case "section" -> section = v;
                    case "also" -> also.addAll(List.of(value.split("\\s*,\\s*")));
                    case "note" -> { }
                    default -> throw new IOException(file + ":" + number + ": unknown key " + key);
                }
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            int space = line.indexOf(' ');
            if (space < 0) {
                throw new IOException(file + ":" + number + ": expected 'KIND text', got: " + line);
            }
            blocks.add(new Block(BlockKind.valueOf(line.substring(0, space)), KoreanText.normalize(line.substring(space + 1))));
        }
        if (blocks.isEmpty()) {
            throw new IOException(file + ": no blocks (a blank line must separate the header from the blocks)");
        }
        return new Expected(title, byline, published, section, also, List.copyOf(blocks));
    }
}
