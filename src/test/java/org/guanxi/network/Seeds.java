package org.guanxi.network;

import java.util.List;
import java.util.Optional;
import org.guanxi.TestSupport;
import org.guanxi.pipeline.IngestRun;
import org.guanxi.store.Store;

/** The five seed articles, ingested once into an in-memory store that the network tests share (read only). */
final class Seeds {
    private Seeds() {
    }

    static Store store() {
        return Holder.STORE;
    }

    static Network read(NetworkFilter filter) {
        return new NetworkReader(store().dataset()).read(filter);
    }

    static Optional<Person> person(Network n, String label) {
        return n.graph().vertexSet().stream().filter(p -> p.label().equals(label)).findFirst();
    }

    static Optional<Tie> tie(Network n, String a, String b) {
        return n.graph().edgeSet().stream()
                .filter(t -> (t.a().label().equals(a) && t.b().label().equals(b)) || (t.a().label().equals(b) && t.b().label().equals(a)))
                .findFirst();
    }

    private static final class Holder {
        static final Store STORE = ingest();

        private static Store ingest() {
            Store s = Store.inMemory();
            try {
                new IngestRun(TestSupport.pipeline(), s, IngestRun.Options.defaults()).run(List.of(TestSupport.corpus("seeds")));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return s;
        }
    }
}
