package dev.hanbridge.app.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of {@code hanbridge serve} ({@code hanbridge.serve.*}; the command line sets most).
 *
 * @param inbox the folder the schedule runs; {@code null}: no schedule
 * @param schedule a Spring cron expression (six fields, seconds first); {@code null}: no schedule
 * @param inputRoots folders under which the API may launch runs on a server path (the inbox is
 *        always one); a path elsewhere is refused, so the token does not open every readable file
 * @param apiToken the token; {@code HANBRIDGE_API_TOKEN} when not set here. Never printed
 * @param maxUploadFiles files per upload
 * @param maxUploadSize one uploaded file, and the request
 * @param maxUnpackedSize what an uploaded archive may expand to, all entries together
 * @param maxArchiveEntries entries in an uploaded archive, nested archives included
 * @param lockAtMostFor how long a scheduled run may hold the schedule's lock if its server dies
 * @param shutdownWait how long a stopping server waits for running jobs to reach a chunk boundary
 * @param signInAttempts wrong tokens a client address may try (sign-in form and bearer header
 *        together) before it must wait; then each further wrong one doubles the wait
 * @param signInDelay the first wait; the longest is 15 minutes
 */
@ConfigurationProperties("hanbridge.serve")
public record ServeSettings(Path inbox, String schedule, List<Path> inputRoots, String apiToken,
        @DefaultValue("100") int maxUploadFiles, @DefaultValue("50MB") DataSize maxUploadSize,
        @DefaultValue("500MB") DataSize maxUnpackedSize, @DefaultValue("10000") int maxArchiveEntries,
        @DefaultValue("6h") Duration lockAtMostFor, @DefaultValue("20s") Duration shutdownWait,
        @DefaultValue("10") int signInAttempts, @DefaultValue("1s") Duration signInDelay) {

    public ServeSettings {
        inputRoots = inputRoots == null ? List.of() : List.copyOf(inputRoots);
    }

    /** Roots for server-path launches: the configured ones and the inbox. */
    public List<Path> allowedRoots() {
        List<Path> roots = new java.util.ArrayList<>(inputRoots);
        if (inbox != null) {
            roots.add(inbox);
        }
        return roots;
    }

    @Override
    public String toString() { // the generated one would print the token
        return "ServeSettings[inbox=" + inbox + ", schedule=" + schedule + ", inputRoots=" + inputRoots
                + ", apiToken=" + (apiToken == null ? "unset" : "***") + "]";
    }
}
