package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.huibao.api.Block;
import org.huibao.api.DocumentFact;
import org.huibao.api.Genre;
import org.huibao.api.Heading;
import org.huibao.api.HeadingKind;
import org.huibao.api.NodeType;
import org.huibao.api.Numbering;
import org.huibao.api.OrdinalMention;
import org.huibao.api.OrdinalStyle;
import org.huibao.api.Span;
import org.huibao.api.Trait;
import org.huibao.api.TraitKind;
import org.junit.jupiter.api.Test;

/**
 * The structure facts mean exactly what the patterns they replace in rules/structure.drl meant: each
 * is compared with its pattern on random texts made of the characters that matter.
 */
class StructureFactsTest {

    private static final Span SPAN = new Span(0, 1, 1, 1, 1, 2);
    private static final String[] PIECES = {
        "一", "二", "三", "九", "十", "百", "零", "两", "〇", "是", "第", "，", ",", "、", "：", ":", ".", "．", "（", "(",
        "）", ")", "①", "②", "⑳", "⑴", "0", "1", "2", "3", "9", " ", "\t", "　", "\n", "\r", "\u0085", "\u2028",
        "\u2029", "附件", "报告", "汇报", "讲话", "述责述廉", "汇报提纲", "述职", "情况", "特此", "专此", "谢谢",
        "汇报完毕", "。", "；", "！", "?", "x", "工作", "1.", "12", "100", "101", "2024", "第二", "十二", "二十一",
    };

    private static String random(Random r, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    private static Heading heading(OrdinalStyle style) {
        return new Heading(0, SPAN, "", SPAN, HeadingKind.NUMBERED, Math.max(style.level(), 1), "", style, 1, false,
                -1, SPAN, -1);
    }

    @Test
    void ordinalMentionsAreThoseTheMentionsPatternFinds() {
        Random r = new Random(20240611);
        for (int i = 0; i < 8_000; i++) {
            String text = random(r, 1 + r.nextInt(8));
            Set<StructureFacts.Key> found = StructureFacts.find(text);
            List<OrdinalMention> mentions = new ArrayList<>();
            for (StructureFacts.Key k : found) {
                mentions.add(new OrdinalMention(0, NodeType.SENTENCE, 0, k.form(), k.value()));
            }
            Set<Integer> values = new TreeSet<>();
            for (int v = -1; v <= 25; v++) {
                values.add(v);
            }
            values.add(99);
            values.add(100);
            values.add(101);
            values.add(1000);
            values.add(2024);
            values.add(Integer.MAX_VALUE);
            for (StructureFacts.Key k : found) {
                values.add(k.value());
            }
            for (OrdinalStyle style : OrdinalStyle.values()) {
                Heading h = heading(style);
                for (int v : values) {
                    boolean expected = Numbering.mentions(text, h, v);
                    boolean actual = mentions.stream().anyMatch(m -> m.names(h, v));
                    assertEquals(expected, actual, () -> style + " " + v + " in «" + text + "»");
                }
            }
        }
    }

    @Test
    void traitsAreThoseThePatternsFind() {
        Random r = new Random(7);
        String types = ".*(报告|汇报|总结|述职|述责|述廉|情况|发言|讲话|致辞|材料|自查|调研|调查|经验|做法|回顾).*";
        String spoken = ".*(讲话|发言|致辞|汇报提纲|述职|述责述廉).*";
        for (int i = 0; i < 40_000; i++) {
            String text = random(r, 1 + r.nextInt(6));
            String t = r.nextInt(4) == 0 ? "附件" + text : text;
            assertEquals(t.matches("附件\\s*[0-9一二三四五六七八九十]*\\s*[：:].*"), StructureFacts.attachmentNote(t), t);
            assertEquals(t.matches("附件\\s*[0-9一二三四五六七八九十]*"), StructureFacts.attachmentLabel(t), t);
            DocumentFact d = new DocumentFact("a.txt", t, SPAN, Genre.REPORT, 0, 0);
            assertEquals(t.matches(types), d.titleNamesKind(), t);
            assertEquals(t.matches(spoken), d.titleNamesSpokenKind(), t);
            assertEquals(t.matches("^(特此|专此)(报告|汇报).*"), has(NodeType.CLOSING, t, TraitKind.WRITTEN_CLOSING), t);
            assertEquals(t.matches("^(汇报完毕|谢谢).*"), has(NodeType.CLOSING, t, TraitKind.SPOKEN_CLOSING), t);
            assertEquals(!t.matches(".*："), !has(NodeType.ADDRESSEE, t, TraitKind.ADDRESSEE_COLON), t);
            assertEquals(t.matches("附件\\s*[0-9一二三四五六七八九十]*\\s*[：:].*"),
                    has(NodeType.PARAGRAPH, t, TraitKind.ATTACHMENT_NOTE), t);
            assertEquals(t.length() <= 60 && t.matches(types) && !t.matches(".*[。：:，,；;！？!?].*"),
                    has(NodeType.PARAGRAPH, t, TraitKind.TITLE_LIKE), t);
        }
    }

    @Test
    void shapeIsTheOrdinalWithItsNumberTakenOut() {
        Random r = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String o = random(r, 1 + r.nextInt(4));
            assertEquals(o.replaceAll("[0-9一二三四五六七八九十百零〇两]+", "#"), Numbering.shape(o), o);
        }
    }

    private static boolean has(NodeType type, String text, TraitKind kind) {
        List<Trait> traits = new ArrayList<>();
        StructureFacts.blockTraits(new Block(0, type, SPAN, text, -1, 0), traits);
        return traits.stream().anyMatch(t -> t.kind() == kind);
    }
}
