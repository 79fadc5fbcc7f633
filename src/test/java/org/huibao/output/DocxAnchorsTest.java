package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.huibao.api.Lang;
import org.huibao.model.ReportResult;
import org.huibao.model.Score;
import org.huibao.output.Annotations.Anchor;
import org.huibao.output.Annotations.Note;
import org.huibao.read.DocxSamples;
import org.huibao.read.WordReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

/**
 * Comments land on the exact text in the markup Word, WPS and LibreOffice write around it: hyperlinks,
 * tabs and line breaks, hidden text, fields, content controls, tracked insertions and deletions, a
 * paragraph mark deleted in tracked changes, list ordinals that no run holds, characters outside the
 * Basic Multilingual Plane; and the copy reads as the same text.
 */
class DocxAnchorsTest {

    private static final String XMLNS = " xmlns:w=\"" + WordSamples.W + "\"";

    @TempDir
    Path dir;

    /** One paragraph's markup per entry; an entry may hold two w:p (split by "</w:p><w:p>"). */
    private static final List<String> PARAGRAPHS = List.of(
            "<w:r><w:t>关于测试的报告</w:t></w:r>",
            "<w:r><w:t xml:space=\"preserve\">请见</w:t></w:r><w:hyperlink w:anchor=\"top\"><w:r><w:t>链接里的错字</w:t></w:r>"
                    + "</w:hyperlink><w:r><w:t>。</w:t></w:r>",
            "<w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙丁</w:t></w:r>",
            "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>可见的文字</w:t></w:r>",
            "<w:r><w:t>日期</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DATE </w:instrText>"
                    + "</w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2024年6月1日</w:t></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>",
            "<w:r><w:t>保留</w:t></w:r><w:del w:id=\"91\" w:author=\"a\"><w:r><w:delText>删掉</w:delText></w:r></w:del>"
                    + "<w:ins w:id=\"92\" w:author=\"a\"><w:r><w:t>文字</w:t></w:r></w:ins>",
            "<w:pPr><w:rPr><w:del w:id=\"93\" w:author=\"a\"/></w:rPr></w:pPr><w:r><w:t>前半</w:t></w:r></w:p>"
                    + "<w:p><w:r><w:t>后半句</w:t></w:r>",
            "<w:sdt><w:sdtContent><w:r><w:t>控件内容</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t>之后</w:t></w:r>",
            "<w:r><w:t>\uD840\uDC00字与字</w:t></w:r>",
            "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"NUM\"/></w:numPr></w:pPr><w:r><w:t>主要工作</w:t></w:r>");

    /** The text each note is anchored on, as {line (1-based), text}; "" for the ordinal of line 11. */
    private static final String[][] TARGETS = {
        {"2", "错字"}, {"3", "乙丙"}, {"4", "见的"}, {"5", "6月"}, {"6", "留文"}, {"7", "半后"}, {"8", "件内"},
        {"9", "字"}, {"9", "字与"}, {"8", "控件内容之后"}, {"3", "甲\t乙"},
    };

    static Path draft(Path dir) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger numId = DocxSamples.gbNumbering(doc);
            for (String markup : PARAGRAPHS) {
                String[] ps = markup.replace("NUM", numId.toString()).split("</w:p><w:p>");
                for (String p : ps) {
                    try {
                        doc.createParagraph().getCTP().set(CTP.Factory.parse("<xml-fragment" + XMLNS + ">" + p
                                + "</xml-fragment>"));
                    } catch (XmlException e) {
                        throw new IllegalArgumentException(p, e);
                    }
                }
            }
            Path file = dir.resolve("tricky.docx");
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
            return file;
        }
    }

    /** The annotated copy of {@link #draft}: a note on each target, on the ordinal, at an end, over two lines, off the text. */
    static byte[] copy(Path original) throws Exception {
        String text = new WordReader().read(original, "tricky.docx").text();
        String[] lines = text.split("\n", -1);
        List<Note> notes = new ArrayList<>();
        for (String[] t : TARGETS) {
            int line = Integer.parseInt(t[0]);
            String s = lines[line - 1];
            int at = s.indexOf(t[1]);
            if (at < 0) {
                throw new AssertionError(t[1] + " not in " + s);
            }
            int col = s.codePointCount(0, at) + 1;
            notes.add(new Note(new Anchor(line, col, line, col + t[1].codePointCount(0, t[1].length())),
                    List.of("on " + t[1])));
        }
        notes.add(new Note(new Anchor(10, 1, 10, 3), List.of("on the ordinal")));
        notes.add(new Note(new Anchor(2, 9, 2, 9), List.of("an empty place at the end")));
        notes.add(new Note(new Anchor(7, 2, 8, 3), List.of("over two lines")));
        notes.add(new Note(new Anchor(40, 1, 40, 2), List.of("a line the copy does not have")));
        Annotations.Plan plan = new Annotations.Plan(new Note(new Anchor(1, 1, 1, 8), List.of("summary")), notes,
                Labels.of(Lang.ZH));
        ReportResult report = new ReportResult("tricky.docx", "关于测试的报告", Map.of(), List.of(),
                new Score(90, 80, true, List.of(), List.of()), null, "report", text);

        return DocxAnnotator.copy(original, report, plan).orElseThrow(() -> new AssertionError("not copied"));
    }

    @Test
    void everyNoteLandsOnItsTextAndTheCopyReadsTheSame() throws Exception {
        Path original = draft(dir);
        byte[] copy = copy(original);
        String text = new WordReader().read(original, "tricky.docx").text();
        String[] lines = text.split("\n", -1);
        assertEquals("甲\t乙丙丁", lines[2], "the reader's view of a tab and a line break");
        assertEquals("前半后半句", lines[6], "a deleted paragraph mark joins two paragraphs");
        assertEquals("一、主要工作", lines[9], "the ordinal is the list's, in no run");

        WordPackage pkg = WordPackage.of(copy);
        List<WordPackage.Comment> comments = pkg.huibaoComments();
        Map<String, String> anchored = pkg.anchoredText();
        Map<String, String> byText = new java.util.HashMap<>();
        for (WordPackage.Comment c : comments) {
            byText.put(c.text(), anchored.get(c.id()));
        }
        WordPackage.Comment summary = comments.get(0);
        assertEquals("关于测试的报告", anchored.get(summary.id()));
        assertEquals("summary\n未能定位到原文的问题：\n第40段\na line the copy does not have", summary.text(),
                "a note whose line is not in the copy goes into the summary");
        for (String[] t : TARGETS) {
            assertEquals(t[1], byText.get("on " + t[1]), "note on " + t[1]);
        }
        assertEquals("主要工作", byText.get("on the ordinal"), "the paragraph the ordinal stands before");
        assertEquals("。", byText.get("an empty place at the end"), "the last character");
        assertEquals("半后半句控件", byText.get("over two lines"));
        assertEquals(TARGETS.length + 4, comments.size(), "summary and every note but the unplaced one");
        for (WordPackage.Comment c : comments) {
            assertTrue(pkg.references().contains(c.id()), "a mark for " + c.text());
        }

        Path written = Files.write(dir.resolve("copy.docx"), copy);
        assertEquals(text, new WordReader().read(written, "copy.docx").text());
    }
}
