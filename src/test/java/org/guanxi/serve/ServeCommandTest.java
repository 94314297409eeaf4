package org.guanxi.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.guanxi.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guanxi serve}'s command line: help and usage errors (the server itself is in ServeTest). */
class ServeCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheOptions() {
        Run r = run("serve", "--help");
        assertEquals(0, r.code(), r.err());
        for (String opt : new String[] {"--store", "--port", "--host", "--timeout", "read-only"}) {
            assertTrue(r.out().contains(opt), () -> opt + " missing from:\n" + r.out());
        }
        assertTrue(run("--help").out().contains("serve"));
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path dir) {
        for (String[] args : new String[][] {
                {"serve", "--port", "http"}, {"serve", "--port", "70000"}, {"serve", "--timeout", "0"},
                {"serve", "--host", " "}, {"serve", "extra"}, {"serve", "--store", dir.resolve("none").toString()}}) {
            Run r = run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
    }
}
