package org.huibao.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The server–worker frames: what is sent is what is read, and a garbled stream is an error, not a huge array. */
class FrameTest {

    @Test
    void fieldsComeBackInOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Frame.of('A').text("报告.docx").data(new byte[] {1, 2, 3}).number(42).flag(true).sendTo(out);
        Frame.of('R').text("").sendTo(out);
        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        Frame.Fields a = Frame.receive(in);
        assertEquals('A', a.kind());
        assertEquals("报告.docx", a.text());
        assertArrayEquals(new byte[] {1, 2, 3}, a.data());
        assertEquals(42, a.number());
        assertEquals(true, a.flag());
        assertEquals("", Frame.receive(in).text());
        assertNull(Frame.receive(in), "a clean end between frames");
    }

    @Test
    void aGarbledStreamIsAnErrorNotAnAllocation() {
        // What a dying JVM might print on standard output: read as a length of about 1.4 GB.
        byte[] words = "Terminating due to java.lang.OutOfMemoryError".getBytes(StandardCharsets.US_ASCII);
        assertThrows(IOException.class, () -> Frame.receive(new ByteArrayInputStream(words)));
        byte[] truncated = {0, 0, 0, 100, 'A', 0, 0};
        assertThrows(IOException.class, () -> Frame.receive(new ByteArrayInputStream(truncated)));
        byte[] badField = {0, 0, 0, 5, 'A', 0x7f, 0, 0, 0};
        assertThrows(IOException.class, () -> Frame.receive(new ByteArrayInputStream(badField)).text());
    }
}
