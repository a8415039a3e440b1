package dev.hanbridge.translate.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.hanbridge.common.text.KoreanText;

/** A CSV or TSV glossary with a header row; the rules are on {@link GlossaryReader}. */
final class DelimitedGlossary {

    private static final char[] DELIMITERS = {'\t', ',', ';'};
    private static final Set<String> SOURCE = Set.of("source", "ko", "korean", "source term", "한국어", "원문", "원어");
    private static final Set<String> TARGET = Set.of("target", "en", "english", "target term", "영어", "번역", "번역어");
    private static final Set<String> NOTE = Set.of("note", "notes", "comment", "comments", "비고", "메모", "설명");

    private final String file;

    DelimitedGlossary(String file) {
        this.file = file;
    }

    GlossaryFile read(String text, String charset) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw new ImportFileException(file, 0, "the file is empty. A glossary needs a header row"
                    + " (source,target) and one row per term.");
        }
        for (char delimiter : DELIMITERS) {
            Records records = new Records(body, delimiter);
            Columns columns;
            try {
                List<String> header = records.next();
                while (header != null && blank(header)) {
                    header = records.next();
                }
                columns = header == null ? null : Columns.of(header);
            } catch (ImportFileException wrongDelimiter) {
                continue; // quotes that only make sense with another delimiter
            }
            if (columns != null) {
                return rows(records, columns, (delimiter == '\t' ? "TSV" : "CSV") + " (" + charset + ")");
            }
        }
        throw new ImportFileException(file, 1, "the first row must name a source column (source, ko, korean, 한국어)"
                + " and a target column (target, en, english, 영어), separated by tabs, commas or semicolons.");
    }

    private GlossaryFile rows(Records records, Columns columns, String format) {
        List<GlossaryTerm> terms = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> row = records.next(); row != null; row = records.next()) {
            if (blank(row)) {
                continue;
            }
            int line = records.line();
            String source = KoreanText.normalize(field(row, columns.source()));
            String target = KoreanText.normalize(field(row, columns.target()));
            if (source.isEmpty() || target.isEmpty()) {
                problems.add("line " + line + ": no " + (source.isEmpty() ? "source" : "target") + " term; row skipped");
                continue;
            }
            Integer first = seen.putIfAbsent(source, line);
            if (first != null) {
                problems.add("line " + line + ": " + source + " is already on line " + first + "; row skipped");
                continue;
            }
            String note = columns.note() < 0 ? "" : KoreanText.normalize(field(row, columns.note()));
            terms.add(new GlossaryTerm(source, target, note.isEmpty() ? null : note));
        }
        return new GlossaryFile(format, terms, problems);
    }

    private static String field(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    /** Where the wanted columns are; {@code note} is -1 when there is none. */
    private record Columns(int source, int target, int note) {

        static Columns of(List<String> header) {
            int source = -1;
            int target = -1;
            int note = -1;
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace('_', '-');
                if (source < 0 && (SOURCE.contains(name) || name.startsWith("ko-"))) {
                    source = i;
                } else if (target < 0 && (TARGET.contains(name) || name.startsWith("en-"))) {
                    target = i;
                } else if (note < 0 && NOTE.contains(name)) {
                    note = i;
                }
            }
            return source >= 0 && target >= 0 ? new Columns(source, target, note) : null;
        }
    }

    /** RFC 4180 records: fields split by the delimiter, quoted fields may hold anything. */
    private final class Records {

        private final String text;
        private final char delimiter;
        private int at;
        private int lineAt = 1;
        private int recordLine;

        Records(String text, char delimiter) {
            this.text = text;
            this.delimiter = delimiter;
        }

        /** The line the last record began on. */
        int line() {
            return recordLine;
        }

        /** The next record's fields, or null at the end; unquoted fields are trimmed. */
        List<String> next() {
            if (at >= text.length()) {
                return null;
            }
            recordLine = lineAt;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            while (true) {
                skipSpaces();
                if (at < text.length() && text.charAt(at) == '"') {
                    fields.add(quoted());
                    skipSpaces();
                    if (at < text.length() && text.charAt(at) != delimiter && !lineEnd()) {
                        throw new ImportFileException(file, lineAt, "text after the closing quote of field "
                                + (fields.size()) + ". Inside a quoted field, write a quote as two quotes (\"\").");
                    }
                } else {
                    while (at < text.length() && text.charAt(at) != delimiter && !lineEnd()) {
                        field.append(text.charAt(at++));
                    }
                    fields.add(field.toString().strip());
                }
                field.setLength(0);
                if (at >= text.length()) {
                    return fields;
                }
                if (text.charAt(at) == delimiter) {
                    at++;
                    continue;
                }
                endLine();
                return fields;
            }
        }

        /** A quoted field from its opening quote through its closing one, doubled quotes undone. */
        private String quoted() {
            int opened = lineAt;
            at++;
            StringBuilder value = new StringBuilder();
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '"') {
                    if (at + 1 < text.length() && text.charAt(at + 1) == '"') {
                        value.append('"');
                        at += 2;
                        continue;
                    }
                    at++;
                    return value.toString();
                }
                if (c == '\n' || (c == '\r' && (at + 1 >= text.length() || text.charAt(at + 1) != '\n'))) {
                    lineAt++;
                }
                value.append(c);
                at++;
            }
            throw new ImportFileException(file, opened, "a quoted field opened on this line is never closed."
                    + " Add the closing quote, or write a quote inside a field as two quotes (\"\").");
        }

        private void skipSpaces() {
            while (at < text.length() && text.charAt(at) == ' ') {
                at++;
            }
        }

        private boolean lineEnd() {
            char c = text.charAt(at);
            return c == '\n' || c == '\r';
        }

        private void endLine() {
            if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
                at++;
            }
            at++;
            lineAt++;
        }
    }
}
