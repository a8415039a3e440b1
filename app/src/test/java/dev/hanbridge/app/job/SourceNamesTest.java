package dev.hanbridge.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class SourceNamesTest {

    private static final List<Path> INPUTS = List.of(Path.of("/srv/inbox"), Path.of("/srv/inbox/deep"),
            Path.of("/home/kim/one.docx"), Path.of("/home/kim/batch.zip"));

    @Test
    void namesAFileUnderAFolderInputRelativeToTheDeepestInputHoldingIt() {
        assertThat(SourceNames.relative("/srv/inbox/2026/서울.docx", INPUTS)).isEqualTo("2026/서울.docx");
        assertThat(SourceNames.relative("/srv/inbox/deep/a.txt", INPUTS)).isEqualTo("a.txt");
    }

    @Test
    void namesAFileInputAndAZipEntryByTheFileName() {
        assertThat(SourceNames.relative("/home/kim/one.docx", INPUTS)).isEqualTo("one.docx");
        assertThat(SourceNames.relative("/home/kim/batch.zip!/2026/a.txt", INPUTS)).isEqualTo("batch.zip!/2026/a.txt");
        assertThat(SourceNames.relative("/srv/inbox/x.zip!/in.zip!/b.hwp", INPUTS)).isEqualTo("x.zip!/in.zip!/b.hwp");
    }

    @Test
    void namesAFeedItemByTheFeedAndTheItemsLinkKeepingTheLinkWhole() {
        assertThat(SourceNames.relative("/srv/inbox/feeds/it.xml!https://news.example/a/1?id=7", INPUTS))
                .isEqualTo("feeds/it.xml!https://news.example/a/1?id=7");
        assertThat(SourceNames.relative("/home/kim/batch.zip!/daily/it.RSS!tag:news.example,2025:77", INPUTS))
                .isEqualTo("batch.zip!/daily/it.RSS!tag:news.example,2025:77");
        assertThat(SourceNames.relative("/srv/inbox/hello!world.txt", INPUTS)).isEqualTo("hello!world.txt");
    }

    @Test
    void namesASourceOutsideEveryInputByItsFileNameOnly() {
        assertThat(SourceNames.relative("/home/kim/private/old/c.txt", INPUTS)).isEqualTo("c.txt");
        assertThat(SourceNames.relative("/srv/inbox-other/d.txt", INPUTS)).isEqualTo("d.txt");
    }

    @Test
    void keepsARelativeName() {
        assertThat(SourceNames.relative("inbox/e.txt", INPUTS)).isEqualTo("inbox/e.txt");
        assertThat(SourceNames.relative(null, INPUTS)).isNull();
    }
}
