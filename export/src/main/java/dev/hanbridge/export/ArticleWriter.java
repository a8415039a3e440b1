package dev.hanbridge.export;

import dev.hanbridge.common.BilingualArticle;
import java.io.IOException;
import java.io.OutputStream;

/** Writes one article in one format to a stream it does not close. */
@FunctionalInterface
interface ArticleWriter {
    void write(BilingualArticle article, OutputStream out) throws IOException;
}
