package org.guanxi.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.fuseki.servlets.ActionProcessor;
import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * The page at {@code /}: how to query the endpoint, and a form that posts a query to it. Fuseki's
 * own UI is not served: it needs the admin endpoints (which can add and delete datasets).
 */
final class HomePage implements ActionProcessor {
    private static final String RESOURCE = "home.html";
    private final byte[] html;

    HomePage() {
        try (InputStream in = HomePage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar has no " + RESOURCE + " beside " + HomePage.class.getName());
            }
            html = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void execGet(HttpAction action) {
        send(action, true);
    }

    @Override
    public void execHead(HttpAction action) {
        send(action, false);
    }

    private void send(HttpAction action, boolean body) {
        action.setResponseStatus(200);
        action.setResponseContentType("text/html; charset=utf-8");
        action.setResponseContentLength(html.length);
        if (body) {
            try {
                action.getResponseOutputStream().write(html);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
