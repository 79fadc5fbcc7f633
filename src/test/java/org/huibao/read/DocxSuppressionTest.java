package org.huibao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.huibao.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word comment whose text starts with {@code huibao-ignore HB302} suppresses that rule on the text it
 * comments: the reader finds the comment and its range, the checker leaves the findings there out and
 * counts them.
 */
class DocxSuppressionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static final String TITLE = "县林业局2024年度工作情况的报告";
    /** Paragraph 3: the comment covers 认真真 (columns 5 to 8). */
    private static final String DOUBLED = "今年我局认真真落实各项工作。";
    /** Paragraph 4: the same slip, not commented. */
    private static final String DOUBLED_AGAIN = "我们坚决做到做到，全年任务全部完成。";

    /**
     * Title, addressee, a paragraph with 认真真 under a huibao-ignore HB302 comment, one with 做到做到 under
     * an ordinary comment, and a paragraph between two block-level range marks of a huibao-ignore HB305
     * comment that covers nothing of that rule.
     */
    private Path report() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFComments comments = doc.createComments();
            comments.createComment(BigInteger.ZERO).createParagraph().createRun().setText("huibao-ignore HB302 原文照录");
            comments.createComment(BigInteger.ONE).createParagraph().createRun().setText("请核实：做到做到");
            comments.createComment(BigInteger.TWO).createParagraph().createRun().setText("HUIBAO-IGNORE  hb305");
            doc.createParagraph().createRun().setText(TITLE);
            doc.createParagraph().createRun().setText("县人民政府：");
            DocxSamples.xml(doc.createParagraph(), "<w:r><w:t>今年我局</w:t></w:r><w:commentRangeStart w:id=\"0\"/>"
                    + "<w:r><w:t>认真真</w:t></w:r><w:commentRangeEnd w:id=\"0\"/><w:r><w:t>落实各项工作。</w:t></w:r>"
                    + "<w:r><w:commentReference w:id=\"0\"/></w:r>");
            DocxSamples.xml(doc.createParagraph(), "<w:commentRangeStart w:id=\"1\"/><w:r><w:t>" + DOUBLED_AGAIN
                    + "</w:t></w:r><w:commentRangeEnd w:id=\"1\"/><w:r><w:commentReference w:id=\"1\"/></w:r>");
            XWPFParagraph last = doc.createParagraph();
            last.createRun().setText("全年植树造林1.2万亩。");
            around(last, "2");
            return DocxSamples.write(doc, dir, "林业.docx");
        }
    }

    /** Block-level range marks before and after a paragraph, as Word writes for a comment on whole paragraphs. */
    private static void around(XWPFParagraph p, String id) {
        try (XmlCursor c = p.getCTP().newCursor()) {
            c.beginElement(new QName(DocxSamples.W, "commentRangeStart"));
            c.insertAttributeWithValue(new QName(DocxSamples.W, "id"), id);
        }
        try (XmlCursor c = p.getCTP().newCursor()) {
            c.toEndToken();
            c.toNextToken();
            c.beginElement(new QName(DocxSamples.W, "commentRangeEnd"));
            c.insertAttributeWithValue(new QName(DocxSamples.W, "id"), id);
        }
    }

    @Test
    void theReaderFindsTheIgnoreCommentsAndTheirRanges() throws Exception {
        SourceText source = new WordReader().read(report(), "林业.docx");
        assertTrue(source.text().contains(DOUBLED), "the comments' text stays out: " + source.text());
        assertFalse(source.text().contains("huibao-ignore"), source.text());
        List<Suppression> s = source.suppressions();
        assertEquals(2, s.size(), s.toString());
        Suppression doubled = s.get(0);
        assertEquals("HB302", doubled.rule());
        assertEquals("huibao-ignore HB302", doubled.directive());
        assertEquals(List.of(3, 5, 3, 8), List.of(doubled.fromLine(), doubled.fromColumn(), doubled.toLine(), doubled.toColumn()));
        Suppression block = s.get(1);
        assertEquals("HB305", block.rule());
        assertEquals(List.of(5, 1), List.of(block.fromLine(), block.fromColumn()));
        assertTrue(block.covers(5, 3, 5, 4));
        assertFalse(block.covers(4, 3, 4, 4));
    }

    @Test
    void theCommentedRangeIsSuppressedAndCountedTheRestReported() throws Exception {
        Path docx = report();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", "--format", "json", docx.toString()}, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(err));
        assertTrue(code == 0 || code == 1, err.toString());
        JsonNode report = JSON.readTree(out.toString()).at("/reports/0");
        List<String> seen = new ArrayList<>();
        for (JsonNode f : report.at("/findings")) {
            seen.add(f.at("/rule").asText() + "@" + f.at("/line").asInt() + ":" + f.at("/column").asInt());
        }
        assertFalse(seen.contains("HB302@3:5"), "认真真 is under huibao-ignore HB302: " + seen);
        assertTrue(seen.contains("HB302@4:5"), "做到做到 has only an ordinary comment: " + seen);
        assertTrue(seen.contains("HB001@5:1"), "the HB305 comment suppresses nothing: " + seen);
        assertEquals(1, report.at("/suppressed").asInt());
        assertEquals(1, JSON.readTree(out.toString()).at("/summary/suppressed").asInt());
        assertEquals("", err.toString());
    }
}
