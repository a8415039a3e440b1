package dev.hanbridge.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveGuardTest {

    private static final ArchiveGuard GUARD = new ArchiveGuard(ArchiveLimits.DEFAULT);

    @TempDir
    Path dir;

    @Test
    void listsAndReadsAnArchiveWrittenWithDataDescriptorsAndCp949Names() throws Exception {
        // ZipOutputStream writes each deflated entry's sizes in a data descriptor after its data;
        // Windows' zip writes Korean names in CP949 without the UTF-8 flag.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, Charset.forName("x-windows-949"))) {
            zip.putNextEntry(new ZipEntry("경제/"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("경제/속보.txt"));
            zip.write(text("정부는 새 예산안을 발표했다."));
            zip.closeEntry();
        }
        Path archive = write("묶음.zip", bytes.toByteArray());

        ZipListing listing = GUARD.list(archive);

        assertThat(listing.entries()).extracting(ArchiveEntry::name).containsExactly("경제/", "경제/속보.txt");
        ArchiveEntry article = listing.entries().get(1);
        assertThat(article.refusal()).isNull();
        assertThat(article.size()).isEqualTo(text("정부는 새 예산안을 발표했다.").length);
        try (InputStream in = article.open(archive)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("정부는 새 예산안을 발표했다.");
        }
        GUARD.verify(archive, "묶음.zip");
    }

    @Test
    void refusesTheCraftedArchiveOfIssue9WithoutInflatingIt() throws Exception {
        // 20 directory entries that a walk of the local headers never reaches, all pointing at one
        // 1 GiB stream of zeros that declares 1,000 bytes: it cost ingest 42 CPU-seconds.
        Path archive = write("crafted.zip", Zips.craftedBomb(20, 1024));
        assertThat(Files.size(archive)).isBetween(900_000L, 1_200_000L);
        long cpuBefore = cpuNanos();

        assertThatThrownBy(() -> GUARD.list(archive)).isInstanceOf(UnsafeArchiveException.class)
                .hasMessageStartingWith("crafted.zip: the archive's directory and its entries disagree")
                .satisfies(e -> assertThat(((UnsafeArchiveException) e).overLimit()).isFalse());
        assertThatThrownBy(() -> GUARD.verify(archive, "upload.zip"))
                .hasMessageStartingWith("upload.zip: the archive's directory and its entries disagree");

        // Inflating 1 GiB once takes about a second; the refusal reads headers only.
        assertThat(cpuNanos() - cpuBefore).isLessThan(500_000_000L);
    }

    @Test
    void refusesLocalEntriesThatTheDirectoryDoesNotList() throws Exception {
        Zips zip = new Zips();
        byte[] hidden = text("목록에 없는 파일");
        zip.local("hidden.txt", Zips.STORED, hidden, Zips.crc(hidden), hidden.length);
        byte[] listed = text("목록에 있는 파일");
        long offset = zip.local("listed.txt", Zips.STORED, listed, Zips.crc(listed), listed.length);
        zip.listed("listed.txt", offset, Zips.STORED, Zips.crc(listed), listed.length, listed.length);
        Path archive = write("two-stories.zip", zip.build());

        assertThatThrownBy(() -> GUARD.list(archive)).isInstanceOf(UnsafeArchiveException.class)
                .hasMessageContaining("disagree (bytes 0 to " + offset + " belong to no entry of the directory)");
    }

    @Test
    void refusesADirectoryEntryNamedOtherwiseThanItsLocalHeader() throws Exception {
        Zips zip = new Zips();
        byte[] content = text("본문");
        long offset = zip.local("harmless.txt", Zips.STORED, content, Zips.crc(content), content.length);
        zip.listed("other.txt", offset, Zips.STORED, Zips.crc(content), content.length, content.length);

        assertThatThrownBy(() -> GUARD.list(write("renamed.zip", zip.build())))
                .hasMessageContaining("has another name in its local header");
    }

    @Test
    void stopsReadingAnEntryAtTheFirstBytePastItsDeclaredSize() throws Exception {
        // Directory and local header agree on 1,000 bytes; the data inflates to 1 GiB.
        byte[] zeros = Zips.deflatedZeros(1024);
        Zips zip = new Zips();
        long offset = zip.local("lies.txt", Zips.DEFLATED, zeros, 0, 1_000);
        zip.listed("lies.txt", offset, Zips.DEFLATED, 0, zeros.length, 1_000);
        Path archive = write("lies.zip", zip.build());
        ArchiveEntry entry = GUARD.list(archive).entries().get(0);
        assertThat(entry.refusal()).isNull();
        long cpuBefore = cpuNanos();

        try (InputStream in = entry.open(archive)) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(IOException.class).hasMessage("lies.txt: the entry"
                    + " inflates beyond the 1000 bytes its archive declares; this looks like a zip bomb, so it was not read");
        }
        assertThatThrownBy(() -> GUARD.verify(archive, "lies.zip")).isInstanceOf(UnsafeArchiveException.class)
                .hasMessageContaining("lies.zip!/lies.txt: the entry inflates beyond the 1000 bytes");
        assertThat(cpuNanos() - cpuBefore).isLessThan(500_000_000L);
    }

    @Test
    void refusesAnEntryThatDeclaresMoreThanItsBudget() throws Exception {
        ArchiveGuard guard = new ArchiveGuard(new ArchiveLimits(1 << 20, 10 << 20, 100, 100, 3));
        Path archive = write("big.zip", new Zips().entry("big.txt", prose(2 << 20)).entry("ok.txt", text("짧다")).build());

        ZipListing listing = guard.list(archive);

        assertThat(listing.entries().get(0).refusal())
                .isEqualTo("the entry expands to 2 MB, beyond the 1 MB limit for one entry (zip bomb guard)");
        assertThat(listing.entries().get(1).refusal()).isNull();
        assertThatThrownBy(() -> listing.entries().get(0).open(archive)).isInstanceOf(IOException.class)
                .hasMessageContaining("zip bomb guard");
        assertThatThrownBy(() -> guard.verify(archive, "big.zip")).isInstanceOf(UnsafeArchiveException.class)
                .satisfies(e -> assertThat(((UnsafeArchiveException) e).overLimit()).isTrue());
    }

    @Test
    void refusesAnEntryCompressedLikeAZipBomb() throws Exception {
        Path archive = write("zeros.zip", new Zips().entry("zeros.txt", new byte[50 << 20]).build());

        assertThat(GUARD.list(archive).entries().get(0).refusal()).startsWith("the entry is compressed 1")
                .endsWith(":1, which looks like a zip bomb");
    }

    @Test
    void refusesAnArchiveWhoseEntriesTogetherPassTheBudget() throws Exception {
        ArchiveGuard guard = new ArchiveGuard(new ArchiveLimits(1 << 20, 1 << 20, 100, 100, 3));
        Path archive = write("many.zip", new Zips().entry("a.txt", prose(600_000)).entry("b.txt", prose(600_000))
                .build());

        assertThatThrownBy(() -> guard.list(archive)).isInstanceOf(UnsafeArchiveException.class)
                .hasMessageContaining("expands beyond 1 MB in all (nested archives included)")
                .satisfies(e -> assertThat(((UnsafeArchiveException) e).overLimit()).isTrue());
    }

    @Test
    void refusesAnArchiveThatInflatesMoreThanTheRatioAllTogether() throws Exception {
        // Twenty entries of 600 KB of zeros: each is under the 1 MB below which an entry's own ratio
        // is not checked, together they are 12 MB from an archive of a few kilobytes.
        Zips zip = new Zips();
        for (int i = 0; i < 20; i++) {
            zip.entry("part-" + i + ".txt", new byte[600_000]);
        }
        Path archive = write("parts.zip", zip.build());

        assertThatThrownBy(() -> GUARD.list(archive)).isInstanceOf(UnsafeArchiveException.class)
                .hasMessage("parts.zip: expands more than 100 times its size, which is a zip bomb, not articles");
    }

    @Test
    void refusesMoreEntriesThanTheLimitNestedArchivesIncluded() throws Exception {
        ArchiveGuard guard = new ArchiveGuard(ArchiveLimits.DEFAULT.withMaxEntries(3));
        byte[] inner = new Zips().entry("b.txt", text("둘")).entry("c.txt", text("셋")).build();
        Path archive = write("outer.zip", new Zips().entry("a.txt", text("하나")).entry("inner.zip", inner).build());
        ZipListing listing = guard.list(archive);
        ArchiveEntry nested = listing.entries().get(1);

        try (InputStream in = nested.open(archive)) {
            assertThatThrownBy(() -> listing.listNested(nested, in)).isInstanceOf(UnsafeArchiveException.class)
                    .hasMessage("outer.zip!/inner.zip: more than 3 archive entries (nested archives included);"
                            + " split it into smaller archives");
        }
        assertThatThrownBy(() -> guard.verify(archive, "outer.zip")).hasMessageContaining("more than 3 archive entries");
    }

    @Test
    void refusesNamesThatClimbOutAreAbsoluteOrHoldBackslashesOrNul() throws Exception {
        Zips zip = new Zips();
        List<String> names = List.of("../evil.txt", "news/../../evil.txt", "/etc/cron.d/evil", "C:/evil.txt",
                "..\\evil.txt", "news\\a.txt", "a\0.txt", "news/fine.txt");
        names.forEach(name -> zip.entry(name, text("내용")));
        Path archive = write("names.zip", zip.build());

        List<String> refusals = GUARD.list(archive).entries().stream().map(ArchiveEntry::refusal).toList();

        assertThat(refusals.subList(0, 5)).allSatisfy(r -> assertThat(r).contains("points outside the archive"));
        assertThat(refusals.get(0)).isEqualTo("unsafe path \"../evil.txt\" points outside the archive;"
                + " such entries are not read");
        assertThat(refusals.get(5)).contains("holds a backslash");
        assertThat(refusals.get(6)).isEqualTo("unsafe name \"a?.txt\" holds a NUL character; such entries are not read");
        assertThat(refusals.get(7)).isNull();
        assertThatThrownBy(() -> GUARD.verify(archive, "names.zip")).hasMessageContaining("points outside the archive");
    }

    @Test
    void refusesArchivesNestedDeeperThanTheLimit() throws Exception {
        byte[] fourth = new Zips().entry("d.txt", text("넷")).build();
        byte[] third = new Zips().entry("c.txt", text("셋")).entry("fourth.zip", fourth).build();
        byte[] second = new Zips().entry("third.zip", third).build();
        Path archive = write("first.zip", new Zips().entry("second.zip", second).build());

        ZipListing first = GUARD.list(archive);
        ZipListing secondListing = nested(first, archive, 0);
        ZipListing thirdListing;
        try (InputStream in = first.entries().get(0).open(archive)) {
            thirdListing = secondListing.listNested(secondListing.entries().get(0),
                    secondListing.entries().get(0).openIn(in));
        }

        assertThat(thirdListing.depth()).isEqualTo(3);
        assertThat(thirdListing.entries().get(0).refusal()).isNull();
        assertThat(thirdListing.entries().get(1).refusal())
                .isEqualTo("nested archives deeper than 3 levels are not opened; unpack it first");
        assertThatThrownBy(() -> GUARD.verify(archive, "first.zip")).isInstanceOf(UnsafeArchiveException.class)
                .hasMessage("first.zip!/second.zip!/third.zip!/fourth.zip: nested archives deeper than 3 levels are"
                        + " not opened; unpack it first");
    }

    @Test
    void refusesAnEntryListedTwice() throws Exception {
        Zips zip = new Zips();
        byte[] one = text("하나");
        byte[] two = text("둘");
        long first = zip.local("a.txt", Zips.STORED, one, Zips.crc(one), one.length);
        long second = zip.local("a.txt", Zips.STORED, two, Zips.crc(two), two.length);
        zip.listed("a.txt", first, Zips.STORED, Zips.crc(one), one.length, one.length);
        zip.listed("a.txt", second, Zips.STORED, Zips.crc(two), two.length, two.length);

        assertThatThrownBy(() -> GUARD.list(write("twice.zip", zip.build()))).hasMessageContaining("is listed twice");
    }

    @Test
    void refusesBytesThatAreNotAZip() throws Exception {
        Path archive = write("broken.zip", text("PK\u0003\u0004 이건 zip이 아니다"));

        assertThatThrownBy(() -> GUARD.list(archive)).isInstanceOf(UnsafeArchiveException.class)
                .hasMessage("broken.zip: cannot open the zip archive (no end-of-archive record); the file is damaged"
                        + " or is not a zip");
    }

    @Test
    void anEntryWhoseDataDoesNotMatchItsCrcFailsWhenRead() throws Exception {
        byte[] content = text("원래 내용");
        Zips zip = new Zips();
        long offset = zip.local("a.txt", Zips.STORED, content, Zips.crc(content) ^ 1, content.length);
        zip.listed("a.txt", offset, Zips.STORED, Zips.crc(content) ^ 1, content.length, content.length);
        Path archive = write("crc.zip", zip.build());

        try (InputStream in = GUARD.list(archive).entries().get(0).open(archive)) {
            assertThatThrownBy(in::readAllBytes).hasMessage("a.txt: the archive entry is damaged (its CRC does not match)");
        }
    }

    private ZipListing nested(ZipListing listing, Path archive, int index) throws Exception {
        try (InputStream in = listing.entries().get(index).open(archive)) {
            return listing.listNested(listing.entries().get(index), in);
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Bytes that deflate about as well as prose (random letters), so no ratio rule is met. */
    private static byte[] prose(int length) {
        byte[] bytes = new byte[length];
        Random random = new Random(9);
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) ('a' + random.nextInt(26));
        }
        return bytes;
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

}
