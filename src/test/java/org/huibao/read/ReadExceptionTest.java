package org.huibao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;

import org.huibao.read.ReadException.Kind;
import org.junit.jupiter.api.Test;

class ReadExceptionTest {

    @Test
    void keepsKindAndMessage() {
        ReadException e = new ReadException(Kind.EMPTY, "文件为空 (empty file)");
        assertEquals(Kind.EMPTY, e.kind());
        assertEquals("文件为空 (empty file)", e.getMessage());
    }

    @Test
    void multiLineReasonsAreFlattened() {
        ReadException e = new ReadException(Kind.UNREADABLE, "读取失败：设备错误\r\n  详情 (read error)\n");
        assertEquals("读取失败：设备错误 详情 (read error)", e.getMessage());
    }

    @Test
    void keepsTheCause() {
        IOException cause = new IOException("disk");
        assertSame(cause, new ReadException(Kind.UNREADABLE, "读取失败 (read error)", cause).getCause());
    }

    @Test
    void kindIsRequired() {
        assertThrows(NullPointerException.class, () -> new ReadException(null, "x"));
    }
}
