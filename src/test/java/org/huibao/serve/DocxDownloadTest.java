package org.huibao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/check?format=docx}: the annotated Word copy (下载批注版 Word), made in a worker process
 * and answered as a download named after the report.
 */
class DocxDownloadTest {
    private static final String TITLE = "关于2024年度安全生产工作情况的报告";

    static ReviewServer server;
    static HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        // Real workers, so that the bytes cross the process boundary; a generous limit for a busy machine.
        server = ReviewServer.start(new ServerSettings("127.0.0.1", 0, 1 << 20, Duration.ofSeconds(120), "0.1.0-test")
                .withWorkers(1), BuiltIn.config(), BuiltIn.rules(),
                new WorkerSetup(Optional.empty(), List.of(), Optional.empty(), false));
        WorkerPoolTest.awaitReady(server.workers().orElseThrow(), 1);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<byte[]> post(String path, String contentType, byte[] body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(server.uri().resolve(path)).timeout(Duration.ofSeconds(150))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return client.send(r, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> upload(String path, String filename, byte[] content) throws Exception {
        String boundary = "huibaoDocxBoundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return post(path, "multipart/form-data; boundary=" + boundary,
                org.huibao.testing.Fixtures.concat(head, content, tail));
    }

    @Test
    void aPastedReportComesBackAsANewAnnotatedDocument() throws Exception {
        String report = Drafts.report(TITLE, new Drafts.Parts(true, false, true, "于x月x日召开推进会。"));
        HttpResponse<byte[]> r = post("/api/check?name=草稿.txt&format=docx", "text/plain; charset=utf-8",
                report.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=\"__.huibao.docx\"; filename*=UTF-8''%E8%8D%89%E7%A8%BF.huibao.docx",
                r.headers().firstValue("Content-Disposition").orElse(""));
        String comments = entry(r.body(), "word/comments.xml");
        assertTrue(comments.contains("w:author=\"huibao\""), comments);
        assertTrue(comments.contains("缺少要素：存在问题"), comments);
        assertTrue(comments.contains("未填写的占位符：x月x日"), comments);
    }

    @Test
    void anUploadedDocxComesBackAsItsAnnotatedCopyInEnglishOnRequest() throws Exception {
        byte[] docx = Drafts.docx(Drafts.lines(TITLE, new Drafts.Parts(true, true, true, "于x月x日召开推进会。")));
        HttpResponse<byte[]> r = upload("/api/check?format=docx&lang=en", "draft.docx", docx);
        assertEquals(200, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("attachment; filename=\"draft.huibao.docx\"; filename*=UTF-8''draft.huibao.docx",
                r.headers().firstValue("Content-Disposition").orElse(""));
        String document = entry(r.body(), "word/document.xml");
        assertTrue(document.contains("commentRangeStart"), "anchored in the copy");
        assertTrue(entry(r.body(), "word/comments.xml").contains("Suggestion: "));
    }

    @Test
    void anUnreadableUploadIsAJsonErrorAndTextGoesWithJsonOnly() throws Exception {
        byte[] broken = {'P', 'K', 3, 4, 0, 0, 0, 0, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9};
        HttpResponse<byte[]> r = upload("/api/check?format=docx", "损坏.docx", broken);
        assertEquals(422, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(r.headers().firstValue("Content-Disposition").isEmpty());

        HttpResponse<byte[]> both = post("/api/check?format=docx&include=text", "text/plain; charset=utf-8",
                TITLE.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, both.statusCode());
    }

    @Test
    void thePageOffersTheDownload() throws Exception {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(server.uri().resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(page.body().contains("id=\"dl-docx\"") && page.body().contains("下载批注版 Word"), page.body());
        HttpResponse<String> script = client.send(HttpRequest.newBuilder(URI.create(server.uri() + "assets/app.js"))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertTrue(script.body().contains("download('docx')"));
    }

    private static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the answer");
    }
}
