package org.huibao.serve;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which {@code Host} and {@code Origin} values a request may carry. A page on another site can make a
 * browser send requests here by pointing its own name at this address (DNS rebinding); such requests
 * carry that site's name in {@code Host}, so only this server's own names are accepted: the bound
 * address, the loopback names when bound to loopback, every address of this machine when bound to all,
 * and the names given with {@code --allow-host}; always with the server's port. A state-changing request
 * sent by a browser from another page carries that page's {@code Origin}; one without any (curl, scripts)
 * cannot come from a page, so only a present Origin is held to the same names.
 *
 * <p>IP literals are compared as addresses and names as lower-case text; nothing here asks DNS.
 */
final class HostGuard {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{1,253}");
    private static final int SHOWN = 80;

    private final Set<String> names;
    private final Set<InetAddress> addresses;

    private HostGuard(Set<String> names, Set<InetAddress> addresses) {
        this.names = Set.copyOf(names);
        this.addresses = Set.copyOf(addresses);
    }

    /**
     * @param host    the {@code --host} value as given
     * @param bound   what it resolved to
     * @param allowed the {@code --allow-host} names
     */
    static HostGuard of(String host, InetAddress bound, List<String> allowed) {
        Set<String> names = new HashSet<>();
        Set<InetAddress> addresses = new HashSet<>();
        addresses.add(plain(bound));
        if (bound.isLoopbackAddress() || bound.isAnyLocalAddress()) {
            names.add("localhost");
            addresses.add(InetAddress.getLoopbackAddress());
            addresses.add(literal("127.0.0.1"));
            addresses.add(literal("::1"));
        }
        if (bound.isAnyLocalAddress()) {
            addresses.addAll(interfaceAddresses());
        }
        String given = host.strip().toLowerCase(Locale.ROOT);
        if (address(given).isEmpty()) {
            names.add(trimDot(given));
        }
        for (String a : allowed) {
            String n = a.strip().toLowerCase(Locale.ROOT);
            address(n).ifPresentOrElse(addresses::add, () -> names.add(trimDot(n)));
        }
        return new HostGuard(names, addresses);
    }

    /** Whether {@code --allow-host} can take this value: a host name or an IP literal, without a port. */
    static boolean validName(String s) {
        String n = s.strip().toLowerCase(Locale.ROOT);
        return address(n).isPresent() || NAME.matcher(n).matches() && !n.startsWith(".") && !n.contains("..");
    }

    /**
     * @throws ApiError 421 when {@code hostHeader} is missing or not this server's
     */
    void checkHost(String hostHeader, int port) throws ApiError {
        if (hostHeader == null || hostHeader.isBlank()) {
            throw new ApiError(421, "wrong_host", "请求缺少 Host 头", "the request has no Host header");
        }
        if (!accepts(hostHeader.strip(), port)) {
            String shown = shown(hostHeader);
            throw new ApiError(421, "wrong_host",
                    "不接受的主机名 " + shown + "：本服务只回应它自己的地址（其他名称请用 --allow-host 添加）",
                    "host " + shown + " is not this server's: it answers only its own address (add other names "
                            + "with --allow-host)");
        }
    }

    /**
     * @param origin the request's {@code Origin}; null (not sent) is fine
     * @throws ApiError 403 when a browser sent the request from a page that is not this server's
     */
    void checkOrigin(String origin, int port) throws ApiError {
        if (origin == null) {
            return;
        }
        String o = origin.strip();
        String prefix = "http://";
        boolean own = o.regionMatches(true, 0, prefix, 0, prefix.length())
                && accepts(o.substring(prefix.length()), port);
        if (!own) {
            String shown = shown(origin);
            throw new ApiError(403, "cross_origin", "拒绝来自其他网页（" + shown + "）的请求",
                    "refused: the request comes from another site's page (" + shown + ")");
        }
    }

    /** {@code host[:port]} or {@code [v6][:port]}: one of ours, on our port (80 when none is written). */
    private boolean accepts(String authority, int port) {
        String host;
        String rest;
        if (authority.startsWith("[")) {
            int end = authority.indexOf(']');
            if (end < 0) {
                return false;
            }
            host = authority.substring(1, end);
            rest = authority.substring(end + 1);
            if (!host.contains(":")) {
                return false;
            }
        } else {
            int colon = authority.indexOf(':');
            if (colon != authority.lastIndexOf(':')) {
                return false; // an IPv6 literal must be bracketed
            }
            host = colon < 0 ? authority : authority.substring(0, colon);
            rest = colon < 0 ? "" : authority.substring(colon);
        }
        if (portOf(rest) != port) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        Optional<InetAddress> a = address(h);
        return a.isPresent() ? addresses.contains(a.get()) : names.contains(trimDot(h));
    }

    private static int portOf(String rest) {
        if (rest.isEmpty()) {
            return 80;
        }
        if (!rest.matches(":\\d{1,5}")) {
            return -1;
        }
        return Integer.parseInt(rest.substring(1));
    }

    /** An IPv4 dotted quad or an IPv6 literal (a text with a colon), parsed without any lookup. */
    private static Optional<InetAddress> address(String s) {
        String t = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        Matcher m = IPV4.matcher(t);
        if (m.matches()) {
            byte[] b = new byte[4];
            for (int i = 0; i < 4; i++) {
                int v = Integer.parseInt(m.group(i + 1));
                if (v > 255) {
                    return Optional.empty();
                }
                b[i] = (byte) v;
            }
            return Optional.of(byAddress(b));
        }
        if (t.contains(":") && t.matches("[0-9a-f:.]+")) {
            try {
                return Optional.of(plain(InetAddress.getByName(t))); // a literal: never looked up
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static InetAddress literal(String s) {
        return address(s).orElseThrow();
    }

    /** The address without an IPv6 scope, as a Host header writes it. */
    private static InetAddress plain(InetAddress a) {
        return a instanceof Inet6Address ? byAddress(a.getAddress()) : a;
    }

    private static InetAddress byAddress(byte[] b) {
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e); // only for a wrong length, which cannot happen here
        }
    }

    private static Set<InetAddress> interfaceAddresses() {
        Set<InetAddress> out = new LinkedHashSet<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                    out.add(plain(a));
                }
            }
        } catch (SocketException e) {
            // no interface list: the loopback names and --allow-host still work
        }
        return out;
    }

    private static String trimDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** What the request said, short and printable, for the message. */
    private static String shown(String raw) {
        String s = raw.strip().replaceAll("[\\p{Cntrl}\\s]", "");
        return s.length() > SHOWN ? s.substring(0, SHOWN) + "…" : s;
    }
}
