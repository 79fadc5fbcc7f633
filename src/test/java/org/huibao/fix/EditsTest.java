package org.huibao.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.huibao.api.Message;
import org.huibao.model.Finding;
import org.huibao.model.Fix;
import org.huibao.model.Location;
import org.huibao.model.Severity;
import org.junit.jupiter.api.Test;

/** Which fixes are made together, where, and what the text becomes. */
class EditsTest {

    /** A finding of {@code rule} whose fix replaces {@code text} at line:column with {@code replacement}. */
    private static Finding fix(String rule, int line, int column, String text, String replacement) {
        Location at = new Location(line, column, line, column + text.codePointCount(0, text.length()), text);
        return new Finding(rule, Severity.WARNING, new Message("m", "m"), at, Message.NONE, null)
                .withFix(new Fix(at, replacement));
    }

    private static String fixed(String text, Finding... findings) {
        Edits e = new Edits(text);
        return e.apply(e.plan(List.of(findings)).made());
    }

    @Test
    void fixesAreMadeFromTheEndSoThatNoneMovesAnother() {
        String text = "今年以来,我局认真落实部署，，全面加强党风廉政建建设。\n第二行潮聚力量。";
        assertEquals("今年以来，我局认真落实部署，全面加强党风廉政建设。\n第二行凝聚力量。", fixed(text,
                fix("HB403", 1, 5, ",", "，"), fix("HB404", 1, 14, "，，", "，"), fix("HB302", 1, 24, "建建", "建"),
                fix("HB305", 2, 4, "潮聚", "凝聚")));
    }

    @Test
    void overlappingFixesMakeOneAndLeaveTheOtherForTheNextRun() {
        Edits e = new Edits("坚定“四个意识”,加强");
        Finding whole = fix("HB304", 1, 1, "坚定“四个意识”", "增强“四个意识”");
        Finding inside = fix("XB001", 1, 3, "“四个意识”", "“四个意识”。");
        Edits.Plan plan = e.plan(List.of(whole, inside));
        assertEquals(1, plan.made().size());
        assertEquals(1, plan.skipped().size());
        assertEquals(Edits.Skip.OVERLAPS, plan.skipped().get(0).why());
        // from the end backwards: the later start is taken, the one it overlaps waits
        assertEquals("XB001", plan.made().get(0).finding().rule());
        assertEquals("坚定“四个意识”。,加强", e.apply(plan.made()));
    }

    @Test
    void twoRulesAskingForTheSameEditGetItOnce() {
        Edits e = new Edits("加强组织领导,成立专班");
        Edits.Plan plan = e.plan(List.of(fix("HB403", 1, 7, ",", "，"), fix("XB403", 1, 7, ",", "，")));
        assertEquals(2, plan.made().size(), "both are answered");
        assertEquals("加强组织领导，成立专班", e.apply(plan.made()));
    }

    @Test
    void aFixWhoseTextIsNotThereIsNotMade() {
        Edits e = new Edits("加强组织领导，成立专班");
        Edits.Plan plan = e.plan(List.of(fix("HB403", 1, 7, ",", "，"), fix("HB403", 9, 1, ",", "，")));
        assertEquals(0, plan.made().size());
        assertEquals(List.of(Edits.Skip.TEXT_DIFFERS, Edits.Skip.TEXT_DIFFERS),
                plan.skipped().stream().map(Edits.Skipped::why).toList());
    }

    @Test
    void linesEndAtLfCrlfAndCrAndColumnsCountCodePoints() {
        // 𠀀 is one code point in two chars: the column after it is one more, the offset two more
        String text = "第一行\r\n𠀀潮聚力量\r第三行,\n";
        Edits e = new Edits(text);
        assertEquals(text.indexOf("潮聚"), e.offset(2, 2));
        assertEquals(text.indexOf(','), e.offset(3, 4));
        assertEquals(text.indexOf('\r', 8), e.offset(2, 6), "the column after the last character is the line's end");
        assertEquals(-1, e.offset(2, 8), "past the line's end");
        assertEquals("第一行\r\n𠀀凝聚力量\r第三行，\n",
                fixed(text, fix("HB305", 2, 2, "潮聚", "凝聚"), fix("HB403", 3, 4, ",", "，")));
    }

    @Test
    void aFixMayDeleteOrInsert() {
        Location mark = new Location(1, 3, 1, 4, "、");
        Location point = new Location(1, 7, 1, 7, "");
        Finding delete = new Finding("XB1", Severity.INFO, Message.NONE, mark, Message.NONE, null).withFix(new Fix(mark, ""));
        Finding insert = new Finding("XB2", Severity.INFO, Message.NONE, point, Message.NONE, null)
                .withFix(new Fix(point, "。"));
        assertEquals("甲乙丙丁戊。", fixed("甲乙、丙丁戊", delete, insert));
    }

    @Test
    void findingsWithoutAFixAreNotLookedAt() {
        Location at = new Location(1, 1, 1, 3, "甲乙");
        Edits.Plan plan = new Edits("甲乙").plan(List.of(new Finding("HB301", Severity.ERROR, Message.NONE, at, Message.NONE,
                null)));
        assertEquals(0, plan.made().size());
        assertEquals(0, plan.skipped().size());
        assertNull(new Edits("甲乙").place(fix("HB1", 1, 1, "甲丙", "x")));
    }
}
