package org.huibao.read;

import static org.huibao.read.Samples.BIG5;
import static org.huibao.read.Samples.GB18030;
import static org.huibao.read.Samples.GBK;
import static org.huibao.read.Samples.REPORT;
import static org.huibao.read.Samples.bytes;
import static org.huibao.read.Samples.concat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.huibao.read.CharsetDetector.Detected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CharsetDetectorTest {

    private static void assertDetected(byte[] bytes, Charset charset, int bomLength) {
        assertEquals(new Detected(charset, bomLength), CharsetDetector.detect(bytes));
    }

    @Test
    void utf8WithoutBom() {
        assertDetected(REPORT.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, 0);
    }

    @Test
    void pureAsciiIsUtf8() {
        assertDetected("2024 report\n".getBytes(StandardCharsets.US_ASCII), StandardCharsets.UTF_8, 0);
    }

    @Test
    void byteOrderMarks() {
        byte[] body = "报告".getBytes(StandardCharsets.UTF_8);
        assertDetected(concat(bytes(0xEF, 0xBB, 0xBF), body), StandardCharsets.UTF_8, 3);
        assertDetected(Samples.utf16leBom("报告"), StandardCharsets.UTF_16LE, 2);
        assertDetected(Samples.utf16beBom("报告"), StandardCharsets.UTF_16BE, 2);
        assertDetected(concat(bytes(0xFF, 0xFE, 0, 0), "报告".getBytes(Charset.forName("UTF-32LE"))),
                Charset.forName("UTF-32LE"), 4);
        assertDetected(concat(bytes(0, 0, 0xFE, 0xFF), "报告".getBytes(Charset.forName("UTF-32BE"))),
                Charset.forName("UTF-32BE"), 4);
    }

    @Test
    void bomWinsOverContent() {
        // The BOM is the writer's explicit statement, even if the rest would also pass as something else.
        assertDetected(concat(bytes(0xFE, 0xFF), "ab".getBytes(StandardCharsets.UTF_16BE)), StandardCharsets.UTF_16BE, 2);
    }

    @Test
    void gbkReportIsGb18030() {
        assertDetected(REPORT.getBytes(GBK), GB18030, 0);
        assertDetected(REPORT.getBytes(GB18030), GB18030, 0);
    }

    /** juniversalchardet names windows-1252, KOI8-R or TIS-620 for texts this short; GB18030 must win. */
    @ParameterizedTest
    @ValueSource(strings = {"报告", "工作报告", "会议纪要", "落实", "第一季度", "经费", "同志们：", "谢谢大家！"})
    void shortGbkIsGb18030(String s) {
        assertDetected(s.getBytes(GBK), GB18030, 0);
    }

    @Test
    void everyShortSliceOfAGbkReportDecodesBack() throws Exception {
        String flat = REPORT.replace("\n", "");
        for (int len = 4; len <= 12; len++) {
            for (int start = 0; start + len <= flat.length(); start++) {
                String slice = flat.substring(start, start + len);
                byte[] b = slice.getBytes(GBK);
                Detected d = CharsetDetector.detect(b);
                assertEquals(slice, CharsetDetector.decodeStrictly(b, d.bomLength(), d.charset()), slice);
            }
        }
    }

    @Test
    void big5IsKeptWhenTheDetectorIsSure() {
        assertDetected("測試繁體中文報告內容，確保正確識別。".getBytes(BIG5), BIG5, 0);
    }

    @Test
    void singleByteVerdictsAreNotTrusted() {
        // juniversalchardet calls this windows-1252; it is not a Chinese report, so no guess is honoured.
        byte[] b = "Café résumé naïve déjà vu, ça va très bien.".getBytes(Charset.forName("windows-1252"));
        Detected d = CharsetDetector.detect(b);
        assertEquals(new Detected(GB18030, 0), d);
        assertFalse(CharsetDetector.decodesStrictly(b, 0, d.charset()));
    }

    @Test
    void undecodableBytesStillGetABestGuessThatFailsStrictDecoding() {
        byte[] b = bytes(0xFF, 0xFF, 0xFF, 0x80, 0xFF);
        Detected d = CharsetDetector.detect(b);
        assertEquals(0, d.bomLength());
        assertFalse(CharsetDetector.decodesStrictly(b, 0, d.charset()));
    }

    @Test
    void damagedUtf8IsNotMistakenForGb18030() {
        byte[] utf8 = REPORT.getBytes(StandardCharsets.UTF_8);
        byte[] damaged = concat(Arrays.copyOfRange(utf8, 0, 10), Arrays.copyOfRange(utf8, 11, utf8.length));
        byte[] truncated = Arrays.copyOf(utf8, utf8.length - 2);
        assertDetected(damaged, StandardCharsets.UTF_8, 0);
        assertDetected(truncated, StandardCharsets.UTF_8, 0);
    }

    @Test
    void gbkDoesNotLookLikeDamagedUtf8() {
        assertFalse(CharsetDetector.looksLikeDamagedUtf8(REPORT.getBytes(GBK)));
        assertFalse(CharsetDetector.looksLikeDamagedUtf8((REPORT + Samples.INDENTED).getBytes(GBK)));
        assertFalse(CharsetDetector.looksLikeDamagedUtf8("报告".getBytes(GBK)));
        assertTrue(CharsetDetector.looksLikeDamagedUtf8(concat(REPORT.getBytes(StandardCharsets.UTF_8), bytes(0xE4))));
    }

    @Test
    void wideCharsets() {
        assertTrue(CharsetDetector.isWide(StandardCharsets.UTF_16LE));
        assertTrue(CharsetDetector.isWide(Charset.forName("UTF-32BE")));
        assertFalse(CharsetDetector.isWide(StandardCharsets.UTF_8));
        assertFalse(CharsetDetector.isWide(GB18030));
    }
}
