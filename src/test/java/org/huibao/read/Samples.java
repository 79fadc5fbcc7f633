package org.huibao.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Test texts and byte builders shared by the tests of this package. */
final class Samples {

    static final Charset GBK = Charset.forName("GBK");
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");

    /** Four-line mini report, ending with a newline like most editors write it. */
    static final String REPORT = "关于2024年工作情况的报告\n"
            + "一、主要工作\n"
            + "（一）加强组织领导。成立领导小组，每季度召开专题会议研究部署。\n"
            + "（二）完善制度建设。修订管理办法5项，堵塞漏洞。\n";

    /** Full-width spaces as paragraph indentation, as Chinese official documents use them. */
    static final String INDENTED = "　　今年以来，我们坚持稳中求进，各项工作取得新成效。\n"
            + "　　一是强化督促检查，发现问题二十七个，已全部整改到位。\n";

    private Samples() {
    }

    static byte[] concat(byte[]... parts) {
        return org.huibao.testing.Fixtures.concat(parts);
    }

    static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    static byte[] utf8Bom(String s) {
        return concat(bytes(0xEF, 0xBB, 0xBF), s.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] utf16leBom(String s) {
        return concat(bytes(0xFF, 0xFE), s.getBytes(StandardCharsets.UTF_16LE));
    }

    static byte[] utf16beBom(String s) {
        return concat(bytes(0xFE, 0xFF), s.getBytes(StandardCharsets.UTF_16BE));
    }

    /** The caller prints "file: message", so the message must be one bilingual line without the name. */
    static void assertUserMessage(ReadException e, String... mustNotContain) {
        String msg = e.getMessage();
        assertFalse(msg.isBlank(), "message is blank");
        assertFalse(msg.contains("\n") || msg.contains("\r"), () -> "message is not one line: " + msg);
        assertTrue(msg.matches("[^(]*\\p{IsHan}.* \\(.+\\)"), () -> "expected 'Chinese (English)': " + msg);
        for (String s : mustNotContain) {
            assertFalse(msg.contains(s), () -> "message contains '" + s + "': " + msg);
        }
    }
}
