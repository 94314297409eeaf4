package org.guanxi.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Extraction;
import org.guanxi.doc.Mention;

/**
 * What an ingest did: files seen, articles written, files skipped (by reason, with the files),
 * and how many people, meetings, statements and visits the written articles hold.
 */
public record IngestSummary(int files, int ingested, int unchanged, Map<String, List<String>> skipped,
                            int persons, int meetings, int statements, int visits, long quads, long bytes,
                            long elapsedNanos, long writeNanos, long writeWaitNanos, long tailNanos, boolean bulkLoaded) {

    public int skippedCount() {
        return skipped.values().stream().mapToInt(List::size).sum();
    }

    /** Accumulates a summary as results arrive (on the writer's thread). */
    static final class Builder {
        private final int files;
        private int ingested;
        private int unchanged;
        private final Map<String, List<String>> skipped = new LinkedHashMap<>();
        private final Set<String> persons = new HashSet<>();
        private int meetings;
        private int statements;
        private int visits;
        private long quads;
        private long bytes;
        private long writeNanos;
        private long writeWaitNanos;
        private long tailNanos;
        private boolean bulkLoaded;

        Builder(int files) {
            this.files = files;
        }

        void skipped(String file, String reason) {
            skipped.computeIfAbsent(reason, k -> new ArrayList<>()).add(file);
        }

        void unchanged() {
            unchanged++;
        }

        void ingested(Extraction x, int quadCount, long size) {
            ingested++;
            for (Mention m : x.mentions()) {
                if (m.type() == EntityType.PERSON) {
                    persons.add(m.entity().id());
                }
            }
            meetings += x.meetings().size();
            statements += x.statements().size();
            visits += x.visits().size();
            quads += quadCount;
            bytes += size;
        }

        /** Writing time, time the run waited for the writer, and the writes after the last extraction. */
        void writing(long writing, long waiting, long tail) {
            writeNanos = writing;
            writeWaitNanos = waiting;
            tailNanos = tail;
        }

        void bulk(boolean used) {
            bulkLoaded = used;
        }

        IngestSummary build(long elapsed) {
            return new IngestSummary(files, ingested, unchanged, skipped, persons.size(), meetings, statements, visits,
                    quads, bytes, elapsed, writeNanos, writeWaitNanos, tailNanos, bulkLoaded);
        }
    }
}
