package org.guanxi.cli;

import org.apache.commons.cli.CommandLine;

/** Option values checked, with usage errors that say what was wrong. */
final class Args {
    private Args() {
    }

    static int positiveInt(CommandLine line, String opt, int fallback) throws UsageException {
        if (!line.hasOption(opt)) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(line.getOptionValue(opt));
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + opt + " takes a positive whole number, not '" + line.getOptionValue(opt) + "'");
    }

    static int intInRange(CommandLine line, String opt, int fallback, int min, int max) throws UsageException {
        if (!line.hasOption(opt)) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(line.getOptionValue(opt));
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + opt + " takes a whole number from " + min + " to " + max + ", not '" + line.getOptionValue(opt) + "'");
    }

    static double fraction(CommandLine line, String opt, double fallback) throws UsageException {
        if (!line.hasOption(opt)) {
            return fallback;
        }
        try {
            double v = Double.parseDouble(line.getOptionValue(opt));
            if (v >= 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + opt + " takes a number from 0 to 1, not '" + line.getOptionValue(opt) + "'");
    }
}
