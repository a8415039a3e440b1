package dev.hanbridge.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hanbridge.app.serve.ServerApplication;

/** A server without a token: open on loopback, refused anywhere else, whatever starts it. */
class OpenLoopbackTest {

    @TempDir
    Path tmp;

    @Test
    void withoutATokenTheLoopbackServerIsOpen() throws Exception {
        try (TestServer server = TestServer.start(tmp.resolve("data"), tmp.resolve("out"),
                "--hanbridge.serve.api-token=")) {
            var runs = server.send(server.request("/api/runs").GET().build());
            assertThat(runs.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withoutATokenTheServerRefusesToStartOnEveryInterface() {
        assertThatThrownBy(() -> ServerApplication.start("--hanbridge.data-dir=" + tmp.resolve("data"),
                "--spring.main.web-application-type=servlet", "--hanbridge.serve.enabled=true", "--server.port=0",
                "--server.address=0.0.0.0", "--hanbridge.serve.api-token="))
                .hasRootCauseMessage("refusing to listen on 0.0.0.0 without HANBRIDGE_API_TOKEN: anyone who can "
                        + "reach it could launch runs and read exports. Set HANBRIDGE_API_TOKEN to a long random "
                        + "secret, or bind to loopback with --bind 127.0.0.1");
    }
}
