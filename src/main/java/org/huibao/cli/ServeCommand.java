package org.huibao.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Lang;
import org.huibao.config.Config;
import org.huibao.read.ByteSize;
import org.huibao.serve.ReviewServer;
import org.huibao.serve.ServerSettings;
import org.huibao.serve.StartException;
import org.huibao.serve.WorkerSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code huibao serve}: the review page for reviewers who do not use a terminal. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动本地审读页（浏览器中粘贴或拖入报告稿检查）及 JSON 接口",
                "Start the local review page (paste or drop a report in a browser) and its JSON API"})
final class ServeCommand implements Callable<Integer> {

    private static final Pattern SECONDS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*S?", Pattern.CASE_INSENSITIVE);

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "端口（默认 8765；0 表示任选空闲端口） / port (default 8765; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "监听地址（默认 127.0.0.1，只有本机可访问） / address to listen on (default 127.0.0.1: this machine only)")
    String host;

    @Option(names = "--max-upload", paramLabel = "SIZE", defaultValue = "10MB", converter = ByteSizeConverter.class,
            description = "单个报告的大小上限，如 10MB、512KB（默认 10MB） / largest report accepted, e.g. 10MB, 512KB (default 10MB)")
    ByteSize maxUpload;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "单次检查的时限，秒（默认 30） / time limit of one check in seconds (default 30)")
    String timeout;

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "另一个可用来访问本服务的主机名（如局域网名称），可重复 / another name this server may be reached by "
                    + "(e.g. its LAN name), repeatable")
    List<String> allowHosts = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            err.println("huibao: --port 必须在 0 到 65535 之间 (must be between 0 and 65535), got " + port);
            return ExitCode.USAGE;
        }
        long maxBytes = maxUpload.bytes();
        Duration limit = duration(timeout);
        if (limit == null) {
            err.println("huibao: 无效的 --timeout (invalid number of seconds) \"" + timeout + "\"; 例如 (e.g.) 30");
            return ExitCode.USAGE;
        }
        for (String name : allowHosts) {
            if (!ServerSettings.validHostName(name)) {
                err.println("huibao: 无效的 --allow-host (not a host name or address) \"" + name + "\"; 例如 (e.g.) review.lan");
                return ExitCode.USAGE;
            }
        }
        CommonOptions.Setup setup = common.setup(err, null);
        if (setup == null) {
            return ExitCode.USAGE;
        }
        ServerSettings settings = new ServerSettings(host, port, maxBytes, limit, Version.current())
                .withAllowedHosts(allowHosts);
        ReviewServer server;
        try {
            server = ReviewServer.start(settings, setup.config(), setup.rules(), workerSetup(setup.config()));
        } catch (StartException e) {
            err.println("huibao: " + e.reason().zh() + " (" + e.reason().en() + ")");
            return ExitCode.USAGE;
        }
        boolean en = setup.config().language() == Lang.EN;
        out.println(en ? "huibao review page: " + server.uri() + "  (Ctrl-C to stop)"
                : "huibao 审读页：" + server.uri() + "  （按 Ctrl-C 停止）");
        if (!server.loopbackOnly()) {
            err.println(en ? "huibao: warning: listening on " + host + " — other machines can reach the page; it has no login"
                    : "huibao: 注意：监听 " + host + "，其他计算机也能访问此页面，且没有登录保护");
        }
        out.flush();
        err.flush();
        return serveUntilStopped(server, out, en);
    }

    /** What each worker process needs to build the config and rules that {@code common} built here. */
    private WorkerSetup workerSetup(Config config) {
        // The file this process found (--config, or the nearest .huibao.yaml), whatever folder a worker starts in.
        return new WorkerSetup(config.source(), common.rules,
                Optional.ofNullable(common.lang).flatMap(Lang::parse), common.noCache);
    }

    /** Blocks until Ctrl-C (the JVM's shutdown) or an interrupt, then stops the server. */
    private static int serveUntilStopped(ReviewServer server, PrintWriter out, boolean en) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            out.println(en ? "huibao: stopped" : "huibao: 已停止");
            out.flush();
            stopped.countDown();
        }, "huibao-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped from inside the JVM (tests, an embedding program): stop like Ctrl-C, without the hook.
            Runtime.getRuntime().removeShutdownHook(hook);
            hook.run();
        }
        return ExitCode.OK;
    }

    /** "30", "2.5", "30s": a positive duration; null otherwise. */
    static Duration duration(String s) {
        Matcher m = SECONDS.matcher(s.strip());
        if (!m.matches()) {
            return null;
        }
        double secs = Double.parseDouble(m.group(1));
        long millis = Math.round(secs * 1000);
        return millis <= 0 || secs > 86_400 ? null : Duration.ofMillis(millis);
    }
}
