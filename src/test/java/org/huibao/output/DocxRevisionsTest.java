package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.transform.TransformerException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.huibao.cli.Main;
import org.huibao.model.Finding;
import org.huibao.model.Fix;
import org.huibao.model.ReportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The corrected Word copy: each fix a tracked change by huibao that a reviewer can accept or reject,
 * the runs split at its ends with their formatting kept, nothing else of the package changed, and a fix
 * the markup cannot carry left out.
 */
class DocxRevisionsTest {

    private static final Instant WHEN = Instant.parse("2025-01-10T08:00:00Z");

    @TempDir
    Path dir;

    private static List<Fix> fixes(ReportResult r) {
        return r.findings().stream().map(Finding::fix).filter(f -> f != null).toList();
    }

    @Test
    void eachFixIsATrackedChangeByHuibaoAndNothingElseChanges() throws Exception {
        Path original = WordSamples.draft(dir, "draft.docx");
        byte[] before = Files.readAllBytes(original);
        ReportResult r = DocxFormatterTest.check(original);
        List<Fix> fixes = fixes(r);
        assertEquals(3, fixes.size(), "the three 推动推动; the placeholder has none");
        DocxRevisions.Copy copy = DocxRevisions.copy(original, r.text(), fixes, WHEN).orElseThrow();
        // the third 推动推动 is half inside another author's tracked insertion: not huibao's to change
        assertEquals(List.of(true, true, false), copy.made());
        assertArrayEquals(before, Files.readAllBytes(original), "the original is only read");

        WordPackage was = WordPackage.of(before);
        WordPackage now = WordPackage.of(copy.bytes());
        assertEquals(was.parts().keySet(), now.parts().keySet());
        for (Map.Entry<String, byte[]> part : was.parts().entrySet()) {
            if (!part.getKey().equals("word/document.xml")) {
                assertArrayEquals(part.getValue(), now.parts().get(part.getKey()), part.getKey() + " copied byte for byte");
            }
        }

        Document doc = now.xml("word/document.xml");
        List<Element> dels = huibao(doc, "del");
        List<Element> inss = huibao(doc, "ins");
        assertEquals(2, dels.size());
        assertEquals(2, inss.size());
        Set<String> ids = new HashSet<>();
        for (Element change : concat(dels, inss)) {
            assertEquals("2025-01-10T08:00:00Z", change.getAttributeNS(WordSamples.W, "date"));
            assertTrue(ids.add(change.getAttributeNS(WordSamples.W, "id")), "ids are unique");
        }
        assertFalse(ids.contains("90"), "the id of the author's own insertion is not reused");
        for (Element del : dels) {
            assertEquals("推动推动", del.getTextContent());
            assertEquals(0, del.getElementsByTagNameNS(WordSamples.W, "t").getLength(), "deleted text is w:delText");
            Element ins = (Element) del.getNextSibling();
            assertEquals("ins", ins.getLocalName(), "the new text right after the old");
            assertEquals("推动", ins.getTextContent());
        }

        // accepted (as huibao reads it): the corrected text; rejected: the original, character for character
        Path accepted = dir.resolve("accepted.docx");
        Files.write(accepted, copy.bytes());
        ReportResult read = DocxFormatterTest.check(accepted);
        assertEquals(r.text().replace("推动推动工作落实", "推动工作落实").replace("推动推动支部", "推动支部"), read.text());
        assertEquals(List.of("HB301", "HB302"), read.findings().stream().map(Finding::rule).toList());
        Path rejected = dir.resolve("rejected.docx");
        Files.write(rejected, withDocument(copy.bytes(), reject(doc)));
        assertEquals(r.text(), DocxFormatterTest.check(rejected).text());

        // POI opens it and sees the changes
        try (XWPFDocument poi = new XWPFDocument(new ByteArrayInputStream(copy.bytes()))) {
            int ins = 0;
            int del = 0;
            for (XWPFParagraph p : poi.getParagraphs()) {
                ins += p.getCTP().getInsList().size();
                del += p.getCTP().getDelList().size();
            }
            assertEquals(3, ins, "huibao's two and the author's own");
            assertEquals(2, del);
        }
    }

