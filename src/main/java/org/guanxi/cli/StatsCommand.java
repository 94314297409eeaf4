package org.guanxi.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.guanxi.query.Stats;
import org.guanxi.store.Store;

/** {@code guanxi stats [--store DIR] [--top N]} */
final class StatsCommand implements Command {
    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "what the store holds: counts per type, top people by meetings, date range";
    }

    @Override
    public String arguments() {
        return "[--store DIR] [--top N]";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withStore(CommonOptions.base());
        o.addOption(Option.builder().longOpt("top").hasArg().argName("N").desc("how many people to list (default 10)").get());
        return o;
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("unexpected argument " + line.getArgList().get(0));
        }
        int top = Args.positiveInt(line, "top", 10);
        Path store = CommonOptions.store(line);
        if (!Files.isDirectory(store)) {
            throw new UsageException("no store at " + store + " (run guanxi ingest first, or give --store)");
        }
        Stats.Summary s;
        try (Store st = Store.open(store)) {
            s = Stats.of(st.dataset(), top);
        }
        var out = ctx.out();
        out.printf("store %s: %,d quads%n", store, s.quads());
        for (Map.Entry<String, Long> e : s.counts().entrySet()) {
            out.printf("  %-14s %,8d%n", e.getKey(), e.getValue());
        }
        if (!s.meetingsByStatus().isEmpty()) {
            StringBuilder b = new StringBuilder();
            s.meetingsByStatus().forEach((k, v) -> b.append(b.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
            out.println("  meetings by status: " + b);
        }
        out.printf("published %s .. %s; events dated %s .. %s%n", or(s.firstPublished()), or(s.lastPublished()),
                or(s.firstEvent()), or(s.lastEvent()));
        if (!s.topPeople().isEmpty()) {
            out.println("top people by meetings:");
            out.println("  meetings  met  person");
            for (Stats.Ranked r : s.topPeople()) {
                String name = r.label().isEmpty() ? r.iri() : r.label() + (r.english().isEmpty() ? "" : " (" + r.english() + ")");
                out.printf("  %8d %4d  %s%n", r.meetings(), r.metWith(), name);
            }
        }
        return 0;
    }

    private static String or(String s) {
        return s.isEmpty() ? "-" : s;
    }
}
