package org.guanxi.network;

import java.io.IOException;
import java.io.Writer;

/** Writes a network in one of the {@link NetworkFormat}s. */
public final class NetworkWriter {
    private NetworkWriter() {
    }

    public static void write(Network n, NetworkFormat format, Writer out) throws IOException {
        if (format == NetworkFormat.HTML) {
            HtmlPage.write(n, out);
        } else {
            GraphFiles.write(n, format, out);
        }
        out.flush();
    }
}
