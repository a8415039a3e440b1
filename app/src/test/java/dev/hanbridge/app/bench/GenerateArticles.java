package dev.hanbridge.app.bench;

import java.nio.file.Path;

/**
 * Writes generated Korean articles for {@code bench/cli.sh}: the same four formats in rotation as
 * {@link PipelineBenchmark} (UTF-8 text, EUC-KR text, a news page, DOCX; 20 sentences each).
 *
 * <p>Usage: {@code GenerateArticles DIR N [FIRST]}: articles FIRST to FIRST+N-1, each with
 * sentences of its own, so that folders generated with different FIRST hold different sources.
 */
public final class GenerateArticles {

    private GenerateArticles() {
    }

    public static void main(String[] args) throws Exception {
        PipelineBenchmark.generate(Path.of(args[0]), args.length > 2 ? Integer.parseInt(args[2]) : 0,
                Integer.parseInt(args[1]));
    }
}