    @Test
    void runsAreSplitAtTheEditAndKeepTheirFormatting() throws Exception {
        Path file = dir.resolve("formatted.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("关于2024年党建工作情况的报告");
            XWPFParagraph p = doc.createParagraph();
            XWPFRun bold = p.createRun();
            bold.setText("全面加强党风廉政建");
            bold.setBold(true);
            XWPFRun italic = p.createRun();
            italic.setText("建设，引导党员干部坚定“四个意识”。");
            italic.setItalic(true);
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        ReportResult r = DocxFormatterTest.check(file);
        DocxRevisions.Copy copy = DocxRevisions.copy(file, r.text(), fixes(r), WHEN).orElseThrow();
        assertEquals(List.of(true, true), copy.made());
        Document doc = WordPackage.of(copy.bytes()).xml("word/document.xml");
        Element doubled = huibao(doc, "del").get(0);
        assertEquals(2, doubled.getElementsByTagNameNS(WordSamples.W, "r").getLength(), "建 of the bold run and 建 of the italic");
        Element ins = (Element) doubled.getNextSibling();
        assertEquals(1, ins.getElementsByTagNameNS(WordSamples.W, "b").getLength(), "the new 建 is set as the first old one");
        Element before = (Element) doubled.getPreviousSibling();
        assertEquals("全面加强党风廉政", before.getTextContent());
        assertEquals(1, before.getElementsByTagNameNS(WordSamples.W, "b").getLength(), "what stays keeps its run's formatting");
        Element formulation = huibao(doc, "del").get(1);
        assertEquals("坚定“四个意识”", formulation.getTextContent());
        assertEquals(1, ((Element) formulation.getNextSibling()).getElementsByTagNameNS(WordSamples.W, "i").getLength());
        Path accepted = dir.resolve("accepted.docx");
        Files.write(accepted, copy.bytes());
        assertEquals(r.text().replace("建建设", "建设").replace("坚定“四个意识”", "增强“四个意识”"),
                DocxFormatterTest.check(accepted).text());
    }

    @Test
    void anEditAcrossAHyperlinkIsLeftOutAndTheOthersAreMade() throws Exception {
        Path file = dir.resolve("link.docx");
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("关于2024年党建工作情况的报告");
            XWPFParagraph p = doc.createParagraph();
            p.createHyperlinkRun("https://example.org/").setText("新征程上潮");
            p.createRun().setText("聚奋进力量,全面加强党风廉政建设。");
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
        ReportResult r = DocxFormatterTest.check(file);
        assertEquals(List.of("HB305", "HB403"), r.findings().stream().filter(f -> f.fix() != null).map(Finding::rule).toList());
        DocxRevisions.Copy copy = DocxRevisions.copy(file, r.text(), fixes(r), WHEN).orElseThrow();
        assertEquals(List.of(false, true), copy.made(), "潮聚 runs from the link into the text after it");
    }

    @Test
    void huibaoFixWritesTheWordCopyAndSaysWhatItLeft() throws Exception {
        Path original = WordSamples.draft(dir, "draft.docx");
        byte[] before = Files.readAllBytes(original);
        Path out = dir.resolve("fixed");
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(new String[] {"fix", original.toString(), "--out", out.toString(), "-q"},
                new PrintWriter(stdout), new PrintWriter(stderr));
        assertEquals(1, code, "the placeholder still fails it: " + stdout + stderr);
        assertEquals(original + " → " + out.resolve("draft.docx") + "：改正 2 处（HB302 2 处）；还有 2 处问题需要人工处理\n"
                + "共 1 个文件：改正 2 处；还有 2 处问题需要人工处理；通过 0，不通过 1，无法读取 0\n", stdout.toString());
        assertArrayEquals(before, Files.readAllBytes(original));
        assertEquals(2, huibao(WordPackage.of(Files.readAllBytes(out.resolve("draft.docx"))).xml("word/document.xml"), "del")
                .size());
    }

    /** huibao's tracked changes of a kind (del or ins), in document order. */
    static List<Element> huibao(Document doc, String kind) {
        List<Element> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS(WordSamples.W, kind);
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (DocxRevisions.AUTHOR.equals(e.getAttributeNS(WordSamples.W, "author"))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The document with huibao's changes rejected, as Word's "reject all" leaves it. */
    private static byte[] reject(Document doc) throws TransformerException {
        for (Element ins : huibao(doc, "ins")) {
            ins.getParentNode().removeChild(ins);
        }
        for (Element del : huibao(doc, "del")) {
            NodeList texts = del.getElementsByTagNameNS(WordSamples.W, "delText");
            for (int i = texts.getLength() - 1; i >= 0; i--) {
                doc.renameNode(texts.item(i), WordSamples.W, texts.item(i).getPrefix() + ":t");
            }
            while (del.getFirstChild() != null) {
                Node n = del.getFirstChild();
                del.getParentNode().insertBefore(n, del);
            }
            del.getParentNode().removeChild(del);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DocxAnnotator.serialize(doc, out);
        return out.toByteArray();
    }

    /** The package with another main document part. */
    private static byte[] withDocument(byte[] docx, byte[] document) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : WordPackage.of(docx).parts().entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getKey().equals("word/document.xml") ? document : part.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<Element> concat(List<Element> a, List<Element> b) {
        List<Element> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
