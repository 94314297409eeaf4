package org.guanxi.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * JSON-LD 1.1 in compacted form with the context of {@link JsonLdContext} inline, so that the
 * file reads naturally and parses back to the same graph without fetching anything. Jena's own
 * JSON-LD writer only compacts with prefixes; the compaction here is Titanium's (Jena's JSON-LD
 * engine) run with our context.
 */
final class JsonLdWriter {
    private JsonLdWriter() {
    }

    static void write(Graph g, JsonObject context, OutputStream out) {
        DatasetGraph dsg = DatasetGraphFactory.wrap(g);
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(dsg))).get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded),
                    JsonDocument.of(Json.createObjectBuilder().add("@context", context).build())).get();
            JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out, StandardCharsets.UTF_8);
            w.write(compacted);
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }
}
