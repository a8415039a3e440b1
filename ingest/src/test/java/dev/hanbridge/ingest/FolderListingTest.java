package dev.hanbridge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderListingTest {

    @TempDir
    Path folder;

    @Test
    void givesEveryEntryAsAPathInTheOrderOfItsName() throws IOException {
        for (String name : List.of("b.txt", "a.txt", "버스 정류장.txt", "A.txt", "10.txt", "9.txt", "기사")) {
            if (name.contains(".")) {
                Files.writeString(folder.resolve(name), name);
            } else {
                Files.createDirectory(folder.resolve(name));
            }
        }

        List<Path> listed = new ArrayList<>();
        FolderListing.of(folder).forEach(listed::add);

        assertThat(listed).containsExactly(folder.resolve("10.txt"), folder.resolve("9.txt"), folder.resolve("A.txt"),
                folder.resolve("a.txt"), folder.resolve("b.txt"), folder.resolve("기사"), folder.resolve("버스 정류장.txt"));
    }

    @Test
    void givesAnEmptyFolderNoEntry() throws IOException {
        assertThat(FolderListing.of(folder).iterator().hasNext()).isFalse();
    }

    @Test
    void keepsANameThatIsNotValidUtf8AsTheFolderGaveIt() throws IOException, InterruptedException {
        // Byte 0xFF is never valid UTF-8; Java cannot name such a file itself, the shell can.
        Process touch = new ProcessBuilder("sh", "-c", "printf 'x' > \"$(printf 'caf\\377.txt')\"")
                .directory(folder.toFile()).start();
        assumeThat(touch.waitFor()).as("a file named with a byte that is not UTF-8").isZero();
        Files.writeString(folder.resolve("b.txt"), "b");
        Path odd;
        try (Stream<Path> entries = Files.list(folder)) {
            odd = entries.filter(p -> !p.getFileName().toString().equals("b.txt")).findFirst().orElseThrow();
        }

        List<Path> listed = new ArrayList<>();
        FolderListing.of(folder).forEach(listed::add);

        assertThat(listed).containsExactly(folder.resolve("b.txt"), odd);
        assertThat(Files.readString(listed.get(1))).isEqualTo("x");
    }
}
