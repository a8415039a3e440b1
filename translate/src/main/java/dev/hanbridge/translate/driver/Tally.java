package dev.hanbridge.translate.driver;

import java.util.ArrayList;
import java.util.List;

import dev.hanbridge.common.EngineUsage;
import dev.hanbridge.translate.UsageLedger;

/** The counts of one unit of work (one article, or several packed together), kept by its thread. */
final class Tally {

    private final List<Link> chain;
    private final UsageMeter[] meters;
    int copied;
    int fromMemory;
    int machineTranslated;
    int failed;

    Tally(List<Link> chain) {
        this.chain = chain;
        this.meters = new UsageMeter[chain.size()];
        for (int i = 0; i < meters.length; i++) {
            meters[i] = new UsageMeter();
        }
    }

    /** The meter of the chain's engine number {@code i}. */
    UsageMeter meter(int i) {
        return meters[i];
    }

    /** Adds what each engine cost to the run's usage, skipping engines that were not called. */
    void addTo(UsageLedger usage, long runId) {
        for (EngineUsage u : used()) {
            usage.add(runId, u);
        }
    }

    Outcome outcome(int pending) {
        List<EngineUsage> used = used();
        int requests = 0;
        int retries = 0;
        for (EngineUsage u : used) {
            requests += (int) u.requests();
            retries += (int) u.retries();
        }
        return new Outcome(pending, fromMemory, machineTranslated, failed, requests, retries, used, copied);
    }

    private List<EngineUsage> used() {
        List<EngineUsage> used = new ArrayList<>();
        for (int i = 0; i < meters.length; i++) {
            EngineUsage u = meters[i].usage(chain.get(i).id());
            if (!u.isEmpty()) {
                used.add(u);
            }
        }
        return used;
    }
}
