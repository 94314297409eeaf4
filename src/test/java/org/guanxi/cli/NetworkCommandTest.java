package org.guanxi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.guanxi.cli.MainTest.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code guanxi network} in-process on the sample articles: files written, and one-line errors with the right exit codes. */
class NetworkCommandTest {
    @TempDir
    static Path dir;
    static String store;

    @BeforeAll
    static void ingestTheSamples() {
        store = dir.resolve("tdb2").toString();
        Run r = MainTest.run("ingest", "-q", "--data", "ontology", "--store", store, "samples");
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void writesEveryFormat() throws Exception {
        for (String format : new String[] {"html", "graphml", "gexf", "dot", "csv"}) {
            Path out = dir.resolve("out").resolve("network." + format);
            Run r = MainTest.run("network", "--store", store, "--format", format, "--out", out.toString());
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("network: "), r.out());
            assertTrue(Files.readString(out).contains("习近平"), format);
        }
    }

    @Test
    void filtersByPersonDateStatusAndMode() throws Exception {
        Path out = dir.resolve("phone.csv");
        Run r = MainTest.run("network", "--store", store, "--format", "csv", "--out", out.toString(),
                "--person", "Wang Yi", "--from", "2022", "--to", "2022-12-31", "--status", "held", "--mode", "phone");
        assertEquals(0, r.code(), r.err());
        String csv = Files.readString(out);
        assertTrue(csv.contains("王毅") && csv.contains("布林肯"), csv);
        assertFalse(csv.contains("习近平"), csv);
        assertTrue(r.out().contains("2 people, 1 ties"), r.out());
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        String out = dir.resolve("x.html").toString();
        String[][] wrong = {
            {"network", "--store", store, "--out", out},
            {"network", "--store", store, "--format", "html"},
            {"network", "--store", store, "--format", "png", "--out", out},
            {"network", "--store", store, "--format", "html", "--out", out, "--from", "yesterday"},
            {"network", "--store", store, "--format", "html", "--out", out, "--from", "2024", "--to", "2023"},
            {"network", "--store", store, "--format", "html", "--out", out, "--status", "rumoured"},
            {"network", "--store", store, "--format", "html", "--out", out, "--mode", "telepathy"},
            {"network", "--store", dir.resolve("nothing").toString(), "--format", "html", "--out", out},
        };
        for (String[] args : wrong) {
            Run r = MainTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("guanxi network: "), r.err());
        }
    }

    @Test
    void anUnknownPersonIsAFailureThatSaysWho() {
        Run r = MainTest.run("network", "--store", store, "--format", "html", "--out", dir.resolve("y.html").toString(), "--person", "张三丰");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("张三丰") && r.err().lines().count() == 1, r.err());
    }
}
