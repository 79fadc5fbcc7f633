package org.huibao.serve;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.util.JavalinException;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.huibao.check.Checker;
import org.huibao.config.Config;
import org.huibao.engine.RuleSet;
import org.huibao.api.Lang;
import org.huibao.model.RuleInfo;
import org.huibao.output.DocumentNames;
import org.huibao.output.Formatters;
import org.huibao.read.Readers;

/**
 * The local review page and its JSON API ({@code huibao serve}). Rules and config are the server's,
 * built once by the caller; a request carries only a report, checked in a temporary file of its own
 * that is gone when the answer is sent, so requests share nothing.
 *
 * <pre>
 * GET  /                      the page (index.html; its files under /assets/)
 * POST /api/check             a report → the result of huibao check --format json (?format=, ?lang=,
 *                             ?include=text, ?name=)
 * GET  /api/rules             every rule: id, severity, title, description, example, fix (?lang=)
 * GET  /api/health            status, version, language, upload limit, readable extensions
 * </pre>
 *
 * Every request must name this server in its {@code Host}, and a state-changing one sent from a page
 * must come from this server's own page ({@link HostGuard}). Checks run in worker processes that are
 * killed at the time limit ({@link WorkerPool}).
 */
public final class ReviewServer implements AutoCloseable {
    /**
     * The page's policy: it loads nothing from elsewhere (no CDN, works offline), and pasted text cannot
     * run as script.
     */
    static final String PAGE_CSP = "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /**
     * A check result in HTML ({@code ?format=html}) is a document made from the sender's text: it may
     * style itself (its stylesheet is inline, so that the file stands alone) and nothing else — no
     * script at all, no loads, no forms, no framing, and a sandbox that gives it no origin, so even
     * markup that slipped through could not reach this server's API.
     */
    static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'; sandbox";

    private final ServerSettings settings;
    private final Config config;
    private final List<RuleInfo> rules;
    private final Readers readers;
    private final Formatters formatters = Formatters.defaults();
    private final Assets assets = new Assets();
    private final HostGuard guard;
    private final Checks checks;
    private final Path multipartDir;
    private final Javalin app;

    private ReviewServer(ServerSettings settings, Config config, RuleSet rules, Readers readers, HostGuard guard,
                         Supplier<Checks> checks) throws IOException {
        this.settings = settings;
        this.config = config;
        this.rules = List.copyOf(rules.all());
        this.readers = readers;
        this.guard = guard;
        // Jetty spills large multipart parts to disk: into a directory of this server's, not the shared one.
        this.multipartDir = Files.createTempDirectory("huibao-serve-");
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.startup.startupWatcherEnabled = false;
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = settings.maxUploadBytes();
            cfg.jetty.host = settings.host();
            cfg.jetty.port = settings.port();
            cfg.jetty.multipartConfig.cacheDirectory(multipartDir.toString());
            // Jetty's own limits only stop a body of unknown length; the upload limit proper is Upload's,
            // checked once the body is read, so that the refusal arrives on a usable connection.
            long multipartMax = settings.maxUploadBytes() + Upload.MULTIPART_OVERHEAD;
            cfg.jetty.multipartConfig.maxFileSize(multipartMax, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxTotalRequestSize(multipartMax, SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize(256 * 1024, SizeUnit.BYTES);

            cfg.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("Cache-Control", "no-store");
                guard.checkHost(ctx.header("Host"), port());
                String method = ctx.req().getMethod();
                if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS")) {
                    guard.checkOrigin(ctx.header("Origin"), port());
                }
            });
            cfg.routes.get("/", ctx -> asset(ctx, "index.html"));
            cfg.routes.get("/index.html", ctx -> asset(ctx, "index.html"));
            cfg.routes.get("/assets/{name}", ctx -> asset(ctx, ctx.pathParam("name")));
            cfg.routes.get("/api/health", this::health);
            cfg.routes.get("/api/rules", this::rules);
            cfg.routes.post("/api/check", this::check);

