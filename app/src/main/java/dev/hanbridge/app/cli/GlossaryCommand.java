package dev.hanbridge.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.hanbridge.common.text.KoreanText;
import dev.hanbridge.store.GlossaryStore;
import dev.hanbridge.translate.memory.GlossaryFile;
import dev.hanbridge.translate.memory.GlossaryReader;
import dev.hanbridge.translate.memory.GlossaryTerm;
import dev.hanbridge.translate.memory.ImportFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "glossary", mixinStandardHelpOptions = true,
        description = {"The glossary: Korean terms and the English every run must use for them (오픈AI -> OpenAI).",
                "Engines that take a glossary get the terms their segments contain; the QA check looks for them."},
        subcommands = {GlossaryCommand.Import.class, GlossaryCommand.ListTerms.class, GlossaryCommand.Remove.class})
class GlossaryCommand implements Runnable {

    /** The widths of the glossary's columns. */
    private static final int MAX_TERM = 500;
    private static final int MAX_NOTE = 1000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: import, list or remove");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Adds the terms of a glossary file; a term already there takes the file's English.",
                    "CSV or TSV with a header row naming the columns (source/ko/korean/한국어 and target/en/english/영어, "
                            + "optionally note), UTF-8, UTF-16 or CP949; or TBX-Basic."})
    static class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "A CSV, TSV or TBX file.")
        Path file;

        @Mixin
        DataOption data;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                throw new CliException("not a file: " + file);
            }
            GlossaryFile read;
            try {
                read = GlossaryReader.read(file);
            } catch (ImportFileException e) {
                throw new CliException(e.getMessage()); // said before the database opens
            }
            return Spring.withContext(data.springArgs(), context -> {
                GlossaryStore glossary = context.getBean(GlossaryStore.class);
                int[] counts = new int[GlossaryStore.Put.values().length];
                List<String> problems = new ArrayList<>(read.problems());
                for (GlossaryTerm term : read.terms()) {
                    if (term.source().length() > MAX_TERM || term.target().length() > MAX_TERM) {
                        problems.add(term.source().substring(0, Math.min(40, term.source().length()))
                                + "…: a term longer than " + MAX_TERM + " characters; skipped");
                        continue;
                    }
                    String note = term.note() == null || term.note().length() <= MAX_NOTE ? term.note()
                            : term.note().substring(0, MAX_NOTE - 1) + "…";
                    counts[glossary.put(term.source(), term.target(), note).ordinal()]++;
                }
                System.out.println(file.getFileName() + " (" + read.format() + "): " + read.terms().size()
                        + " terms read, " + counts[GlossaryStore.Put.ADDED.ordinal()] + " added, "
                        + counts[GlossaryStore.Put.UPDATED.ordinal()] + " updated, "
                        + counts[GlossaryStore.Put.UNCHANGED.ordinal()] + " unchanged"
                        + (problems.isEmpty() ? "" : ", " + problems.size() + (problems.size() == 1 ? " problem:"
                                : " problems:")));
                problems.forEach(p -> System.out.println("  " + p));
                return 0;
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Prints the glossary as TSV (source, target, note), which 'glossary import' reads back.")
    static class ListTerms implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Override
        public Integer call() {
            return Spring.withContext(data.springArgs(), context -> {
                PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
                out.println("source\ttarget\tnote");
                for (GlossaryStore.Entry e : context.getBean(GlossaryStore.class).entries()) {
                    out.println(tsv(e.sourceTerm()) + "\t" + tsv(e.targetTerm()) + "\t"
                            + (e.note() == null ? "" : tsv(e.note())));
                }
                out.flush();
                return 0;
            });
        }

        /** A field as RFC 4180 quotes it when it holds a tab, a quote or a line break. */
        private static String tsv(String field) {
            if (field.indexOf('\t') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                    && field.indexOf('\r') < 0) {
                return field;
            }
            return '"' + field.replace("\"", "\"\"") + '"';
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes terms, or with --all every term.",
            footer = {"", "Exit status: 0 when every term given was removed, 1 when one was not in the glossary."})
    static class Remove implements Callable<Integer> {

        @Parameters(paramLabel = "TERM", arity = "0..*", description = "Korean source terms.")
        List<String> terms = new ArrayList<>();

        @Option(names = "--all", description = "Remove every term.")
        boolean all;

        @Mixin
        DataOption data;

        @Override
        public Integer call() {
            if (all == !terms.isEmpty()) {
                throw new CliException("give the terms to remove, or --all (not both)");
            }
            return Spring.withContext(data.springArgs(), context -> {
                GlossaryStore glossary = context.getBean(GlossaryStore.class);
                if (all) {
                    System.out.println("Removed all " + glossary.removeAll() + " terms");
                    return 0;
                }
                int missing = 0;
                for (String term : terms) {
                    String normalized = KoreanText.normalize(term);
                    if (glossary.remove(normalized)) {
                        System.out.println("Removed " + normalized);
                    } else {
                        System.out.println("Not in the glossary: " + normalized);
                        missing++;
                    }
                }
                return missing > 0 ? 1 : 0;
            });
        }
    }
}
