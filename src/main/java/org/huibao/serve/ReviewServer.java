package org.huibao.serve;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.util.JavalinException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
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
import java.util.stream.Stream;
import org.huibao.check.Checker;
import org.huibao.config.Config;
import org.huibao.engine.RuleSet;
import org.huibao.api.Lang;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleInfo;
import org.huibao.model.RunResult;
import org.huibao.output.Formatter;
import org.huibao.output.Formatters;
import org.huibao.output.OutputOptions;
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
 */
public final class ReviewServer implements AutoCloseable {

    private final ServerSettings settings;
    private final Config config;
    private final List<RuleInfo> rules;
    private final Readers readers;
    private final Formatters formatters = Formatters.defaults();
    private final Assets assets = new Assets();
    private final TimedChecker checks;
    private final Path multipartDir;
    private final Javalin app;

    private ReviewServer(ServerSettings settings, Config config, RuleSet rules, Readers readers) throws IOException {
        this.settings = settings;
        this.config = config;
        this.rules = List.copyOf(rules.all());
        this.readers = readers;
        this.checks = new TimedChecker(new Checker(config, rules, readers), settings.timeout());
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
    }

    /**
     * Builds and starts a server.
     *
     * @throws StartException when the address cannot be used (port taken, host unknown or not local)
     */
    public static ReviewServer start(ServerSettings settings, Config config, RuleSet rules, Readers readers)
            throws StartException {
        InetAddress address;
        try {
            address = InetAddress.getByName(settings.host());
        } catch (UnknownHostException e) {
            throw new StartException("未知主机 " + settings.host(), "unknown host " + settings.host());
        }
        ReviewServer server;
        try {
            server = new ReviewServer(settings, config, rules, readers);
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
            // The page loads nothing from elsewhere: no CDN, works offline, and pasted text cannot run as script.
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; object-src 'none'; "
                    + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
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

    private void check(Context ctx) throws ApiError, IOException {
        Lang lang = Params.lang(ctx, config.language());
        Formatter format = Params.format(ctx, formatters);
        boolean withText = Params.includeText(ctx, format);
        ReportResult result;
        try (Upload upload = Upload.from(ctx, readers, settings.maxUploadBytes())) {
            // A check that times out may still be reading the copy when it is deleted here; its result is dropped.
            result = checks.check(upload.path(), upload.name());
        }
        if (result.error() != null) {
            throw new ApiError(422, "unreadable", result.error());
        }
        StringWriter out = new StringWriter();
        format.write(new RunResult(settings.version(), List.of(result)), new OutputOptions(lang, false, false, rules),
                out);
        String body = withText ? JsonWithText.add(out.toString(), result) : out.toString();
        ctx.status(200).contentType(Params.contentType(format)).result(body.getBytes(StandardCharsets.UTF_8));
    }

    private void error(Context ctx, ApiError e) {
        Lang lang;
        try {
            lang = Params.lang(ctx, config.language());
        } catch (ApiError bad) {
            lang = config.language();
        }
        Upload.BodyState body = ctx.attribute(Upload.BODY_STATE);
        if (ctx.method() != HandlerType.POST || body == Upload.BodyState.READ
                || body == null && drained(ctx)) {
            json(ctx, e.status(), Json.error(e, lang));
            return;
        }
        // A body left unread would be taken for the next request on this connection: close it instead.
        ctx.header("Connection", "close");
        json(ctx, e.status(), Json.error(e, lang));
    }

    /**
     * Reads and drops what is left of a refused request's body, up to twice the upload limit: a client
     * still sending when the answer comes and the connection closes would see a broken connection
     * instead of the answer. False when that was not possible (more than that, or the stream is gone).
     */
    private boolean drained(Context ctx) {
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] buffer = new byte[64 * 1024];
            long left = 2 * settings.maxUploadBytes() + Upload.MULTIPART_OVERHEAD;
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
