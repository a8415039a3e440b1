package dev.hanbridge.ingest.gold;

import dev.hanbridge.common.Block;
import dev.hanbridge.ingest.ArticleExtractor;
import dev.hanbridge.ingest.Sources;
import dev.hanbridge.ingest.UnreadableSourceException;
import dev.hanbridge.ingest.tika.ExtractedArticle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores article structure on the gold set (see {@link GoldArticle}) and prints one table: per
 * format, then per part (the articles written with the code and the held-out ones written after
 * it), block-kind accuracy, paragraph-boundary precision, recall and F1, metadata accuracy and the
 * share of blocks reproduced exactly ({@link StructureScore}).
 *
 * <p>{@code bench/structure.sh [--errors]}; {@code --errors} also prints every document whose
 * blocks or metadata differ from its gold, side by side.
 */
public final class StructureBenchmark {

    private StructureBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        boolean errors = List.of(args).contains("--errors");
        Path root = args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0]) : GoldArticle.ROOT;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Results results = run(GoldArticle.load(root), errors ? out : null);
        out.println(results.table());
    }

    /** The scores of every document, by format and by part. */
    static Results run(List<GoldArticle> gold, PrintStream errors) {
        ArticleExtractor extractor = new ArticleExtractor();
        Results results = new Results();
        for (GoldArticle g : gold) {
            StructureScore score;
            ExtractedArticle article = null;
            try {
                article = extractor.extract(Sources.file(g.file()));
                score = StructureScore.of(g.expected(), article.title(), article.byline(), article.publishedAt(),
                        article.section(), article.blocks());
            } catch (UnreadableSourceException e) {
                score = StructureScore.of(g.expected(), null, null, null, null, List.of());
            }
            results.add(g, score);
            if (errors != null && (score.exactBlocks < score.blocks || score.fieldsRight < score.fields)) {
                printDifference(errors, g, article);
            }
        }
        return results;
    }

    private static void printDifference(PrintStream out, GoldArticle g, ExtractedArticle article) {
        out.println("== " + g.name());
        if (article == null) {
            out.println("   (could not be read)");
            return;
        }
        Expected e = g.expected();
        field(out, "title", e.title(), article.title());
        field(out, "byline", e.byline(), article.byline());
        field(out, "published", e.published(), article.publishedAt());
        field(out, "section", e.section(), article.section());
        List<Block> found = article.blocks();
        for (int i = 0; i < Math.max(e.blocks().size(), found.size()); i++) {
            Block want = i < e.blocks().size() ? e.blocks().get(i) : null;
            Block got = i < found.size() ? found.get(i) : null;
            out.printf("%s %-60s | %s%n", Objects.equals(want, got) ? " " : "!", show(want), show(got));
        }
    }

    private static void field(PrintStream out, String name, Object want, Object got) {
        if (!Objects.equals(want, got)) {
            out.println("!  " + name + ": want " + want + ", got " + got);
        }
    }

    private static String show(Block b) {
        if (b == null) {
            return "";
        }
        String text = b.text().length() > 45 ? b.text().substring(0, 45) + "…" : b.text();
        return b.kind() + " " + text;
    }

    /** Scores added up per format, per part, and over all. */
    static final class Results {
        final Map<String, StructureScore> byFormat = new LinkedHashMap<>();
        final Map<String, StructureScore> byPart = new LinkedHashMap<>();
        final StructureScore all = new StructureScore();
        final List<String> articles = new ArrayList<>();

        Results() {
            GoldArticle.FORMATS.forEach(f -> byFormat.put(f, new StructureScore()));
            byPart.put("dev", new StructureScore());
            byPart.put("heldout", new StructureScore());
        }

        void add(GoldArticle g, StructureScore s) {
            byFormat.get(g.format()).add(s);
            byPart.get(g.part()).add(s);
            all.add(s);
            if (!articles.contains(g.part() + "/" + g.article())) {
                articles.add(g.part() + "/" + g.article());
            }
        }

        String table() {
            StringBuilder t = new StringBuilder();
            t.append("| set | documents | gold blocks | block-kind accuracy | boundary P | boundary R | boundary F1"
                    + " | metadata accuracy | exact blocks |\n");
            t.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            byFormat.forEach((name, s) -> row(t, name, s));
            row(t, "written with the code (dev)", byPart.get("dev"));
            row(t, "held out (written after it)", byPart.get("heldout"));
            row(t, "**all**", all);
            t.append("\n").append(articles.size()).append(" articles (")
                    .append(articles.stream().filter(a -> a.startsWith("dev/")).count()).append(" dev, ")
                    .append(articles.stream().filter(a -> a.startsWith("heldout/")).count()).append(" held out)");
            return t.toString();
        }

        private static void row(StringBuilder t, String name, StructureScore s) {
            t.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", name,
                    s.documents, s.blocks, s.kindAccuracy(), s.precision(), s.recall(), s.f1(), s.metadataAccuracy(),
                    s.exactShare()));
        }
    }
}
