package org.huibao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.huibao.read.Readers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the server accepts from whom: its own Host only (DNS rebinding), its own page's Origin only on a
 * check, a Content-Security-Policy on every HTML answer, and a body that never ends cut off at the
 * upload limit. The checks themselves run in process here; WorkerPoolTest covers the worker processes.
 */
class ServeGuardTest {
    private static final String TITLE = "关于2024年度安全生产工作情况的报告";
    private static final byte[] REPORT = Drafts.report(TITLE, Drafts.Parts.all()).getBytes(StandardCharsets.UTF_8);

    static ReviewServer server;
    static URI base;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        server = ReviewServer.startInProcess(new ServerSettings("127.0.0.1", 0, 64 * 1024, Duration.ofSeconds(30),
                "0.1.0-test"), BuiltIn.config(), BuiltIn.rules(), Readers.defaults());
        base = server.uri();
        port = server.port();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anotherSitesHostIsRefusedWith421() {
        RawHttp.Answer health = RawHttp.send(base, "GET", "/api/health", "evil.example", null, new byte[0]);
        assertEquals(421, health.status(), health.body());
        assertEquals("wrong_host", health.json().at("/error/code").asText());
        assertEquals("不接受的主机名 evil.example：本服务只回应它自己的地址（其他名称请用 --allow-host 添加） (host evil.example "
                + "is not this server's: it answers only its own address (add other names with --allow-host))",
                health.error());
        RawHttp.Answer page = RawHttp.send(base, "GET", "/", "evil.example:" + port, null, new byte[0]);
        assertEquals(421, page.status());
        assertFalse(page.body().contains("<html"), "the page is not served under another name");
        RawHttp.Answer check = RawHttp.send(base, "POST", "/api/check", "evil.example:" + port, "text/plain", REPORT);
        assertEquals(421, check.status());
        assertFalse(check.body().contains(TITLE), "nothing was checked");
        for (String host : List.of("127.0.0.1", "127.0.0.1:" + (port == 1 ? 2 : port - 1), "localhost.evil.example:" + port,
                "127.0.0.1.evil.example:" + port, "[::2]:" + port, "10.0.0.1:" + port)) {
            assertEquals(421, RawHttp.send(base, "GET", "/api/health", host, null, new byte[0]).status(), host);
        }
        assertEquals(400, RawHttp.send(base, "GET", "/api/health", null, null, new byte[0]).status(),
                "HTTP/1.1 without Host is Jetty's 400");
    }

