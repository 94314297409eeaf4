package org.guanxi.store;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A store that cannot be opened or written, with a message a user can act on. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** TDB2's reasons, in words: most often another process has the store open. */
    static String explain(Path dir, Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("lock") || m.contains("Lock")) {
            Matcher pid = Pattern.compile("held by process (\\d+)").matcher(m);
            return "store " + dir + " is in use by another process" + (pid.find() ? " (pid " + pid.group(1) + ")" : "")
                    + " (TDB2 allows one process per store): "
                    + "wait for it to finish, or stop it (an ingest, or a 'guanxi serve') and try again";
        }
        return "cannot open store " + dir + ": " + m;
    }
}
