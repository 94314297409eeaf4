package org.guanxi.serve;

import java.time.Duration;

/**
 * Where the endpoint listens and how long a query may run.
 *
 * @param host the interface to bind: an address or a host name; loopback unless asked otherwise
 * @param port the TCP port, or 0 for any free port
 * @param timeout the longest a query may run before it is cut off
 */
public record ServeOptions(String host, int port, Duration timeout) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    public ServeOptions {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a host to bind is needed");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive");
        }
    }

    public static ServeOptions defaults() {
        return new ServeOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TIMEOUT);
    }

    public ServeOptions withPort(int newPort) {
        return new ServeOptions(host, newPort, timeout);
    }

    public ServeOptions withTimeout(Duration newTimeout) {
        return new ServeOptions(host, port, newTimeout);
    }
}