    @Test
    void ownNamesOnTheOwnPortAreAccepted() {
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "localhost.:" + port,
                "[::1]:" + port, "[0:0:0:0:0:0:0:1]:" + port)) {
            RawHttp.Answer r = RawHttp.send(base, "GET", "/api/health", host, null, new byte[0]);
            assertEquals(200, r.status(), host + ": " + r.body());
        }
        RawHttp.Answer check = RawHttp.send(base, "POST", "/api/check?name=a.txt", "localhost:" + port, "text/plain",
                REPORT);
        assertEquals(200, check.status(), check.body());
        assertEquals(TITLE, check.json().at("/reports/0/title").asText());
    }

    @Test
    void allowHostAddsANameOnTheSamePort() throws Exception {
        try (ReviewServer s = ReviewServer.startInProcess(new ServerSettings("127.0.0.1", 0, 1 << 20,
                Duration.ofSeconds(30), "0.1.0-test").withAllowedHosts(List.of("Review.LAN", "192.0.2.7")),
                BuiltIn.config(), BuiltIn.rules(), Readers.defaults())) {
            int p = s.port();
            for (String host : List.of("review.lan:" + p, "REVIEW.lan:" + p, "192.0.2.7:" + p, "localhost:" + p)) {
                assertEquals(200, RawHttp.send(s.uri(), "GET", "/api/health", host, null, new byte[0]).status(), host);
            }
            for (String host : List.of("review.lan", "review.lan:" + (p + 1), "other.lan:" + p, "192.0.2.8:" + p)) {
                assertEquals(421, RawHttp.send(s.uri(), "GET", "/api/health", host, null, new byte[0]).status(), host);
            }
        }
        assertTrue(ServerSettings.validHostName("review.lan") && ServerSettings.validHostName("[::1]"));
        assertFalse(ServerSettings.validHostName("review.lan:80") || ServerSettings.validHostName("a b")
                || ServerSettings.validHostName(""));
    }

    @Test
    void aCheckFromAnotherSitesPageIsRefusedWith403() {
        Http http = new Http(base);
        Http.Response foreign = http.post("/api/check?name=a.txt", "text/plain", REPORT,
                Map.of("Origin", "http://evil.example"));
        assertEquals(403, foreign.status(), foreign.body());
        assertEquals("cross_origin", foreign.json().at("/error/code").asText());
        assertEquals("拒绝来自其他网页（http://evil.example）的请求 (refused: the request comes from another site's page "
                + "(http://evil.example))", foreign.error());
        for (String origin : List.of("null", "https://127.0.0.1:" + port, "http://127.0.0.1:" + (port + 1),
                "http://evil.example:" + port)) {
            Http.Response r = http.post("/api/check?name=a.txt", "text/plain", REPORT, Map.of("Origin", origin));
            assertEquals(403, r.status(), origin);
        }
        Http.Response multipart = new Http(base).upload("/api/check", "file", "a.txt", REPORT);
        assertEquals(200, multipart.status(), "no Origin: not from a page (curl, scripts)");
        for (String origin : List.of("http://127.0.0.1:" + port, "http://localhost:" + port)) {
            Http.Response own = http.post("/api/check?name=a.txt", "text/plain", REPORT, Map.of("Origin", origin));
            assertEquals(200, own.status(), origin + ": " + own.body());
            assertEquals(TITLE, own.json().at("/reports/0/title").asText());
        }
    }

    @Test
    void everyHtmlAnswerHasAContentSecurityPolicy() {
        Http http = new Http(base);
        Http.Response page = http.get("/");
        assertEquals(ReviewServer.PAGE_CSP, page.header("Content-Security-Policy"));
        Http.Response report = http.post("/api/check?name=a.txt&format=html", "text/plain", REPORT);
        assertEquals(200, report.status(), report.body());
        assertTrue(report.contentType().startsWith("text/html"), report.contentType());
        String csp = report.header("Content-Security-Policy");
        assertEquals(ReviewServer.REPORT_CSP, csp);
        assertTrue(csp.startsWith("default-src 'none'") && csp.contains("frame-ancestors 'none'") && csp.endsWith("sandbox"),
                "no script, no loads, no framing: " + csp);
        assertFalse(csp.contains("script-src"), csp);
        assertEquals("nosniff", report.header("X-Content-Type-Options"));
    }

    /** Row 12 of issue 14: a chunked upload that never ends is answered 413 once past the limit. */
    @Test
    void aChunkedUploadThatNeverEndsIs413AtTheLimit() throws Exception {
        String head = "POST /api/check?name=a.txt HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n";
        RawHttp.Flood text = RawHttp.endlessChunked(base, head, new byte[0]);
        assertEquals(413, text.answer().status(), text.answer().body());
        assertEquals("上传内容过大，上限为 64 KB (the upload is too large: the limit is 64 KB)", text.answer().error());
        assertEquals("close", text.answer().headers().get("connection"));
        // What the sender got out before the refusal is the limit plus what the sockets buffer, not more.
        assertTrue(text.sentBytes() < 16L << 20, "sent " + text.sentBytes() + " bytes before the answer");

        String boundary = "zzFloodBoundary";
        String multipartHead = "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\nTransfer-Encoding: chunked\r\n\r\n";
        byte[] partHead = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        RawHttp.Flood multipart = RawHttp.endlessChunked(base, multipartHead, partHead);
        assertEquals(413, multipart.answer().status(), multipart.answer().body());
        assertTrue(multipart.sentBytes() < 16L << 20, "sent " + multipart.sentBytes());

        Http.Response normal = new Http(base).post("/api/check?name=a.txt", "text/plain", REPORT);
        assertEquals(200, normal.status(), "the server is still there: " + normal.body());
    }
}