            cfg.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e));
            cfg.routes.exception(Exception.class, (e, ctx) -> error(ctx, new ApiError(500, "internal",
                    "内部错误：" + e.getClass().getSimpleName(), "internal error: " + e.getClass().getSimpleName())));
            cfg.routes.error(404, ctx -> error(ctx, new ApiError(404, "not_found", "没有这个地址", "no such path")));
            cfg.routes.error(405, ctx -> error(ctx, new ApiError(405, "method_not_allowed",
                    "此地址不支持该请求方法", "this method is not allowed here")));
        });
        this.checks = checks.get();
    }

    /**
     * Builds and starts a server whose checks run in worker processes, each building its config and
     * rules as {@code setup} says (the same as {@code config} and {@code rules}, which the server itself
     * shows), with the built-in readers.
     *
     * @throws StartException when the address cannot be used (port taken, host unknown or not local)
     */
    public static ReviewServer start(ServerSettings settings, Config config, RuleSet rules, WorkerSetup setup)
            throws StartException {
        String fingerprint = setup.fingerprint(config);
        return start(settings, config, rules, Readers.defaults(), () -> new WorkerPool(WorkerProcess.command(), setup,
                fingerprint, settings.version(), settings.timeout(), settings.checkSlots()));
    }

    /**
     * A server that checks on threads of its own with {@code readers}, for tests that need a reader of
     * their own. A check past the time limit is answered 503 but runs on: use {@link #start} to serve.
     */
    static ReviewServer startInProcess(ServerSettings settings, Config config, RuleSet rules, Readers readers)
            throws StartException {
        return start(settings, config, rules, readers, () -> new TimedChecker(new Checker(config, rules, readers),
                settings.timeout(), settings.version(), rules.all()));
    }

    private static ReviewServer start(ServerSettings settings, Config config, RuleSet rules, Readers readers,
                                      Supplier<Checks> checks) throws StartException {
        InetAddress address;
        try {
            address = InetAddress.getByName(settings.host());
        } catch (UnknownHostException e) {
            throw new StartException("未知主机 " + settings.host(), "unknown host " + settings.host());
        }
        HostGuard guard = HostGuard.of(settings.host(), address, settings.allowedHosts());
        ReviewServer server;
        try {
            server = new ReviewServer(settings, config, rules, readers, guard, checks);
        } catch (IOException e) {
            throw new StartException("无法创建临时目录：" + e.getMessage(), "cannot create a temporary directory: "
                    + e.getMessage());
        }
        try {
            server.app.start();
            return server;
        } catch (JavalinException e) {
            server.close();
            throw bindFailure(settings, address, e);
        }
    }

    private static StartException bindFailure(ServerSettings settings, InetAddress address, Exception e) {
        String where = hostForUri(address.getHostAddress(), address) + ":" + settings.port();
        BindException bind = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException b) {
                bind = b;
            }
        }
        String reason = bind != null ? String.valueOf(bind.getMessage()) : String.valueOf(e.getMessage());
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("already in use")) {
            return new StartException("端口 " + settings.port() + " 已被占用（换一个端口：--port）",
                    "port " + settings.port() + " is already in use (choose another with --port)");
        }
        return new StartException("无法在 " + where + " 上监听：" + reason, "cannot listen on " + where + ": " + reason);
    }

    /** The port it listens on (the one picked when asked for 0). */
    public int port() {
        return app.port();
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8765/}. */
    public URI uri() {
        String host = settings.host();
        try {
            host = hostForUri(host, InetAddress.getByName(host));
        } catch (UnknownHostException e) {
            // started, so the name resolved once; keep it as given
        }
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** The worker processes, for tests; empty for a server that checks in process. */
    java.util.Optional<WorkerPool> workers() {
        return checks instanceof WorkerPool pool ? java.util.Optional.of(pool) : java.util.Optional.empty();
    }

    /** Whether only this machine can reach it. */
    public boolean loopbackOnly() {
        try {
            return InetAddress.getByName(settings.host()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String hostForUri(String host, InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return address instanceof Inet6Address ? "[::1]" : "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            checks.close();
            deleteTree(multipartDir);
        }
    }

    private void asset(Context ctx, String name) {
        Assets.Asset a = assets.get(name).orElse(null);
        if (a == null) {
            ctx.status(404);
            return;
        }
        ctx.header("Cache-Control", "no-cache");
        if (name.endsWith(".html")) {
            ctx.header("Content-Security-Policy", PAGE_CSP);
        }
        ctx.contentType(a.contentType()).result(a.bytes());
    }

    private void health(Context ctx) {
        json(ctx, 200, Json.health(settings.version(), config.language(), settings.maxUploadBytes(),
                List.copyOf(readers.extensions()), rules.size()));
    }

    private void rules(Context ctx) throws ApiError {
        json(ctx, 200, Json.rules(rules, Params.lang(ctx, config.language())));
    }

    private void check(Context ctx) throws ApiError {
        Lang lang = Params.lang(ctx, config.language());
        String format = Params.format(ctx, formatters);
        boolean withText = Params.includeText(ctx, format);
        CheckAnswer answer;
        String name;
        try (Upload upload = Upload.from(ctx, readers, settings.maxUploadBytes())) {
            name = upload.name();
            answer = checks.check(new CheckRequest(upload.path(), name, format, lang, withText));
        }
        switch (answer.kind()) {
            case UNREADABLE -> throw new ApiError(422, "unreadable", answer.message());
            case INTERNAL -> throw new ApiError(500, "internal", answer.message());
            case RESULT -> {
                String type = Params.contentType(format, formatters);
                if (type.startsWith("text/html")) {
                    ctx.header("Content-Security-Policy", REPORT_CSP);
                }
                // A document (the annotated Word copy) is a download, named after the report.
                formatters.document(format).ifPresent(d ->
                        ctx.header("Content-Disposition", Params.attachment(d.fileName(DocumentNames.stem(name)))));
                ctx.status(200).contentType(type).result(answer.body());
            }
        }
    }

    private void error(Context ctx, ApiError e) {
        Lang lang;
        try {
            lang = Params.lang(ctx, config.language());
        } catch (ApiError bad) {
            lang = config.language();
        }
        if (!bodyDone(ctx, e)) {
            // A body left unread would be taken for the next request on this connection: close it instead.
            ctx.header("Connection", "close");
        }
        json(ctx, e.status(), Json.error(e, lang));
    }

    /**
     * Whether a refused request's body has been read to its end, reading what is left of it when that is
     * bounded: a client still sending when the answer comes and the connection closes may see a broken
     * connection instead of the answer. A declared length is read up to twice the upload limit; a body of
     * unknown length (chunked) up to the limit, and not at all once it has passed it (413): it may never end.
     */
    private boolean bodyDone(Context ctx, ApiError e) {
        Upload.BodyState body = ctx.attribute(Upload.BODY_STATE);
        if (ctx.method() != HandlerType.POST || body == Upload.BodyState.READ) {
            return true;
        }
        if (body == Upload.BodyState.BROKEN) {
            return false;
        }
        long declared = ctx.req().getContentLengthLong();
        long limit = settings.maxUploadBytes() + Upload.MULTIPART_OVERHEAD;
        long cap = declared >= 0 ? 2 * limit : limit;
        if (declared > cap || declared < 0 && e.status() == 413) {
            return false;
        }
        return drained(ctx, cap);
    }

    /** Reads and drops the rest of the body, at most {@code cap} bytes; false when it goes on (or is gone). */
    private static boolean drained(Context ctx, long cap) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long left = cap;
            int n;
            while ((n = in.read(buffer)) != -1) {
                left -= n;
                if (left < 0) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException ex) {
            return false; // e.g. the multipart parser already took the stream
        }
    }

    private static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(body.getBytes(StandardCharsets.UTF_8));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is the operating system's to clean
        }
    }
}
