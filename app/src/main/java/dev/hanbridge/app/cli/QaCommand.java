package dev.hanbridge.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import dev.hanbridge.translate.qa.QaChecker;
import dev.hanbridge.translate.qa.QaFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "qa", mixinStandardHelpOptions = true,
        description = {"Checks Korean-English translation pairs: numbers after Korean units, dates and times, Latin "
                + "names, untranslated text, length, glossary terms, quotes and brackets.",
                "Reads UTF-8 lines 'korean<TAB>english' from FILE or standard input and prints one line per input "
                        + "line: OK, or its findings as 'check: message' joined by '; '. Exits 0 whatever it finds."})
class QaCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "Tab-separated pairs; standard input when absent.")
    Path file;

    @Option(names = {"--glossary", "-g"}, paramLabel = "FILE",
            description = "CSV or TSV glossary with a header naming the columns source and target.")
    Path glossaryFile;

    @Override
    public Integer call() throws IOException {
        Map<String, String> glossary = glossaryFile == null ? Map.of() : glossary(glossaryFile);
        if (file != null && !Files.isRegularFile(file)) {
            throw new CliException("not a file: " + file);
        }
        QaChecker checker = new QaChecker();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (BufferedReader in = file != null ? Files.newBufferedReader(file, StandardCharsets.UTF_8)
                : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                out.println(check(checker, stripBom(line), glossary));
            }
        }
        out.flush();
        return 0;
    }

    private static String check(QaChecker checker, String line, Map<String, String> glossary) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return "format: no tab between the Korean and the English";
        }
        String target = line.substring(tab + 1);
        int next = target.indexOf('\t');
        List<QaFinding> findings = checker.check(line.substring(0, tab), next < 0 ? target : target.substring(0, next),
                glossary);
        return findings.isEmpty() ? "OK" : findings.stream().map(QaFinding::toString).collect(Collectors.joining("; "));
    }

    /** A CSV or TSV file whose header names a source and a target column; other columns are ignored. */
    static Map<String, String> glossary(Path path) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new CliException("not a file: " + path + " (--glossary)");
        }
        List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new CliException(path + " is empty: a glossary needs a header line naming the source and target columns");
        }
        String header = stripBom(lines.get(0));
        char separator = header.indexOf('\t') >= 0 ? '\t' : ',';
        List<String> names = fields(header, separator).stream().map(s -> s.trim().toLowerCase()).toList();
        int source = names.indexOf("source");
        int target = names.indexOf("target");
        if (source < 0 || target < 0) {
            throw new CliException(path + ": the first line must name the columns 'source' and 'target' (found: "
                    + String.join(", ", names) + ")");
        }
        Map<String, String> glossary = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> row = fields(lines.get(i), separator);
            if (row.size() > Math.max(source, target) && !row.get(source).isBlank() && !row.get(target).isBlank()) {
                glossary.put(row.get(source).trim(), row.get(target).trim());
            }
        }
        return glossary;
    }

    /** Splits one line; in CSV a field may be double-quoted, with "" for a quote inside it. */
    private static List<String> fields(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (separator == ',' && c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == separator && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
