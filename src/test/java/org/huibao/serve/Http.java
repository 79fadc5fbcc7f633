package org.huibao.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small client for the server tests: real HTTP over loopback with java.net.http. */
final class Http {
    private static final ObjectMapper JSON = new org.huibao.testing.SchemaCheckedJson();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    /** A status, the Content-Type, the body as text, and every header. */
    record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        /** The first value of a header, "" when absent. */
        String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The error body's message in both languages, "zh (en)". */
        String error() {
            JsonNode e = json().path("error");
            return e.path("zh").asText() + " (" + e.path("en").asText() + ")";
        }
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Response postText(String path, String text) {
        return post(path, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    Response post(String path, String contentType, byte[] body) {
        return post(path, contentType, body, java.util.Map.of());
    }

    /** A POST with more headers, such as the Origin a browser adds. */
    Response post(String path, String contentType, byte[] body, java.util.Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        return send(b);
    }

    /** A multipart/form-data upload of one file in the part named {@code part}. */
    Response upload(String path, String part, String filename, byte[] content) {
        String boundary = "huibaoTestBoundary7MA4YWxk";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private Response send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
