package org.guanxi.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.guanxi.config.DataSource;

/** Options several commands share: the store, the data folder, debugging, help. */
final class CommonOptions {
    static final String DEFAULT_STORE = "output/tdb2";

    private CommonOptions() {
    }

    static Options base() {
        Options o = new Options();
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").get());
        o.addOption(Option.builder().longOpt("debug").desc("print stack traces of errors").get());
        return o;
    }

    static Options withStore(Options o) {
        o.addOption(Option.builder().longOpt("store").hasArg().argName("DIR")
                .desc("the TDB2 store (default " + DEFAULT_STORE + ")").get());
        return o;
    }

    static Options withData(Options o) {
        o.addOption(Option.builder().longOpt("data").hasArg().argName("DIR")
                .desc("read gazetteers, rules and tables from DIR (e.g. ontology/) instead of those built in").get());
        return o;
    }

    static Path store(CommandLine line) {
        return Path.of(line.getOptionValue("store", DEFAULT_STORE));
    }

    static DataSource data(CommandLine line) {
        return line.hasOption("data") ? DataSource.folder(Path.of(line.getOptionValue("data"))) : DataSource.bundled();
    }
}
