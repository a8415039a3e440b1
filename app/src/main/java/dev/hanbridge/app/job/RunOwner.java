package dev.hanbridge.app.job;

import java.io.IOException;
import java.net.InetAddress;

/**
 * The process that works on a run, as the run's record names it: this machine's host name and
 * this process's id. A later process on the same host tells a crash (the id is gone) from a live
 * run by them; a run owned by another host is left alone, since only that host can tell.
 */
public final class RunOwner {

    private RunOwner() {
    }

    public static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    public static long pid() {
        return ProcessHandle.current().pid();
    }
}
