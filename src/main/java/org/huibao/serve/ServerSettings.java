package org.huibao.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How the review server listens and what it accepts.
 *
 * @param host           the address to bind, a name or an IP literal
 * @param port           the port; 0 picks a free one
 * @param maxUploadBytes the largest report a request may send (text body or uploaded file)
 * @param timeout        how long one check may take, waiting included, before the request is answered 503
 * @param version        the tool version put into every result, as {@code huibao check} does
 */
public record ServerSettings(String host, int port, long maxUploadBytes, Duration timeout, String version) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8765;
    public static final long DEFAULT_MAX_UPLOAD = 10L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(version, "version");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }
}
