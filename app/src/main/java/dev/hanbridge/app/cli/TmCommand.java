package dev.hanbridge.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.hanbridge.app.memory.ImportReport;
import dev.hanbridge.app.memory.MemoryImport;
import dev.hanbridge.common.TranslationOrigin;
import dev.hanbridge.export.Languages;
import dev.hanbridge.export.ToolVersion;
import dev.hanbridge.export.tmx.MemoryTmxWriter;
import dev.hanbridge.store.ArticleStore;
import dev.hanbridge.store.MemoryStore;
import dev.hanbridge.store.TranslationStore;
import dev.hanbridge.translate.memory.ImportFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "tm", mixinStandardHelpOptions = true,
        description = "The translation memory: import people's translations, export it as TMX, count it.",
        subcommands = {TmCommand.Import.class, TmCommand.Export.class, TmCommand.Stats.class})
class TmCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: import, export or stats");
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Imports translations people made: TMX from any CAT tool, and XLIFF 2.x or 1.2 files that "
                    + "hanbridge exported and a person reviewed.",
                    "Reviewed translations (every CAT tool TMX unit; XLIFF segments marked final or reviewed, 1.2 "
                            + "approved; unmarked targets a reviewer changed) become human translations, which later "
                            + "runs reuse before any machine translation. A reviewed XLIFF also updates the article it "
                            + "came from, when the database still has it."},
            footer = {"", "Exit status: 0 when every file was read, 1 when one could not be, 2 for a usage error."})
    static class Import implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "TMX or XLIFF files.")
        List<Path> files = new ArrayList<>();

        @Option(names = "--target-lang", paramLabel = "TAG",
                description = "The memory's target language (default: en-US, or $HANBRIDGE_TARGET_LANG); a file's "
                        + "target must be this tag or the same language without a region.")
        String targetLang;

        @Mixin
        DataOption data;

        @Override
        public Integer call() {
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    throw new CliException("not a file: " + file);
                }
            }
            return Spring.withContext(data.springArgs(), context -> {
                String lang = Languages.canonical(targetLang != null ? targetLang
                        : context.getEnvironment().getProperty("hanbridge.target-lang"));
                MemoryImport importer = new MemoryImport(context.getBean(MemoryStore.class),
                        context.getBean(TranslationStore.class), context.getBean(ArticleStore.class), lang);
                int failed = 0;
                int human = 0;
                int machine = 0;
                for (Path file : files) {
                    try {
                        ImportReport report = importer.importFile(file);
                        report.lines().forEach(System.out::println);
                        human += report.human();
                        machine += report.machine();
                    } catch (ImportFileException | IOException e) {
                        System.err.println("hanbridge: " + (e instanceof ImportFileException ? e.getMessage()
                                : file + ": cannot be read (" + e.getMessage() + ")"));
                        failed++;
                    }
                }
                if (files.size() > 1) {
                    System.out.println(files.size() + " files: " + human + " human and " + machine
                            + " machine translations imported" + (failed > 0 ? ", " + failed + " files not read" : ""));
                }
                return failed > 0 ? 1 : 0;
            });
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Writes the whole translation memory as one TMX 1.4b file (every target language; the "
                    + "origin, HUMAN or MT, as the prop x-hanbridge-origin).")
    static class Export implements Callable<Integer> {

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "hanbridge-memory.tmx",
                description = "The file to write (default: ${DEFAULT-VALUE}); replaced if it exists.")
        Path out;

        @Mixin
        DataOption data;

        @Override
        public Integer call() {
            Path target = out.toAbsolutePath();
            if (!Files.isDirectory(target.getParent())) {
                throw new CliException("no such folder: " + target.getParent() + " (--out)");
            }
            return Spring.withContext(data.springArgs(), context -> {
                MemoryStore memory = context.getBean(MemoryStore.class);
                String sourceLang = Languages.canonical(context.getEnvironment().getProperty("hanbridge.source-lang"));
                Path temporary = Files.createTempFile(target.getParent(), ".hanbridge-memory-", ".tmx");
                long units;
                try {
                    try (OutputStream stream = Files.newOutputStream(temporary)) {
                        units = new MemoryTmxWriter(ToolVersion.current(), sourceLang).write(stream, memory::forEach);
                    }
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                } finally {
                    Files.deleteIfExists(temporary);
                }
                System.out.println("Wrote " + units + " translation memory units to " + out);
                return 0;
            });
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Counts the translation memory's units by target language and origin.")
    static class Stats implements Callable<Integer> {

        @Mixin
        DataOption data;

        @Override
        public Integer call() {
            return Spring.withContext(data.springArgs(), context -> {
                MemoryStore memory = context.getBean(MemoryStore.class);
                Map<String, Map<TranslationOrigin, Long>> counts = memory.counts();
                long total = counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
                System.out.println("Translation memory: " + total + " units");
                counts.forEach((lang, byOrigin) -> {
                    StringBuilder line = new StringBuilder("  ").append(lang).append(": ")
                            .append(byOrigin.values().stream().mapToLong(Long::longValue).sum()).append(" (");
                    byOrigin.forEach((origin, n) -> line.append(origin.name().toLowerCase(java.util.Locale.ROOT))
                            .append(' ').append(n).append(", "));
                    System.out.println(line.substring(0, line.length() - 2) + ")");
                });
                System.out.println("  imported from files: " + memory.importedCount());
                return 0;
            });
        }
    }
}
