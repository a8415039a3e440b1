package dev.hanbridge.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's Tomcat works in the data folder: a folder of its own in the system's temporary
 * folder per start was left behind by each one, and a system cleaner that removes old folders
 * there takes a long-running server's upload folder from under it.
 */
class ServerWorkFolderTest {

    @TempDir
    Path tmp;

    @Test
    void theServerKeepsItsWorkFilesInTheDataFolderNotInTheSystemTemporaryFolder() throws Exception {
        Path data = tmp.resolve("data");
        List<Path> before = tomcatFoldersInTheSystemTemporaryFolder();
        try (TestServer server = TestServer.start(data, tmp.resolve("out"))) {
            assertThat(server.send(server.request("/api/health").GET().build()).statusCode()).isEqualTo(200);
            assertThat(data.resolve("tomcat")).isDirectory();
            // Spring Boot's default names it after the configured port (0 here), not the one taken.
            assertThat(tomcatFoldersInTheSystemTemporaryFolder()).isEqualTo(before);
        }
    }

    private static List<Path> tomcatFoldersInTheSystemTemporaryFolder() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("tomcat.")).sorted().toList();
        }
    }
}
