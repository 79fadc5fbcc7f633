package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** A table holds exactly the characters its test holds for, at every bit of every word. */
class CharTableTest {
    @Test
    void holdsExactlyTheCharactersOfItsTest() {
        IntPredicate[] tests = {
            c -> "【〔（(_＿‗ \u3000…·.—－×0０OＯ百%％".indexOf(c) >= 0,
            c -> c % 64 == 63 || c % 64 == 0, // the first and last bit of every word
            c -> Character.getType(c) == Character.OTHER_SYMBOL,
            c -> c == 0xFFFF,
        };
        for (IntPredicate test : tests) {
            CharTable table = CharTable.where(test);
            for (int i = 0; i < 1 << 16; i++) {
                int c = i;
                assertEquals(test.test(c), table.has((char) c), () -> "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void holdsExactlyTheCharactersItIsGiven() {
        String members = "\u0000?版板\u003f\u0040\uffff";
        CharTable table = CharTable.of(members);
        for (int i = 0; i < 1 << 16; i++) {
            int c = i;
            assertEquals(members.indexOf(c) >= 0, table.has((char) c), () -> "U+" + Integer.toHexString(c));
        }
    }
}
