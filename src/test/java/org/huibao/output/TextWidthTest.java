package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextWidthTest {

    @Test
    void cjkAndFullWidthPunctuationTakeTwoColumns() {
        assertEquals(8, TextWidth.of("组织领导"));
        assertEquals(4, TextWidth.of("a，b"));
        assertEquals(5, TextWidth.of("line "));
        assertEquals(2, TextWidth.of("𠀀"));
    }

    @Test
    void padCountsDisplayColumns() {
        assertEquals("组织领导  ", TextWidth.pad("组织领导", 10));
        assertEquals("下一步措施", TextWidth.pad("下一步措施", 6));
    }

    @Test
    void truncateCountsCodePointsAndKeepsSurrogatePairsWhole() {
        assertEquals("ab…", TextWidth.truncate("abc", 2, "…"));
        assertEquals("abc", TextWidth.truncate("abc", 3, "…"));
        assertEquals("𠀀𠀁…", TextWidth.truncate("𠀀𠀁𠀂", 2, "…"));
    }
}
