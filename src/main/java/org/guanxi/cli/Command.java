package org.guanxi.cli;

import java.io.PrintStream;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One subcommand: its options, and what it does with them. */
interface Command {
    String name();

    /** One line for the overview. */
    String summary();

    /** The usage line's arguments after the command name. */
    String arguments();

    Options options();

    /** @return the exit code: 0 done, 1 failed */
    int run(CommandLine line, Context context) throws Exception;

    /** What every command gets: where to print, and the options shared by all. */
    record Context(PrintStream out, PrintStream err, boolean debug) {
    }
}
