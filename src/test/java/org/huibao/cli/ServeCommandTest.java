package org.huibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code huibao serve} from the command line: the URL it prints, how it stops, and bad usage. */
class ServeCommandTest {

    private static void assertOneLineUsageError(CliTest.Run r) {
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("huibao: "), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    /** This JVM's worker processes (a server started here runs its checks in them). */
    private static List<Long> workers() {
        return ProcessHandle.current().children().filter(p -> p.info().commandLine().orElse("")
                .contains("-Dhuibao.role=check-worker")).map(ProcessHandle::pid).toList();
    }

    @Test
    void portInUseIsAOneLineUsageError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliTest.Run r = CliTest.run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertOneLineUsageError(r);
            assertEquals("huibao: 端口 " + taken.getLocalPort() + " 已被占用（换一个端口：--port） (port "
                    + taken.getLocalPort() + " is already in use (choose another with --port))", r.err().strip());
        }
    }

    @Test
    void anAddressThatIsNotThisMachinesIsAOneLineUsageError() {
        // 192.0.2.1 is reserved for documentation: binding to it fails at once, and nothing is sent anywhere.
        CliTest.Run r = CliTest.run("serve", "--host", "192.0.2.1", "--port", "0");
        assertOneLineUsageError(r);
        assertTrue(r.err().contains("无法在 192.0.2.1:0 上监听") && r.err().contains("cannot listen on 192.0.2.1:0"), r.err());
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertOneLineUsageError(CliTest.run("serve", "--port", "70000"));
        // a value picocli cannot convert: its reason, then where to find the usage (as for check --max-size)
        for (String bad : new String[] {"ten", "0"}) {
            CliTest.Run size = CliTest.run("serve", "--max-upload", bad);
            assertEquals(2, size.code(), size.err());
            String first = size.err().lines().findFirst().orElse("");
            assertTrue(first.startsWith("huibao: ") && first.contains("--max-upload"), size.err());
            assertFalse(size.err().contains("\tat "), "no stack trace: " + size.err());
        }
        CliTest.Run host = CliTest.run("serve", "--allow-host", "review.lan:8080");
        assertOneLineUsageError(host);
        assertEquals("huibao: 无效的 --allow-host (not a host name or address) \"review.lan:8080\"; 例如 (e.g.) review.lan",
                host.err().strip());
        CliTest.Run timeout = CliTest.run("serve", "--timeout", "0");
        assertOneLineUsageError(timeout);
        assertTrue(timeout.err().contains("--timeout"), timeout.err());
        assertEquals(2, CliTest.run("serve", "--port", "abc").code());
        assertEquals(2, CliTest.run("serve", "--lang", "fr", "--port", "0").code());
    }

    @Test
    void sizesAndSecondsAreReadAsPeopleWriteThem() {
        assertEquals(10L << 20, org.huibao.read.ByteSize.parse("10MB").bytes());
        assertEquals(512L << 10, org.huibao.read.ByteSize.parse("512kb").bytes());
        assertEquals(1L << 30, org.huibao.read.ByteSize.parse("1G").bytes());
        assertEquals(2048, org.huibao.read.ByteSize.parse("2048").bytes());
        assertEquals(Duration.ofSeconds(30), ServeCommand.duration("30"));
        assertEquals(Duration.ofMillis(2500), ServeCommand.duration("2.5s"));
        assertEquals(null, ServeCommand.duration("-1"));
    }

    @Test
    void printsTheUrlServesAndStopsWhenInterrupted() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger code = new AtomicInteger(-1);
        Thread serving = new Thread(() -> code.set(Main.run(new String[] {"serve", "--port", "0", "--lang", "en"},
                new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err))));
        serving.start();
        URI url = null;
        Pattern printed = Pattern.compile("huibao review page: (http://127\\.0\\.0\\.1:\\d+/)  \\(Ctrl-C to stop\\)");
        for (int i = 0; i < 600 && url == null; i++) {
            Matcher m = printed.matcher(out.toString());
            if (m.find()) {
                url = URI.create(m.group(1));
            } else {
                Thread.sleep(50);
            }
        }
        assertNotNull(url, "no URL printed: " + out + err);
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(url.resolve("/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"lang\": \"en\""), health.body());
        for (int i = 0; i < 600 && workers().isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertFalse(workers().isEmpty(), "checks run in worker processes");

        serving.interrupt();
        serving.join(10_000);
        assertFalse(serving.isAlive(), "stopped");
        assertEquals(0, code.get());
        assertTrue(out.toString().contains("huibao: stopped"), out.toString());
        assertEquals("", err.toString(), "nothing on stderr: no Javalin or Jetty logging");
        assertEquals(List.of(), workers(), "stopping the server leaves no worker process behind");
        URI stoppedUrl = url;
        try {
            client.send(HttpRequest.newBuilder(stoppedUrl.resolve("/api/health")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            throw new AssertionError("still answering after stop");
        } catch (ConnectException | java.net.http.HttpConnectTimeoutException expected) {
            // the port is closed
        } catch (IOException closed) {
            // some platforms report a refused connection as a plain IOException
        }
    }
}
