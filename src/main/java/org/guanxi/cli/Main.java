package org.guanxi.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.ParseException;

/**
 * {@code guanxi COMMAND [options]}. Exit codes: 0 success, 1 failure, 2 usage error. Errors are
 * one line on stderr; {@code --debug} adds the stack trace.
 */
public final class Main {
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, Command> commands = new LinkedHashMap<>();

    public Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        for (Command c : List.of(new IngestCommand(), new QueryCommand(), new ExportCommand(), new ExplainCommand(), new ServeCommand(),
                new NetworkCommand(), new StatsCommand(), new AnalyzeCommand(), new BenchCommand())) {
            commands.put(c.name(), c);
        }
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Main(out, err).run(args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    public int run(String... args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            overview(args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        Command c = commands.get(args[0]);
        if (c == null) {
            err.println("guanxi: unknown command '" + args[0] + "' (commands: " + String.join(", ", commands.keySet()) + ")");
            return 2;
        }
        boolean debug = Arrays.asList(args).contains("--debug");
        try {
            CommandLine line = new DefaultParser().parse(c.options(), Arrays.copyOfRange(args, 1, args.length));
            if (line.hasOption("help")) {
                help(c, out);
                return 0;
            }
            return c.run(line, new Command.Context(out, err, debug));
        } catch (ParseException | UsageException e) {
            err.println("guanxi " + c.name() + ": " + e.getMessage() + " (see guanxi " + c.name() + " --help)");
            return 2;
        } catch (Exception | StackOverflowError e) {
            err.println("guanxi " + c.name() + ": error: " + oneLine(e));
            if (debug) {
                e.printStackTrace(err);
            }
            return 1;
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.replaceAll("\\s*\\n\\s*", " ");
    }

    private void overview(PrintStream to) {
        to.println("usage: guanxi COMMAND [options]   (guanxi COMMAND --help for a command's options)");
        to.println();
        for (Command c : commands.values()) {
            to.printf("  %-9s %s%n", c.name(), c.summary());
        }
    }

    private static void help(Command c, PrintStream to) {
        PrintWriter w = new PrintWriter(to);
        new HelpFormatter().printHelp(w, 100, "guanxi " + c.name() + " " + c.arguments(), c.summary(), c.options(),
                2, 2, null, false);
        w.flush();
    }
}
