package dev.hanbridge.export;

import dev.hanbridge.export.BundleManifest.BundleEntry;
import dev.hanbridge.export.BundleManifest.BundleSource;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a run's manifest lists, handed over one at a time and as often as the bundle asks (the
 * files twice: for the manifest, then for the zip), so that no list of a whole run's sources or
 * files has to be in memory at once. Each call hands over everything again, in the same order.
 */
public interface BundleContents {

    /** Every source of the run, in the manifest's order. */
    void sources(Consumer<BundleSource> sink);

    /** Every exported file of the run, in the manifest's order. */
    void files(Consumer<BundleEntry> sink);

    /** Contents already in lists (small runs, tests). */
    static BundleContents of(List<BundleSource> sources, List<BundleEntry> files) {
        return new BundleContents() {
            @Override
            public void sources(Consumer<BundleSource> sink) {
                sources.forEach(sink);
            }

            @Override
            public void files(Consumer<BundleEntry> sink) {
                files.forEach(sink);
            }
        };
    }
}
