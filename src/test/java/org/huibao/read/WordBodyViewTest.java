package org.huibao.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * The annotated copy's view of a document is the reader's: the same lines (less the list ordinals, which
 * no run holds), each character traced to the run it is in, however deep the markup nests.
 */
class WordBodyViewTest {

    private static final String D = " w:author=\"a\" w:date=\"2024-01-01T00:00:00Z\"";

    @TempDir
    Path dir;

    @Test
    void theViewHasTheReadersLinesAndEachCharacterItsRun() throws Exception {
        Path file;
        try (XWPFDocument d = new XWPFDocument()) {
            var numId = DocxSamples.gbNumbering(d);
            DocxSamples.xml(d.createParagraph(), "<w:r><w:t>关于2024年度工作情况的报告</w:t></w:r>");
            DocxSamples.xml(d.createParagraph(), "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId
                    + "\"/></w:numPr></w:pPr><w:r><w:t>主要工作</w:t></w:r>");
            DocxSamples.xml(d.createParagraph(), "<w:r><w:t>全年召开会议</w:t></w:r><w:del w:id=\"1\"" + D
                    + "><w:r><w:delText>5</w:delText></w:r></w:del><w:ins w:id=\"2\"" + D + "><w:r><w:t>7</w:t></w:r></w:ins>"
                    + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:t>次。</w:t></w:r>");
            DocxSamples.xml(d.createParagraph(), "<w:pPr><w:rPr><w:del w:id=\"3\"" + D + "/></w:rPr></w:pPr>"
                    + "<w:r><w:t>上半句，</w:t></w:r>");
            DocxSamples.xml(d.createParagraph(), "<w:r><w:t>下半句。Work</w:t><w:br/><w:t>Report</w:t></w:r>");
            // text inside 200 nested content controls: deeper than any walk with a depth limit follows
            DocxSamples.xml(d.createParagraph(), "<w:sdt><w:sdtContent>".repeat(200) + "<w:r><w:t>嵌套很深的文字</w:t></w:r>"
                    + "</w:sdtContent></w:sdt>".repeat(200));
            XWPFTable t = d.createTable(2, 2);
            t.getRow(0).getCell(0).setText("甲一");
            t.getRow(0).getCell(1).setText("甲二");
            t.getRow(1).getCell(0).setText("删除的行");
            t.getRow(1).getCtRow().addNewTrPr().addNewDel().setId(java.math.BigInteger.valueOf(9));
            DocxSamples.xml(d.createParagraph(), "<w:r><w:t>结尾。</w:t></w:r>");
            file = DocxSamples.write(d, dir, "view.docx");
        }
        List<String> read = List.of(new WordReader().read(file, "view.docx").text().split("\n", -1));
        assertEquals(List.of("关于2024年度工作情况的报告", "一、主要工作", "全年召开会议7次。", "上半句，下半句。Work Report",
                "嵌套很深的文字", "甲一", "甲二", "结尾。"), read);

        Element root = DocumentHelper.readDocument(new ByteArrayInputStream(part(file, "word/document.xml")))
                .getDocumentElement();
        String ns = root.getNamespaceURI();
        List<WordBodyView.Line> lines = WordBodyView.lines(root, ns, new WordStyleView(ns, null));
        assertEquals(List.of("关于2024年度工作情况的报告", "主要工作", "全年召开会议7次。", "上半句，下半句。Work Report",
                "嵌套很深的文字", "甲一", "甲二", "结尾。"), lines.stream().map(WordBodyView.Line::text).toList(),
                "the reader's lines, the ordinal aside");
        assertEquals(2, lines.get(3).paragraphs().size(), "a deleted mark joins two paragraphs into one line");
        for (WordBodyView.Line line : lines) {
            assertEquals(line.text().length(), line.sources().size());
            for (int i = 0; i < line.text().length(); i++) {
                WordBodyView.Source s = line.sources().get(i);
                assertTrue(root.getOwnerDocument() == s.run().getOwnerDocument(), "the document's own run");
                char c = line.text().charAt(i);
                if (c != ' ') {
                    assertEquals(c, s.child().getTextContent().charAt(s.offset()), line.text() + " at " + i);
                }
            }
        }
        WordBodyView.Line again = WordBodyView.reread(lines.get(3).paragraphs(), ns, new WordStyleView(ns, null));
        assertEquals(lines.get(3).text(), again.text());
    }

    private static byte[] part(Path docx, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new IOException(name + " not in " + docx);
    }
}
