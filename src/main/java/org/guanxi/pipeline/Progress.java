package org.guanxi.pipeline;

import java.io.PrintStream;

/**
 * Progress of a long ingest: files done of total, rate and time left. On a terminal one line is
 * redrawn; otherwise a plain line is printed every few seconds (for logs).
 */
final class Progress {
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;
    private static final long DRAW_EVERY_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final int total;
    private final long started = System.nanoTime();
    private long lastShown = started;
    private int done;

    Progress(PrintStream out, boolean terminal, int total) {
        this.out = out;
        this.terminal = terminal;
        this.total = total;
    }

    void step() {
        done++;
        long now = System.nanoTime();
        if (out != null && now - lastShown >= (terminal ? DRAW_EVERY_NANOS : LOG_EVERY_NANOS)) {
            lastShown = now;
            show(now, false);
        }
    }

    void finish() {
        if (out != null && terminal && done > 0) {
            show(System.nanoTime(), true);
        }
    }

    private void show(long now, boolean last) {
        double secs = (now - started) / 1e9;
        double rate = done / Math.max(secs, 1e-3);
        long left = rate > 0 ? Math.round((total - done) / rate) : 0;
        String line = String.format("ingest: %d/%d files (%d%%), %.0f files/s, ETA %s",
                done, total, total == 0 ? 100 : done * 100 / total, rate, duration(left));
        if (terminal) {
            out.print("\r" + line + (last ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }

    static String duration(long seconds) {
        return seconds >= 60 ? (seconds / 60) + "m" + String.format("%02d", seconds % 60) + "s" : seconds + "s";
    }
}
