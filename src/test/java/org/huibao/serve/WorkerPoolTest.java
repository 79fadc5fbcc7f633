package org.huibao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huibao.api.Lang;
import org.huibao.cli.Main;
import org.huibao.config.Config;
import org.huibao.engine.RuleCache;
import org.huibao.engine.RuleLoader;
import org.huibao.engine.RuleSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks in worker processes: a check past the time limit is answered and its process killed, so it
 * stops using a core and memory; the next check is answered by the spare while a fresh process starts.
 * The server is configured with a rule directory holding a rule whose consequence never returns for a
 * report titled with 死循环 (issue 14, row 3: nothing inside the JVM can stop it).
 */
class WorkerPoolTest {
    private static final Duration LIMIT = Duration.ofSeconds(3);
    private static final String LOOPING_RULE = """
            package test.loop
            import org.huibao.api.DocumentFact

            rule "spins for ever on request"
            when
                $d : DocumentFact(title contains "死循环")
            then
                while (System.nanoTime() > 0L) { }
            end
            """;

    @TempDir
    static Path dir;
    static ReviewServer server;
    static WorkerPool pool;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("loop.drl"), LOOPING_RULE);
        Config config = BuiltIn.config();
        RuleSet ruleSet = RuleLoader.load(config, List.of(rules), RuleCache.defaults(System.getenv()));
        WorkerSetup setup = new WorkerSetup(Optional.empty(), List.of(rules), Optional.empty(), false);
        server = ReviewServer.start(new ServerSettings("127.0.0.1", 0, 1 << 20, LIMIT, "0.1.0-test").withWorkers(1),
                config, ruleSet, setup);
        pool = server.workers().orElseThrow();
        http = new Http(server.uri());
        awaitReady(pool, 2);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Waits (generously: JVMs start slowly on a busy machine) until {@code n} workers are ready. */
    static void awaitReady(WorkerPool pool, int n) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (pool.ready() < n && System.nanoTime() < end) {
            Thread.sleep(100);
        }
        assertTrue(pool.ready() >= n, "workers ready: " + pool.ready());
    }

    private static Http.Response check(String title) {
        return http.postText("/api/check?name=r.txt", Drafts.report(title, Drafts.Parts.all()));
    }

    /** A worker's answers are the bytes {@code huibao check} prints with the same rules. */
    @Test
    void workersAnswerAsTheCliDoes() {
        String report = Drafts.report("关于2024年度消防安全工作情况的报告", new Drafts.Parts(true, false, true, "于x月x日召开推进会。"));
        Http.Response json = http.postText("/api/check?name=draft.txt", report);
        assertEquals(200, json.status(), json.body());
        StringWriter out = new StringWriter();
        Main.run(new String[] {"check", "-", "--stdin-filename", "draft.txt", "--format", "json", "--rules",
            dir.resolve("rules").toString()}, new ByteArrayInputStream(report.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertEquals(out.toString().replace("\"version\": \"" + org.huibao.cli.Version.current() + "\"",
                "\"version\": \"0.1.0-test\""), json.body());

        Http.Response withText = http.postText("/api/check?name=draft.txt&include=text&lang=en", report);
        assertEquals(report, withText.json().at("/reports/0/text").asText());
        assertTrue(withText.json().at("/reports/0/findings/0/message").asText().matches("[ -~]+"), "English messages");

        Http.Response html = http.postText("/api/check?name=draft.txt&format=html", report);
        assertEquals(200, html.status());
        assertTrue(html.body().startsWith("<!DOCTYPE html>"), html.body());
        assertEquals(ReviewServer.REPORT_CSP, html.header("Content-Security-Policy"));

        byte[] broken = {'P', 'K', 3, 4, 0, 0, 0, 0, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9};
        Http.Response unreadable = http.upload("/api/check", "file", "损坏.docx", broken);
        assertEquals(422, unreadable.status(), unreadable.body());
        assertEquals("unreadable", unreadable.json().at("/error/code").asText());
        assertTrue(unreadable.json().at("/error/zh").asText().contains("Word"), unreadable.body());
    }

    @Test
    void aCheckPastTheLimitIsAnsweredAndItsProcessKilled() throws Exception {
        Http.Response normal = check("关于2024年度安全生产工作情况的报告");
        assertEquals(200, normal.status(), normal.body());
        assertEquals("pass", normal.json().at("/reports/0/status").asText());
        List<Long> before = pool.pids();
        assertEquals(2, before.size(), "one check at a time and a spare: " + before);

        long t0 = System.nanoTime();
        Http.Response looping = check("关于死循环问题的报告");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, looping.status(), looping.body());
        assertEquals("timeout", looping.json().at("/error/code").asText());
        assertEquals("检查超时：超过 3 秒仍未完成，已中止；请稍后重试或缩短报告 (the check did not finish within 3 s and was "
                + "stopped; try again later or with a shorter report)", looping.error());
        assertTrue(millis >= LIMIT.toMillis() - 100 && millis < LIMIT.toMillis() + 20_000, millis + " ms");

        List<Long> gone = new ArrayList<>();
        for (long pid : before) {
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                continue;
            }
            gone.add(pid);
        }
        assertEquals(1, gone.size(), "the looping check's process is gone when the answer comes: " + before);

        long t1 = System.nanoTime();
        Http.Response next = check("关于2025年度安全生产工作情况的报告");
        long nextMillis = (System.nanoTime() - t1) / 1_000_000;
        assertEquals(200, next.status(), next.body());
        assertEquals("关于2025年度安全生产工作情况的报告", next.json().at("/reports/0/title").asText());
        assertTrue(nextMillis < 15_000, "the spare answers without waiting for a JVM to start: " + nextMillis + " ms");

        awaitReady(pool, 2);
        List<Long> after = pool.pids();
        assertEquals(2, after.size(), after.toString());
        assertTrue(!after.contains(gone.get(0)), "a fresh process took the killed one's place: " + after);
    }

    @Test
    void workersThatCannotBeMadeReadyAreA503WithTheReason() {
        try (WorkerPool wrong = new WorkerPool(WorkerProcess.command(), WorkerSetup.builtIn(), "not the server's",
                "0.1.0-test", Duration.ofMinutes(3), 1)) {
            Path file = dir.resolve("draft.txt");
            Files.writeString(file, Drafts.report("关于工作情况的报告", Drafts.Parts.all()), StandardCharsets.UTF_8);
            ApiError e = assertThrows(ApiError.class,
                    () -> wrong.check(new CheckRequest(file, "draft.txt", "json", Lang.ZH, false)));
            assertEquals(503, e.status());
            assertEquals("unavailable", e.code());
            assertEquals("检查进程无法启动：配置文件或规则文件在服务启动后有改动，请重新启动 huibao serve", e.text().zh());
            assertEquals("the check process cannot start: the config or rule files changed after the server started; "
                    + "restart huibao serve", e.text().en());
            assertTrue(wrong.pids().isEmpty(), "the mismatched process was killed: " + wrong.pids());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
