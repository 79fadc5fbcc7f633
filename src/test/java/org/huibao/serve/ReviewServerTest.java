package org.huibao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.huibao.cli.Main;
import org.huibao.config.Config;
import org.huibao.engine.RuleSet;
import org.huibao.read.DocumentReader;
import org.huibao.read.ReadException;
import org.huibao.read.Readers;
import org.huibao.read.SourceText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The review server's API over real HTTP on a free loopback port, as a client sees it. */
class ReviewServerTest {
    private static final String TITLE = "关于2024年度安全生产工作情况的报告";

    static Config config;
    static RuleSet rules;
    static ReviewServer server;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        config = BuiltIn.config();
        rules = BuiltIn.rules();
        server = ReviewServer.startInProcess(settings(ServerSettings.DEFAULT_MAX_UPLOAD, ServerSettings.DEFAULT_TIMEOUT),
                config, rules, Readers.defaults());
        http = new Http(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ServerSettings settings(long maxUpload, Duration timeout) {
        return new ServerSettings("127.0.0.1", 0, maxUpload, timeout, "0.1.0-test");
    }

    /** What {@code huibao check - --stdin-filename NAME --format json} prints for the same text. */
    private static String cliJson(String name, String text, String... more) {
        List<String> args = new ArrayList<>(List.of("check", "-", "--stdin-filename", name, "--format", "json"));
        args.addAll(List.of(more));
        StringWriter out = new StringWriter();
        Main.run(args.toArray(String[]::new), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(new StringWriter()));
        return out.toString();
    }

    /**
     * Clients that open connections and then dribble (or never finish) their request hold a connection
     * each, not the server: other reviewers' checks are answered meanwhile.
     */
    @Test
    void slowClientsDoNotHoldUpOthers() throws Exception {
        List<java.net.Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                java.net.Socket socket = new java.net.Socket(server.uri().getHost(), server.uri().getPort());
                socket.getOutputStream().write(("POST /api/check HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: text/plain\r\nContent-Length: 100000\r\n\r\n一、").getBytes(StandardCharsets.UTF_8));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            long start = System.nanoTime();
            Http.Response r = http.postText("/api/check?name=draft.txt", Drafts.report(TITLE, Drafts.Parts.all()));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, r.status(), r.body());
            assertEquals("pass", r.json().at("/reports/0/status").asText());
            assertTrue(millis < 10_000, "answered while 20 slow uploads hang: " + millis + " ms");
            assertEquals(200, http.get("/api/health").status());
        } finally {
            for (java.net.Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void textBodyGivesTheSameJsonAsTheCli() {
        String report = Drafts.report(TITLE, Drafts.Parts.all());
        Http.Response r = http.postText("/api/check?name=draft.txt", report);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        String expected = cliJson("draft.txt", report).replace("\"version\": \"" + org.huibao.cli.Version.current() + "\"",
                "\"version\": \"0.1.0-test\"");
        assertEquals(expected, r.body(), "byte for byte the JSON of huibao check --format json");
        JsonNode rep = r.json().at("/reports/0");
        assertEquals("draft.txt", rep.at("/file").asText());
        assertEquals(TITLE, rep.at("/title").asText());
        assertEquals("pass", rep.at("/status").asText());
        assertTrue(rep.path("text").isMissingNode(), "no text unless asked for");
    }

    @Test
    void textWithoutNameIsADraftAndEnglishOnRequest() {
        String report = Drafts.report(TITLE, new Drafts.Parts(true, false, true, ""));
        Http.Response r = http.postText("/api/check?lang=en", report);
        assertEquals(200, r.status(), r.body());
        JsonNode rep = r.json().at("/reports/0");
        assertEquals(Upload.DEFAULT_NAME, rep.at("/file").asText());
        assertEquals("fail", rep.at("/status").asText());
        assertEquals("absent", rep.at("/elements/shortcomings/status").asText());
        JsonNode hb102 = finding(rep, "HB102");
        assertTrue(hb102.at("/message").asText().startsWith("The report does not state"), hb102.toString());
    }

    @Test
    void includeTextAddsTheReportTextAndChangesNothingElse() {
        String report = Drafts.report(TITLE, new Drafts.Parts(true, true, true, "于x月x日召开推进会。"));
        JsonNode plain = http.postText("/api/check?name=a.txt", report).json();
        Http.Response r = http.postText("/api/check?name=a.txt&include=text", report);
        assertEquals(200, r.status(), r.body());
        JsonNode withText = r.json();
        assertEquals(report, withText.at("/reports/0/text").asText(), "the text the lines and columns point into");
        ((ObjectNode) withText.at("/reports/0")).remove("text");
        assertEquals(plain, withText);
        JsonNode placeholder = finding(r.json().at("/reports/0"), "HB301");
        int line = placeholder.at("/line").asInt();
        String lineText = report.split("\n")[line - 1];
        int from = lineText.offsetByCodePoints(0, placeholder.at("/column").asInt() - 1);
        int to = lineText.offsetByCodePoints(0, placeholder.at("/endColumn").asInt() - 1);
        assertEquals(placeholder.at("/excerpt").asText(), lineText.substring(from, to));
        assertTrue(lineText.substring(from, to).contains("x月x日"), lineText.substring(from, to));
    }

    @Test
    void multipartDocxIsReadAsWord() {
        byte[] docx = Drafts.docx(Drafts.lines("关于2024年度消防安全工作情况的报告", new Drafts.Parts(true, true, false, "")));
        Http.Response r = http.upload("/api/check", "file", "消防报告.docx", docx);
        assertEquals(200, r.status(), r.body());
        JsonNode rep = r.json().at("/reports/0");
        assertEquals("消防报告.docx", rep.at("/file").asText());
        assertEquals("关于2024年度消防安全工作情况的报告", rep.at("/title").asText());
        assertEquals("section", rep.at("/elements/leadership/status").asText());
        assertEquals("section", rep.at("/elements/shortcomings/status").asText());
        assertEquals("absent", rep.at("/elements/next_steps/status").asText());
        assertEquals("HB103", finding(rep, "HB103").at("/rule").asText());
        Http.Response raw = http.post("/api/check?name=%E6%B6%88%E9%98%B2.docx", "application/octet-stream", docx);
        assertEquals(200, raw.status(), raw.body());
        assertEquals("消防.docx", raw.json().at("/reports/0/file").asText());
        assertEquals("absent", raw.json().at("/reports/0/elements/next_steps/status").asText());
    }

    @Test
    void uploadedFileNameLosesItsFolders() {
        byte[] text = Drafts.report(TITLE, Drafts.Parts.all()).getBytes(StandardCharsets.UTF_8);
        Http.Response r = http.upload("/api/check", "file", "C:\\Users\\wang\\报告.txt", text);
        assertEquals(200, r.status(), r.body());
        assertEquals("报告.txt", r.json().at("/reports/0/file").asText());
        Http.Response q = http.postText("/api/check?name=..%2F..%2Fetc%2Fpasswd.txt", Drafts.report(TITLE, Drafts.Parts.all()));
        assertEquals(200, q.status(), q.body());
        assertEquals("passwd.txt", q.json().at("/reports/0/file").asText());
    }

    @Test
    void htmlReportOfACheck() {
        String report = Drafts.report(TITLE, new Drafts.Parts(true, true, true, "于x月x日召开推进会。"));
        Http.Response r = http.postText("/api/check?name=a.txt&format=html", report);
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith("text/html"), r.contentType());
        assertTrue(r.body().startsWith("<!DOCTYPE html>"), r.body());
        assertTrue(r.body().contains(TITLE));
        assertTrue(r.body().contains("<mark class=\"error\""), "the placeholder is marked in the text");
        Http.Response sarif = http.postText("/api/check?format=sarif", report);
        assertEquals(200, sarif.status());
        assertEquals("2.1.0", sarif.json().at("/version").asText());
    }

    @Test
    void tooLargeIs413InBothLanguages() throws Exception {
        try (ReviewServer small = ReviewServer.startInProcess(settings(1024, Duration.ofSeconds(30)), config, rules,
                Readers.defaults())) {
            Http h = new Http(small.uri());
            String big = "关于工作情况的报告\n" + "今年以来，我局扎实推进各项工作。\n".repeat(100);
            Http.Response text = h.postText("/api/check", big);
            assertEquals(413, text.status(), text.body());
            assertEquals("too_large", text.json().at("/error/code").asText());
            assertEquals("上传内容过大，上限为 1 KB (the upload is too large: the limit is 1 KB)", text.error());
            Http.Response file = h.upload("/api/check", "file", "big.txt", big.getBytes(StandardCharsets.UTF_8));
            assertEquals(413, file.status(), file.body());
            Http.Response fits = h.postText("/api/check", "关于工作情况的报告\n今年以来，我局扎实推进各项工作。\n");
            assertEquals(200, fits.status(), fits.body());
        }
        byte[] overDefault = new byte[(int) ServerSettings.DEFAULT_MAX_UPLOAD + 1];
        java.util.Arrays.fill(overDefault, (byte) 'a');
        Http.Response r = http.post("/api/check", "text/plain", overDefault);
        assertEquals(413, r.status(), r.body());
        assertEquals("上传内容过大，上限为 10 MB (the upload is too large: the limit is 10 MB)", r.error());
    }

    @Test
    void unsupportedTypesAre415() {
        Http.Response json = http.post("/api/check", "application/json", "{\"text\":\"报告\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, json.status(), json.body());
        assertEquals("unsupported_media_type", json.json().at("/error/code").asText());
        assertTrue(json.error().contains("text/plain") && json.error().contains("multipart/form-data"), json.error());

        Http.Response exe = http.upload("/api/check", "file", "setup.exe", new byte[] {'M', 'Z', 1, 2});
        assertEquals(415, exe.status(), exe.body());
        assertEquals("不支持的文件类型 .exe（支持：.doc、.docx、.md、.ofd、.pdf、.txt、.wps） (unsupported file type .exe (supported: "
                + ".doc, .docx, .md, .ofd, .pdf, .txt, .wps))", exe.error());

        Http.Response named = http.postText("/api/check?name=report.png", "关于工作情况的报告");
        assertEquals(415, named.status(), named.body());
        Http.Response form = http.post("/api/check", "application/x-www-form-urlencoded", "a=b".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, form.status(), form.body());
    }

    @Test
    void malformedRequestsAre400() {
        Http.Response empty = http.postText("/api/check", "");
        assertEquals(400, empty.status(), empty.body());
        assertEquals("请求中没有报告内容 (the request has no report in it)", empty.error());

        Http.Response noFile = http.upload("/api/check", "document", "a.txt", "报告".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, noFile.status(), noFile.body());
        assertEquals("上传内容中没有名为 file 的文件 (the upload has no file part named file)", noFile.error());

        Http.Response garbage = http.post("/api/check", "multipart/form-data; boundary=zz",
                "this is not multipart".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, garbage.status(), garbage.body());

        Http.Response lang = http.postText("/api/check?lang=fr", "关于工作情况的报告");
        assertEquals(400, lang.status());
        assertTrue(lang.error().contains("lang"), lang.error());
        Http.Response format = http.postText("/api/check?format=pdf", "关于工作情况的报告");
        assertEquals(400, format.status());
        assertTrue(format.error().contains("html") && format.error().contains("json"), format.error());
        Http.Response workbook = http.postText("/api/check?format=xlsx", "关于工作情况的报告");
        assertEquals(400, workbook.status(), "a workbook is for batches, written by huibao check");
        assertTrue(workbook.error().contains("huibao check"), workbook.error());
        Http.Response include = http.postText("/api/check?include=text&format=html", "关于工作情况的报告");
        assertEquals(400, include.status());
        Http.Response englishError = http.postText("/api/check?lang=en", "");
        assertEquals("the request has no report in it", englishError.json().at("/error/message").asText());
    }

    @Test
    void corruptDocxIs422WithTheReadersMessage() {
        byte[] broken = {'P', 'K', 3, 4, 0, 0, 0, 0, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9};
        Http.Response r = http.upload("/api/check", "file", "损坏.docx", broken);
        assertEquals(422, r.status(), r.body());
        assertEquals("unreadable", r.json().at("/error/code").asText());
        assertTrue(r.json().at("/error/zh").asText().contains("Word"), r.body());
        assertFalse(r.json().at("/error/en").asText().isEmpty());
    }

    @Test
    void rulesInTheChosenLanguage() {
        Http.Response zh = http.get("/api/rules");
        assertEquals(200, zh.status());
        JsonNode list = zh.json().at("/rules");
        assertEquals(rules.all().size(), list.size());
        JsonNode hb301 = rule(list, "HB301");
        assertEquals("error", hb301.at("/severity").asText());
        assertTrue(hb301.at("/title").asText().contains("占位符"), hb301.toString());
        assertTrue(hb301.at("/blocking").asBoolean());
        for (String field : List.of("description", "example", "fix")) {
            assertFalse(hb301.at("/" + field).asText().isEmpty(), field);
        }
        JsonNode en = rule(http.get("/api/rules?lang=en").json().at("/rules"), "HB301");
        assertTrue(en.at("/title").asText().startsWith("Unfilled placeholder"), en.toString());
        assertNotEquals(hb301.at("/fix").asText(), en.at("/fix").asText());
        assertEquals(400, http.get("/api/rules?lang=de").status());
    }

    @Test
    void health() {
        Http.Response r = http.get("/api/health");
        assertEquals(200, r.status());
        JsonNode j = r.json();
        assertEquals("ok", j.at("/status").asText());
        assertEquals("0.1.0-test", j.at("/version").asText());
        assertEquals("zh", j.at("/lang").asText());
        assertEquals(ServerSettings.DEFAULT_MAX_UPLOAD, j.at("/maxUploadBytes").asLong());
        assertEquals("[\"doc\",\"docx\",\"md\",\"ofd\",\"pdf\",\"txt\",\"wps\"]", j.at("/extensions").toString());
    }

    @Test
    void fiftyConcurrentRequestsEachGetTheirOwnAnswer() throws Exception {
        String[] elements = {"leadership", "shortcomings", "next_steps"};
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                Drafts.Parts parts = new Drafts.Parts(n % 3 != 0, n % 3 != 1, n % 3 != 2, "");
                String title = "关于第" + (n + 1) + "号专项工作情况的报告";
                answers.add(pool.submit(() -> n % 2 == 0
                        ? http.postText("/api/check?name=r" + n + ".txt", Drafts.report(title, parts))
                        : http.upload("/api/check", "file", "r" + n + ".docx", Drafts.docx(Drafts.lines(title, parts)))));
            }
            for (int n = 0; n < 50; n++) {
                Http.Response r = answers.get(n).get();
                assertEquals(200, r.status(), r.body());
                JsonNode rep = r.json().at("/reports/0");
                assertEquals("关于第" + (n + 1) + "号专项工作情况的报告", rep.at("/title").asText(), "request " + n);
                assertEquals("r" + n + (n % 2 == 0 ? ".txt" : ".docx"), rep.at("/file").asText());
                for (int e = 0; e < 3; e++) {
                    String status = rep.at("/elements/" + elements[e] + "/status").asText();
                    if (e == n % 3) {
                        assertEquals("absent", status, "request " + n + ": " + elements[e]);
                    } else {
                        assertNotEquals("absent", status, "request " + n + ": " + elements[e]);
                    }
                }
                assertEquals("fail", rep.at("/status").asText());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void uploadsGoToFreshTemporaryFilesThatAreGoneAfterwards() throws Exception {
        List<Path> seen = new CopyOnWriteArrayList<>();
        DocumentReader recording = new DocumentReader() {
            @Override
            public Set<String> extensions() {
                return Set.of("txt");
            }

            @Override
            public SourceText read(Path path, String displayName) throws ReadException {
                seen.add(path);
                try {
                    return new SourceText(displayName, Files.readString(path), "UTF-8");
                } catch (java.io.IOException e) {
                    throw new ReadException(ReadException.Kind.UNREADABLE, e.getMessage());
                }
            }
        };
        try (ReviewServer s = ReviewServer.startInProcess(settings(1 << 20, Duration.ofSeconds(30)), config, rules,
                Readers.of(recording))) {
            Http h = new Http(s.uri());
            assertEquals(200, h.postText("/api/check?name=../../secret.txt", Drafts.report(TITLE, Drafts.Parts.all())).status());
            assertEquals(200, h.upload("/api/check", "file", "b.txt",
                    Drafts.report(TITLE, Drafts.Parts.all()).getBytes(StandardCharsets.UTF_8)).status());
        }
        assertEquals(2, seen.size());
        assertNotEquals(seen.get(0).getParent(), seen.get(1).getParent(), "a directory of its own per request");
        for (Path p : seen) {
            assertEquals("report.txt", p.getFileName().toString(), "the name is the server's, not the sender's");
            assertFalse(Files.exists(p), p + " deleted");
            assertFalse(Files.exists(p.getParent()), p.getParent() + " deleted");
        }
    }

    @Test
    void aCheckOverTheTimeLimitIs503() throws Exception {
        DocumentReader slow = new DocumentReader() {
            @Override
            public Set<String> extensions() {
                return Set.of("txt");
            }

            @Override
            public SourceText read(Path path, String displayName) {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new SourceText(displayName, "关于工作情况的报告\n", "UTF-8");
            }
        };
        try (ReviewServer s = ReviewServer.startInProcess(settings(1 << 20, Duration.ofMillis(300)), config, rules,
                Readers.of(slow))) {
            long t0 = System.nanoTime();
            Http.Response r = new Http(s.uri()).postText("/api/check", "关于工作情况的报告\n");
            assertEquals(503, r.status(), r.body());
            assertEquals("timeout", r.json().at("/error/code").asText());
            assertEquals("检查超时：超过 0.3 秒仍未完成，请稍后重试或缩短报告 (the check did not finish within 0.3 s; try again "
                    + "later or with a shorter report)", r.error());
            assertTrue(System.nanoTime() - t0 < 2_500_000_000L, "answered at the limit, not when the check ends");
        }
    }

    @Test
    void thePageAndItsFilesComeFromTheJarOnly() {
        Http.Response page = http.get("/");
        assertEquals(200, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertTrue(page.body().contains("<script type=\"module\" src=\"/assets/app.js\""), page.body());
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "nothing from elsewhere");
        assertEquals(200, http.get("/assets/app.css").status());
        // Every module the script imports, and the modules they import, is served as JavaScript.
        java.util.Deque<String> modules = new java.util.ArrayDeque<>(List.of("app.js"));
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.regex.Pattern from = java.util.regex.Pattern.compile("from '\\./([a-z-]+\\.js)'");
        while (!modules.isEmpty()) {
            String name = modules.pop();
            if (!seen.add(name)) {
                continue;
            }
            Http.Response js = http.get("/assets/" + name);
            assertEquals(200, js.status(), name);
            assertEquals("text/javascript; charset=utf-8", js.contentType(), name);
            assertFalse(js.body().contains("http://") || js.body().contains("https://"), name);
            from.matcher(js.body()).results().forEach(m -> modules.add(m.group(1)));
        }
        assertTrue(seen.size() > 5, "the script is split by concern: " + seen);
        for (String path : List.of("/assets/..%2F..%2Fconfig.yaml", "/assets/%2e%2e%2fapp.js", "/huibao/config.yaml",
                "/assets/..%5Capp.js", "/assets/", "/assets/index.html%00.js", "/../../etc/passwd",
                "/assets/%2e%2e/%2e%2e/huibao/rules/placeholders.drl", "/org/huibao/serve/ReviewServer.class")) {
            Http.Response r = http.get(path);
            assertTrue(r.status() == 404 || r.status() == 400, path + " → " + r.status());
            assertFalse(r.body().contains("threshold:") || r.body().contains("rule \""), path);
        }
    }

    @Test
    void unknownApiPathsAndMethodsAreJsonErrors() {
        Http.Response missing = http.get("/api/nothing");
        assertEquals(404, missing.status());
        assertEquals("not_found", missing.json().at("/error/code").asText());
        Http.Response method = http.get("/api/check");
        assertEquals(405, method.status());
        assertEquals("method_not_allowed", method.json().at("/error/code").asText());
    }

    private static JsonNode finding(JsonNode report, String rule) {
        for (JsonNode f : report.at("/findings")) {
            if (f.at("/rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " in " + report.at("/findings"));
    }

    private static JsonNode rule(JsonNode list, String id) {
        for (JsonNode r : list) {
            if (r.at("/id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no rule " + id);
    }
}
