package org.guanxi.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.guanxi.TestSupport;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Extraction;
import org.guanxi.doc.Meeting;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Statement;
import org.guanxi.doc.Visit;
import org.guanxi.pipeline.Pipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: what each seed article gives, one fact per line (src/test/resources/golden/).
 * Statement contents appear as hashes, so the files hold no article text. After a deliberate
 * change, review the difference and rewrite them with {@code mvn test -Dgolden.update=true}.
 */
class SeedGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<String> seeds() throws IOException {
        try (var s = Files.list(TestSupport.corpus("seeds"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void factsAreAsRecorded(String file) throws IOException {
        Pipeline.Outcome o = TestSupport.pipeline().process(TestSupport.corpus("seeds/" + file));
        List<String> actual = lines(((Pipeline.Done) o).extraction());
        Path golden = GOLDEN.resolve(file + ".facts");
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.createDirectories(GOLDEN);
            Files.write(golden, actual, StandardCharsets.UTF_8);
        }
        List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
        assertEquals(String.join("\n", expected), String.join("\n", actual), "facts of " + file + " changed");
    }

    static List<String> lines(Extraction x) {
        TreeSet<String> out = new TreeSet<>();
        for (Mention m : x.mentions()) {
            if (m.type() == EntityType.PERSON) {
                out.add("person " + m.entity().id());
            }
        }
        for (Meeting m : x.meetings()) {
            out.add("meeting " + m.status() + " " + m.mode() + " " + m.date() + " " + String.join(" ", new TreeSet<>(m.participants()))
                    + (m.place() == null ? "" : " @" + m.place()));
        }
        for (Statement s : x.statements()) {
            out.add("statement " + s.speaker() + " #" + hash(s.content()) + " (" + s.content().length() + " chars)");
        }
        for (Visit v : x.visits()) {
            out.add("visit " + v.status() + " " + v.date() + " " + v.visitor() + " > " + v.destination());
        }
        return new ArrayList<>(out);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
