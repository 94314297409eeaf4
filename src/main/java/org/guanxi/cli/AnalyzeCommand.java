package org.guanxi.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.guanxi.doc.Analysis;
import org.guanxi.doc.Extraction;
import org.guanxi.doc.Meeting;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Statement;
import org.guanxi.doc.Visit;
import org.guanxi.ingest.PageReader;
import org.guanxi.pipeline.Pipeline;
import org.guanxi.rules.RuleEngine;

/** {@code guanxi analyze FILE...}: how each page is read, sentence by sentence, and the facts found (no store). */
final class AnalyzeCommand implements Command {
    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "show how pages are read, one after the other: their sentences as the rules see them, and the facts found";
    }

    @Override
    public String arguments() {
        return "FILE...";
    }

    @Override
    public Options options() {
        Options o = CommonOptions.withData(CommonOptions.base());
        o.addOption(org.apache.commons.cli.Option.builder().longOpt("tokens").desc("also show HanLP's words and tags").get());
        return o;
    }

    @Override
    public int run(CommandLine line, Context ctx) throws Exception {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("give one file or more");
        }
        // the pipeline loads its tables once for all the files given
        Pipeline p = new Pipeline(CommonOptions.data(line), Pipeline.DEFAULT_THRESHOLD);
        int status = 0;
        for (String file : line.getArgList()) {
            status = Math.max(status, analyze(p, Path.of(file), line.hasOption("tokens"), ctx));
        }
        return status;
    }

    private static int analyze(Pipeline p, Path file, boolean tokens, Context ctx) throws Exception {
        PageReader.Result r = p.reader().read(file);
        if (r instanceof PageReader.Skipped s) {
            ctx.err().println("guanxi analyze: skipped: " + s.reason());
            return 1;
        }
        var article = ((PageReader.Read) r).article();
        ctx.out().printf("%s | %s | %s | %s%n", article.sourceFile(), article.title(), article.published(), article.outlet());
        Analysis a = p.analyze(article);
        for (Sentence s : a.document().sentences()) {
            ctx.out().printf("%3d %-9s %s%n", s.index(), s.kind(), RuleEngine.marked(a, s));
            if (tokens) {
                ctx.out().println("              " + String.join(" ", a.tokens().get(s.index()).stream().map(t -> t.word() + "/" + t.tag()).toList()));
            }
        }
        Extraction x = p.extract(article);
        for (Meeting m : x.meetings()) {
            ctx.out().printf("meeting   %s %s %s %s %s  [%s]%n", m.participants(), m.status(), m.mode(), m.date(), m.place(),
                    String.join(",", m.evidence().stream().map(e -> e.rule() + "@" + e.sentence()).toList()));
        }
        for (Statement s : x.statements()) {
            ctx.out().printf("statement %s: %s  [%s@%d]%n", s.speaker(), s.content(), s.evidence().rule(), s.evidence().sentence());
        }
        for (Visit v : x.visits()) {
            ctx.out().printf("visit     %s > %s %s %s  [%s@%d]%n", v.visitor(), v.destination(), v.status(), v.date(),
                    v.evidence().rule(), v.evidence().sentence());
        }
        return 0;
    }
}
