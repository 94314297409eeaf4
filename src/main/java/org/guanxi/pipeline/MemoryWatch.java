package org.guanxi.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peaks of the two parts of a process's resident memory while it runs, read from
 * {@code /proc/self/status} every 100 ms: its own memory (RssAnon: heap, code, thread stacks) and
 * file pages it maps (RssFile: the store's memory-mapped indexes, the JDK's files), which the
 * kernel can drop and read again. Linux only; elsewhere both stay -1.
 */
final class MemoryWatch implements AutoCloseable {
    private static final Path STATUS = Path.of("/proc/self/status");
    private final Thread thread;
    private volatile long anon = -1;
    private volatile long file = -1;
    private volatile boolean stop;

    MemoryWatch() {
        thread = new Thread(this::watch, "guanxi-memory");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch() {
        while (!stop) {
            sample();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("RssAnon:")) {
                    anon = Math.max(anon, kilobytes(line) * 1024);
                } else if (line.startsWith("RssFile:")) {
                    file = Math.max(file, kilobytes(line) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            stop = true; // no /proc: nothing to watch
        }
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("\\D", ""));
    }

    /** Peak of the process's own memory in bytes, or -1. */
    long peakAnon() {
        return anon;
    }

    /** Peak of the file pages it maps in bytes, or -1. */
    long peakFile() {
        return file;
    }

    @Override
    public void close() {
        stop = true;
        thread.interrupt();
        sample();
    }
}
