package org.huibao.serve;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the review server listens and what it accepts.
 *
 * @param host           the address to bind, a name or an IP literal
 * @param port           the port; 0 picks a free one
 * @param maxUploadBytes the largest report a request may send (text body or uploaded file)
 * @param timeout        how long one check may take, waiting included, before the request is answered 503
 * @param version        the tool version put into every result, as {@code huibao check} does
 * @param allowedHosts   names a request's {@code Host} may carry besides the bound address's own
 *                       ({@code --allow-host}), e.g. the name other machines reach this one by
 * @param workers        how many checks run at a time (each in a worker process of its own); 0: one per core
 */
public record ServerSettings(String host, int port, long maxUploadBytes, Duration timeout, String version,
                             List<String> allowedHosts, int workers) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8765;
    public static final long DEFAULT_MAX_UPLOAD = 10L * 1024 * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(version, "version");
        allowedHosts = List.copyOf(allowedHosts);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("maxUploadBytes must be positive");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        if (workers < 0) {
            throw new IllegalArgumentException("workers must not be negative");
        }
    }

    /** No extra host names; one check at a time per core. */
    public ServerSettings(String host, int port, long maxUploadBytes, Duration timeout, String version) {
        this(host, port, maxUploadBytes, timeout, version, List.of(), 0);
    }

    public ServerSettings withAllowedHosts(List<String> names) {
        return new ServerSettings(host, port, maxUploadBytes, timeout, version, names, workers);
    }

    public ServerSettings withWorkers(int n) {
        return new ServerSettings(host, port, maxUploadBytes, timeout, version, allowedHosts, n);
    }

    /** Whether {@code name} can be given to {@link #withAllowedHosts}: a host name or an IP address, no port. */
    public static boolean validHostName(String name) {
        return HostGuard.validName(name);
    }

    /** The number of checks that run at a time. */
    int checkSlots() {
        return workers > 0 ? workers : Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
