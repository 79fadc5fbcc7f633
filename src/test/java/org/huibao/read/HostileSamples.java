package org.huibao.read;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * Hostile PDF and Word files, built at test time and small on disk: content streams and document
 * parts that inflate far beyond their compressed size, and structures nested thousands deep.
 */
public final class HostileSamples {

    private HostileSamples() {
    }

    /**
     * One page whose content stream repeats {@code operator} (e.g. {@code "(a) Tj"}) {@code count}
     * times inside one text object; compressed, two million text operators take about 100 KB.
     */
    public static Path pdfRepeating(Path file, String operator, int count) throws IOException {
        return pdfPages(file, 1, operator, count);
    }

    /** {@code pages} pages sharing one content stream that repeats {@code operator} {@code count} times. */
    public static Path pdfPages(Path file, int pages, String operator, int count) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDResources resources = new PDResources();
            COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            StringBuilder content = new StringBuilder("BT /" + font.getName() + " 4 Tf 20 800 Td 5 TL\n");
            for (int i = 0; i < count; i++) {
                content.append(operator).append('\n');
            }
            content.append("ET\n");
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.setResources(resources);
                page.setContents(stream);
                doc.addPage(page);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * One page drawing a form that draws another {@code fan} times, {@code levels} deep, the innermost
     * running {@code operator}: {@code fan}^{@code levels} operators from a file of 2 KB.
     */
    public static Path pdfFormFanOut(Path file, int fan, int levels, String operator) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFormXObject form = form(doc, new PDResources(), operator);
            for (int level = 0; level < levels; level++) {
                PDResources resources = new PDResources();
                String draw = "/" + resources.add(form).getName() + " Do\n";
                form = form(doc, resources, draw.repeat(fan));
            }
            PDResources resources = new PDResources();
            COSName name = resources.add(form);
            page.setResources(resources);
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(("/" + name.getName() + " Do").getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            doc.save(file.toFile());
        }
        return file;
    }

    private static PDFormXObject form(PDDocument doc, PDResources resources, String content) throws IOException {
        PDFormXObject form = new PDFormXObject(doc);
        form.setBBox(PDRectangle.A4);
        form.setResources(resources);
        try (OutputStream out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        return form;
    }

    /** One page with a line of text, below {@code depth} intermediate page-tree nodes. */
    public static Path pdfNestedPageTree(Path file, int depth) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDResources resources = new PDResources();
            COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            page.setResources(resources);
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(("BT /" + font.getName() + " 12 Tf 72 700 Td (Work report of the year) Tj ET")
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            COSDictionary parent = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
            COSArray kids = new COSArray();
            parent.setItem(COSName.KIDS, kids);
            for (int i = 0; i < depth; i++) {
                COSDictionary node = new COSDictionary();
                node.setItem(COSName.TYPE, COSName.PAGES);
                node.setItem(COSName.PARENT, parent);
                node.setInt(COSName.COUNT, 1);
                kids.add(node);
                kids = new COSArray();
                node.setItem(COSName.KIDS, kids);
                parent = node;
            }
            kids.add(page.getCOSObject());
            page.getCOSObject().setItem(COSName.PARENT, parent);
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * A .docx of {@code count} paragraphs of four random Chinese characters each: random, so that it
     * compresses like real text (about 5:1) and passes the zip-bomb check. 1.3 million paragraphs make
     * a 60 MB document.xml in a 13 MB file.
     */
    public static Path docxParagraphs(Path file, int count) throws IOException {
        Random random = new Random(14);
        return docx(file, w -> {
            StringBuilder p = new StringBuilder(64);
            for (int i = 0; i < count; i++) {
                p.setLength(0);
                p.append("<w:p><w:r><w:t>");
                for (int k = 0; k < 4; k++) {
                    p.append((char) (0x4E00 + random.nextInt(20_000)));
                }
                w.write(p.append("</w:t></w:r></w:p>\n").toString());
            }
        });
    }

    /** A .docx whose body is {@code bodyXml} (in the w: namespace), with no styles or numbering. */
    public static Path docx(Path file, String bodyXml) throws IOException {
        return docx(file, w -> w.write(bodyXml));
    }

    /** Writes the body of document.xml. */
    public interface Body {
        void write(Writer w) throws IOException;
    }

    public static Path docx(Path file, Body body) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + DocxSamples.W + "\"><w:body>");
            body.write(w);
            w.write("</w:body></w:document>");
            w.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** {@code inner} wrapped {@code depth} times in {@code open}…{@code close}. */
    public static String nested(String open, String inner, String close, int depth) {
        StringBuilder sb = new StringBuilder(depth * (open.length() + close.length()) + inner.length());
        sb.append(open.repeat(depth)).append(inner).append(close.repeat(depth));
        return sb.toString();
    }
}
