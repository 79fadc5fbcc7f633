package org.huibao.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.huibao.parse.StructureParser;
import org.huibao.read.ReadException;
import org.huibao.read.SourceText;
import org.huibao.read.WordReader;

/**
 * The Word reader on hostile files. Two shapes of input: raw bytes under a .docx name (an input that
 * starts with "PK": damaged zips, other formats), and otherwise a well-formed package whose document,
 * styles, numbering and settings parts are the input's markup, which reaches the extractor's own walk over paragraphs, runs, fields, tracked
 * changes and list numbering. Either the file is read, and its text parses, or the reader refuses it
 * with a {@link ReadException} carrying a one-line reason.
 *
 * <p>{@code mvn test} runs it on the inputs saved under {@code DocxFuzzTestInputs}; fuzz it with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=DocxFuzzTest}.
 */
class DocxFuzzTest {
    private static final WordReader READER = new WordReader(4L << 20);
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:pPr>", "</w:pPr>", "<w:numPr>",
            "<w:ilvl w:val=\"", "<w:numId w:val=\"", "<w:abstractNum w:abstractNumId=\"", "<w:num w:numId=\"",
            "<w:lvl w:ilvl=\"", "<w:start w:val=\"", "<w:numFmt w:val=\"chineseCounting\"/>", "<w:lvlText w:val=\"%1、\"/>",
            "<w:lvlOverride w:ilvl=\"0\">", "<w:startOverride w:val=\"", "<w:pStyle w:val=\"", "<w:style w:styleId=\"",
            "<w:basedOn w:val=\"", "<w:ins>", "<w:del>", "<w:delText>", "<w:fldChar w:fldCharType=\"begin\"/>",
            "<w:instrText>TOC</w:instrText>", "<w:sdt><w:sdtContent>", "<w:tbl><w:tr><w:tc>", "<w:ind w:firstLine=\"",
            "w:firstLineChars=\"", "<w:sz w:val=\"", "<w:rFonts w:eastAsia=\"", "<w:pgMar w:top=\"", "<w:sectPr>",
            "<w:tab/>", "<w:br/>", "<w:vanish/>", "<w:defaultTabStop w:val=\"", "-", "999999999999", "1e309", "&#",
            "<!DOCTYPE", "<!ENTITY", "一、", "（一）"})
    void docx(byte[] data) throws IOException {
        byte[] file = startsWithZip(data) ? data : pack(new String(data, StandardCharsets.UTF_8));
        Path p = Files.createTempFile("fuzz", ".docx");
        try {
            Files.write(p, file);
            SourceText source = READER.read(p, "fuzz.docx");
            Invariants.report(new StructureParser().parse(source.name(), source.text()));
        } catch (ReadException e) {
            Invariants.readReason(e.getMessage());
        } finally {
            Files.deleteIfExists(p);
        }
    }

    private static boolean startsWithZip(byte[] data) {
        return data.length >= 2 && data[0] == 'P' && data[1] == 'K';
    }

    /**
     * A package Word would open, with the markup from the input in the parts the extractor reads:
     * the body, styles, numbering and settings, separated by U+0001 (so that seeds are readable
     * text). Each is wrapped in its root element unless it starts with "<?xml".
     */
    private static byte[] pack(String input) {
        String[] parts = input.split("\u0001", 4);
        String body = wrap(parts[0], "document", "<w:body>", "</w:body>");
        String styles = wrap(parts.length > 1 ? parts[1] : "", "styles", "", "");
        String numbering = wrap(parts.length > 2 ? parts[2] : "", "numbering", "", "");
        String settings = wrap(parts.length > 3 ? parts[3] : "", "settings", "", "");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            entry(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
            entry(z, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + rel + "numbering\" Target=\"numbering.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"" + rel + "settings\" Target=\"settings.xml\"/>"
                    + "</Relationships>");
            entry(z, "word/document.xml", body);
            entry(z, "word/styles.xml", styles);
            entry(z, "word/numbering.xml", numbering);
            entry(z, "word/settings.xml", settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String wrap(String markup, String root, String open, String close) {
        if (markup.startsWith("<?xml")) {
            return markup;
        }
        return "<w:" + root + " " + W + ">" + open + markup + close + "</w:" + root + ">";
    }

    private static void entry(ZipOutputStream z, String name, String content) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(content.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }
}
