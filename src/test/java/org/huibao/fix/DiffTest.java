package org.huibao.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The unified diff {@code huibao fix --diff} prints. */
class DiffTest {

    @Test
    void changedLinesWithThreeLinesOfContextInOneHunkWhenTheyMeet() {
        // 8 and 16 are seven lines apart: their contexts do not meet (diff -u joins them up to six)
        String before = "1\n2\n3\n4,\n5\n6\n7\n8,\n9\n10\n11\n12\n13\n14\n15\n16,\n";
        String after = "1\n2\n3\n4，\n5\n6\n7\n8，\n9\n10\n11\n12\n13\n14\n15\n16，\n";
        assertEquals("""
                --- a/r.txt
                +++ b/r.txt
                @@ -1,11 +1,11 @@
                 1
                 2
                 3
                -4,
                +4，
                 5
                 6
                 7
                -8,
                +8，
                 9
                 10
                 11
                @@ -13,4 +13,4 @@
                 13
                 14
                 15
                -16,
                +16，
                """, Diff.unified("a/r.txt", "b/r.txt", before, after));
    }

    @Test
    void noDiffForTheSameTextAndHiddenCharactersShown() {
        assertEquals("", Diff.unified("a", "b", "甲\n", "甲\n"));
        assertEquals("--- a\n+++ b\n@@ -1,1 +1,1 @@\n-\\x1b[2J甲,\n+\\x1b[2J甲，\n",
                Diff.unified("a", "b", "\u001b[2J甲,", "\u001b[2J甲，"));
    }
}
