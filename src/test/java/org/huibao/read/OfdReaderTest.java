package org.huibao.read;

import static org.huibao.read.OfdSamples.body;
import static org.huibao.read.OfdSamples.flush;
import static org.huibao.read.OfdSamples.right;
import static org.huibao.read.OfdSamples.title;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.huibao.model.ReportResult;
import org.huibao.read.OfdSamples.Para;
import org.huibao.read.ReadException.Kind;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link OfdReader} on OFD files typeset by ofdrw-layout, and on broken ones made here. */
class OfdReaderTest {

    /** A short report as an office would set it; each entry is one paragraph of the expected text. */
    static final List<Para> REPORT = List.of(
            title("关于2024年度内部审计工作情况的报告"),
            flush("县委审计委员会：").before(8),
            body("今年以来，我局在县委审计委员会的坚强领导下，依法全面履行审计监督职责，聚焦主责主业，"
                    + "坚持边审计、边整改、边规范，审计质量和效率稳步提升，较好地完成了全年各项工作任务。现将有关情况报告如下："),
            body("一、主要工作开展情况"),
            body("（一）加强组织领导。局党组把内部审计工作摆上重要议事日程，成立了由主要负责同志任组长的"
                    + "内部审计工作领导小组，压实主体责任，全年召开党组会议专题研究审计工作四次。"),
            // Figures in wrapped paragraphs are written in Chinese numerals: ofdrw-layout measures
            // digits with whatever font the machine has (no CJK font: wider than a Han character), neither
            // justifies nor keeps a number together, so a line of digits could end short of the margin or
            // split "57" over two lines. Han characters and full-width marks are one em on every machine,
            // so the pages are the same everywhere.
            body("（二）突出重点领域。全年共完成审计项目一十八个，审计资金总额三亿六千万元，发现问题五十七个，"
                    + "推动整改落实资金二千一百万元，建立健全制度十二项。"),
            body("二、存在的问题"),
            body("一是审计力量还不足，专业干部仅有五人，难以满足需要；二是审计成果运用不够充分，部分问题整改不到位，"
                    + "屡审屡犯现象仍然存在，个别审计报告质量还有待进一步提高；三是审计信息化水平不高，大数据审计方法运用不多，审计覆盖面和精准度还需要提升。"),
            body("三、下一步工作打算"),
            body("下一步，我们将进一步加强审计队伍建设，通过公开遴选、业务培训等方式充实审计力量；健全审计整改"
                    + "长效机制，对整改情况实行清单化管理、销号式推进，切实提升审计监督效能。"),
            body("特此报告。"),
            right("县审计局").before(8),
            right("2024年12月30日"));

    static final List<String> EXPECTED = REPORT.stream().map(Para::text).toList();
    private static final String HEADER = "县审计局2024年度内部审计工作报告";

    @TempDir
    Path dir;

    private final OfdReader reader = new OfdReader(Readers.DEFAULT_MAX_BYTES);

    static byte[] reportOfd() {
        return OfdSamples.report(REPORT, HEADER, 200);
    }

    @Test
    void sampleIsLaidOutAsIntended() throws IOException {
        Path ofd = write("report.ofd", reportOfd());
        try (ZipFile zip = new ZipFile(ofd.toFile())) {
            long pages = zip.stream().map(ZipEntry::getName).filter(n -> n.endsWith("Content.xml")).count();
            assertEquals(2, pages, "two pages");
            String first = part(zip, "Doc_0/Pages/Page_0/Content.xml");
            String second = part(zip, "Doc_0/Pages/Page_1/Content.xml");
            assertTrue(first.contains(">- 1 -<") && first.contains(HEADER), "page number and running header");
            assertTrue(second.contains(">- 2 -<") && second.contains(HEADER), "page number and running header");
            int lines = first.split("<ofd:TextObject").length + second.split("<ofd:TextObject").length - 2 - 4;
            assertTrue(lines > REPORT.size() + 5, "several paragraphs wrap");
            // ofdrw-layout draws the header and the page number last.
            List<String> texts = Arrays.stream(first.split("<ofd:TextCode[^>]*>")).skip(1)
                    .map(t -> t.substring(0, t.indexOf('<'))).toList();
            String lastLine = texts.get(texts.size() - 3);
            assertFalse(EXPECTED.stream().anyMatch(p -> p.endsWith(lastLine)), "the first page ends inside a paragraph: " + lastLine);
        }
    }

    @Test
    void paragraphsAreRebuilt() throws Exception {
        SourceText source = reader.read(write("report.ofd", reportOfd()), "报告.ofd");
        assertEquals(EXPECTED, lines(source));
        assertEquals("报告.ofd", source.name());
        assertEquals("ofd", source.charset());
        assertEquals(Layout.NONE, source.layout());
    }

    @Test
    void checkedLikeTheSameText() throws Exception {
        Path ofd = write("report.ofd", reportOfd());
        Path txt = write("report.txt", (String.join("\n", EXPECTED) + "\n").getBytes(StandardCharsets.UTF_8));

        ReportResult fromOfd = Fixtures.checker().check(ofd, "报告");
        ReportResult fromTxt = Fixtures.checker().check(txt, "报告");

        assertNull(fromOfd.error(), () -> fromOfd.error().toString());
        assertEquals(fromTxt.elements(), fromOfd.elements());
        assertEquals(fromTxt.findings(), fromOfd.findings());
        assertEquals(fromTxt.score(), fromOfd.score());
        assertEquals(fromTxt.title(), fromOfd.title());
        assertTrue(fromOfd.elements().values().stream().allMatch(v -> v.present()), fromOfd.elements()::toString);
    }

    @Test
    void readersChooseTheOfdReader() {
        assertInstanceOf(OfdReader.class, Readers.defaults().forPath(Path.of("报告.OFD")).orElseThrow());
        assertTrue(Readers.defaults().extensions().contains("ofd"));
    }

    // ---- placement -----------------------------------------------------------------------------

    @Test
    void textCodesContinueTransformsScaleAndSlantedTextIsLeftOut() throws Exception {
        String page = OfdSamples.pageXml(
                // X/Y given once: the second text code goes on where the first ended
                "<ofd:TextObject ID=\"3\" Boundary=\"28 30 160 8\" Size=\"5.644\">"
                        + "<ofd:TextCode X=\"0\" Y=\"6\" DeltaX=\"g 3 5.644\">一、总体</ofd:TextCode>"
                        + "<ofd:TextCode DeltaX=\"5.644\">情况</ofd:TextCode></ofd:TextObject>"
                        // drawn at half size and scaled up by its CTM: the same line size as the rest
                        + "<ofd:TextObject ID=\"4\" Boundary=\"28 40 160 8\" Size=\"2.822\" CTM=\"2 0 0 2 0 0\">"
                        + "<ofd:TextCode X=\"0\" Y=\"3\" DeltaX=\"g 6 2.822\">全年工作平稳。</ofd:TextCode></ofd:TextObject>"
                        // a watermark at 45 degrees
                        + "<ofd:TextObject ID=\"5\" Boundary=\"50 100 100 100\" Size=\"10\" CTM=\"0.7071 0.7071 -0.7071 0.7071 0 0\">"
                        + "<ofd:TextCode X=\"0\" Y=\"10\" DeltaX=\"g 3 10\">内部资料</ofd:TextCode></ofd:TextObject>");
        SourceText s = reader.read(write("placed.ofd", OfdSamples.zip(OfdSamples.onePage(page))), "placed.ofd");
        assertEquals(List.of("一、总体情况", "全年工作平稳。"), lines(s));
    }

    @Test
    void templatePagesAreDrawnWithTheirPages() throws Exception {
        Map<String, byte[]> parts = OfdSamples.onePage(OfdSamples.pageXml(OfdSamples.line(40, "一、总体情况"))
                .replace("<ofd:Content>", "<ofd:Template TemplateID=\"7\" ZOrder=\"Background\"/><ofd:Content>"));
        parts.put("Doc_0/Document.xml", OfdSamples.utf8(new String(parts.get("Doc_0/Document.xml"), StandardCharsets.UTF_8)
                .replace("</ofd:CommonData>", "<ofd:TemplatePage ID=\"7\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/></ofd:CommonData>")));
        parts.put("Doc_0/Tpls/Tpl_0/Content.xml", OfdSamples.utf8(OfdSamples.pageXml(OfdSamples.line(30, "关于工作情况的报告"))));
        SourceText s = reader.read(write("template.ofd", OfdSamples.zip(parts)), "template.ofd");
        assertEquals(List.of("关于工作情况的报告", "一、总体情况"), lines(s));
    }

    // ---- what cannot be read ---------------------------------------------------------------------

    @Test
    void aTruncatedOfdIsAOneLineError() throws Exception {
        byte[] ofd = reportOfd();
        ReadException e = fails(write("cut.ofd", Arrays.copyOf(ofd, ofd.length / 2)));
        assertEquals(OfdFiles.MSG_NOT_OFD, e.getMessage());
    }

    @Test
    void otherFilesNamedOfdSayWhatTheyAre() throws Exception {
        assertEquals(OfdFiles.MSG_NO_OFD_XML,
                fails(write("photos.ofd", OfdSamples.zip(Map.of("a.jpg", new byte[10])))).getMessage());
        assertEquals(OfdFiles.MSG_DOCX, fails(write("word.ofd", OfdSamples.zip(Map.of("[Content_Types].xml",
                OfdSamples.utf8("<Types/>"), "word/document.xml", OfdSamples.utf8("<w:document/>"))))).getMessage());
        assertTrue(fails(write("pdf.ofd", OfdSamples.utf8("%PDF-1.7\n%...")))
                .getMessage().startsWith("这是 PDF 文件，不是 OFD 文件"));
        assertEquals(OfdFiles.MSG_NOT_OFD, fails(write("text.ofd", OfdSamples.utf8("一、总体情况\n"))).getMessage());
    }

    @Test
    void missingPartsAreNamed() throws Exception {
        Map<String, byte[]> noPage = OfdSamples.onePage(OfdSamples.pageXml(OfdSamples.line(40, "正文")));
        noPage.remove("Doc_0/Pages/Page_0/Content.xml");
        assertEquals("OFD 文件已损坏：缺少 Doc_0/Pages/Page_0/Content.xml (damaged OFD file: missing Doc_0/Pages/Page_0/Content.xml)",
                fails(write("nopage.ofd", OfdSamples.zip(noPage))).getMessage());

        Map<String, byte[]> noDocument = OfdSamples.onePage(OfdSamples.pageXml(OfdSamples.line(40, "正文")));
        noDocument.remove("Doc_0/Document.xml");
        assertTrue(fails(write("nodoc.ofd", OfdSamples.zip(noDocument))).getMessage().contains("缺少 Doc_0/Document.xml"));

        Map<String, byte[]> escaping = OfdSamples.onePage(OfdSamples.pageXml(OfdSamples.line(40, "正文")));
        escaping.put("Doc_0/Document.xml", OfdSamples.utf8(OfdSamples.documentXml("<ofd:Page ID=\"1\" BaseLoc=\"../../../etc/passwd\"/>")));
        assertTrue(fails(write("escape.ofd", OfdSamples.zip(escaping))).getMessage().contains("页面位置超出文件包"));

        Map<String, byte[]> notXml = OfdSamples.onePage("<ofd:Page><ofd:Content>");
        assertTrue(fails(write("broken.ofd", OfdSamples.zip(notXml))).getMessage()
                .startsWith("OFD 文件已损坏：Doc_0/Pages/Page_0/Content.xml 不是有效的 XML"));
    }

    @Test
    void externalEntitiesAreNeverResolved() throws Exception {
        Path secret = write("secret.txt", OfdSamples.utf8("机密内容"));
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + OfdSamples.pageXml(OfdSamples.line(40, "正文&x;")).substring("<?xml version=\"1.0\" encoding=\"UTF-8\"?>".length());
        ReadException e = fails(write("xxe.ofd", OfdSamples.zip(OfdSamples.onePage(xxe))));
        assertTrue(e.getMessage().contains("含有 OFD 不允许的文档类型声明（DOCTYPE）"), e.getMessage());
        assertFalse(e.getMessage().contains("机密"));

        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY a \"哈哈哈哈哈哈哈哈哈哈\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                + "<ofd:Page " + OfdSamples.NS + ">&c;</ofd:Page>";
        assertTrue(fails(write("laughs.ofd", OfdSamples.zip(OfdSamples.onePage(laughs)))).getMessage().contains("DOCTYPE"));
    }

    @Test
    void zipBombsAreStoppedByTheirCompressionRatio() throws Exception {
        // 8 MB of blanks in the page, 8 KB on disk: caught while inflating, from 4 MB on
        ReadException small = fails(write("bomb.ofd", OfdSamples.zip(blankPage(8 << 20))));
        assertEquals(OfdFiles.MSG_BOMB, small.getMessage());
        // 24 MB: refused on the size the zip declares, before anything is inflated
        byte[] large = OfdSamples.zip(blankPage(24 << 20));
        assertTrue(large.length < 100_000, "small on disk: " + large.length);
        assertEquals(OfdFiles.MSG_BOMB, fails(write("bomb24.ofd", large)).getMessage());
        // the same, declaring 1000 bytes: stopped while inflating all the same
        byte[] lying = OfdSamples.understate(large, "Doc_0/Pages/Page_0/Content.xml");
        assertEquals(OfdFiles.MSG_BOMB, fails(write("lying.ofd", lying)).getMessage());
    }

    private static Map<String, byte[]> blankPage(int blanks) {
        Map<String, byte[]> parts = OfdSamples.onePage("");
        byte[] spaces = new byte[blanks];
        Arrays.fill(spaces, (byte) ' ');
        parts.put("Doc_0/Pages/Page_0/Content.xml", Fixtures.concat(
                OfdSamples.utf8("<ofd:Page " + OfdSamples.NS + ">"), spaces, OfdSamples.utf8("</ofd:Page>")));
        return parts;
    }

    @Test
    void aLargeButCompressiblePartStopsAtThePartLimit() throws Exception {
        // A random block repeated with a few letters changed in each copy: deflate compresses it about
        // 50:1, as it does real XML at best, so the ratio guards let it pass and the size limit has to stop it.
        java.util.Random random = new java.util.Random(15);
        StringBuilder block = new StringBuilder();
        while (block.length() < 20_000) {
            block.append((char) ('a' + random.nextInt(26)));
        }
        StringBuilder page = new StringBuilder("<ofd:Page " + OfdSamples.NS + "><ofd:Content><ofd:Layer>");
        while (page.length() <= OfdPackage.MAX_PART_BYTES) {
            for (int i = 0; i < 60; i++) {
                block.setCharAt(random.nextInt(block.length()), (char) ('a' + random.nextInt(26)));
            }
            page.append("<ofd:PageBlock>").append(block).append("</ofd:PageBlock>");
        }
        page.append("</ofd:Layer></ofd:Content></ofd:Page>");
        byte[] zip = OfdSamples.zip(OfdSamples.onePage(page.toString()));
        assertTrue(zip.length < 1_000_000, "small on disk: " + zip.length);
        String expected = "OFD 文件过大：解压后的内容超过 16.0 MB (OFD file too large: the unzipped content exceeds 16.0 MB)";
        ReadException declared = fails(write("large.ofd", zip));
        assertEquals(Kind.TOO_LARGE, declared.kind());
        assertEquals(expected, declared.getMessage());
        ReadException inflated = fails(write("lying.ofd", OfdSamples.understate(zip, "Doc_0/Pages/Page_0/Content.xml")));
        assertEquals(expected, inflated.getMessage());
    }

    @Test
    void deepNestingIsRefusedBeforeItGrows() throws Exception {
        String open = "<ofd:PageBlock>".repeat(200_000);
        String close = "</ofd:PageBlock>".repeat(200_000);
        ReadException e = fails(write("deep.ofd", OfdSamples.zip(OfdSamples.onePage(
                "<ofd:Page " + OfdSamples.NS + "><ofd:Content><ofd:Layer>" + open + close + "</ofd:Layer></ofd:Content></ofd:Page>"))));
        assertTrue(e.getMessage().contains("XML 嵌套过深（超过 256 层）"), e.getMessage());
    }

    @Test
    void aHugePageCountIsRefused() throws Exception {
        Map<String, byte[]> parts = OfdSamples.onePage(OfdSamples.pageXml(OfdSamples.line(40, "正文")));
        parts.put("Doc_0/Document.xml", OfdSamples.utf8(OfdSamples.documentXml(
                "<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/>".repeat(100_000))));
        ReadException e = fails(write("pages.ofd", OfdSamples.zip(parts)));
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertEquals("OFD 页数过多：100000 页，上限 2000 页 (too many pages: 100000, limit 2000)", e.getMessage());
    }

    @Test
    void tooMuchTextOnOnePageIsRefused() throws Exception {
        String huge = OfdSamples.pageXml("<ofd:TextObject ID=\"3\" Boundary=\"0 0 100 100\" Size=\"1\">"
                + "<ofd:TextCode X=\"0\" Y=\"1\" DeltaX=\"g 1000000000 0.001\">" + "字".repeat(50_001)
                + "</ofd:TextCode></ofd:TextObject>");
        ReadException e = fails(write("text.ofd", OfdSamples.zip(OfdSamples.onePage(huge))));
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().startsWith("OFD 内容过多：第 1 页的字符超过 50,000 个，远多于一页报告所能容纳，未读完"), e.getMessage());
    }

    @Test
    void textFarPastMaxCharsStopsTheReading() throws Exception {
        // five pages of 3,000 characters against --max-chars 1000: 10,000 + 2 × 1,000 characters are read at most
        Path ofd = write("long.ofd", OfdSamples.zip(OfdSamples.pagesOfText(5, 3_000)));
        ReadException e = assertThrows(ReadException.class,
                () -> new OfdReader(Readers.DEFAULT_MAX_BYTES, PdfReader.DEFAULT_MAX_PAGES, 1000).read(ofd, "long.ofd"));
        assertEquals(Kind.TOO_LARGE, e.kind());
        assertEquals("报告过长：OFD 中的字符超过 12,000 个，远超 1,000 字符的上限（--max-chars），未读完 (report too long: "
                + "the OFD file shows over 12,000 characters, far past the --max-chars limit of 1,000; reading stopped)", e.getMessage());
        assertEquals(15_000 + 1, reader.read(ofd, "long.ofd").text().length(), "read under the default limit");
    }

    @Test
    void aPageWithoutTextIsAScan() throws Exception {
        ReadException e = fails(write("scan.ofd", OfdSamples.zip(OfdSamples.onePage(OfdSamples.pageXml(
                "<ofd:ImageObject ID=\"3\" Boundary=\"0 0 210 297\" ResourceID=\"9\"/>")))));
        assertEquals(OfdFiles.MSG_NO_TEXT, e.getMessage());
        assertEquals(Kind.UNSUPPORTED, e.kind());
    }

    @Test
    void emptyMissingDirectoryAndLimits() throws Exception {
        assertEquals(Kind.EMPTY, fails(write("empty.ofd", new byte[0])).kind());
        assertEquals(Kind.NOT_FOUND, fails(dir.resolve("missing.ofd")).kind());
        assertEquals(TextReader.MSG_DIRECTORY, fails(Files.createDirectory(dir.resolve("folder.ofd"))).getMessage());
        Path ofd = write("report.ofd", reportOfd());
        ReadException pages = assertThrows(ReadException.class, () -> new OfdReader(Readers.DEFAULT_MAX_BYTES, 1, Readers.DEFAULT_MAX_CHARS).read(ofd, "r"));
        assertEquals("OFD 页数过多：2 页，上限 1 页 (too many pages: 2, limit 1)", pages.getMessage());
        ReadException bytes = assertThrows(ReadException.class, () -> new OfdReader(100).read(ofd, "r"));
        assertEquals(Kind.TOO_LARGE, bytes.kind());
    }

    /** Damage inside the XML, where the zip is sound: only ever text or a one-line reason. */
    @Test
    void mutatedPartsGiveTextOrAReasonAndNothingElse() throws Exception {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(write("base.ofd", reportOfd()).toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.isDirectory()) {
                    parts.put(e.getName(), zip.getInputStream(e).readAllBytes());
                }
            }
        }
        List<String> names = List.copyOf(parts.keySet());
        String alphabet = "<>/=\" -0.5e9g&;:ofd:TextCodeBoundaryCTMDeltaX一。\u0000";
        java.util.Random random = new java.util.Random(33);
        for (int round = 0; round < 300; round++) {
            Map<String, byte[]> mutated = new java.util.LinkedHashMap<>(parts);
            String name = names.get(random.nextInt(names.size()));
            StringBuilder xml = new StringBuilder(new String(parts.get(name), StandardCharsets.UTF_8));
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                int at = random.nextInt(xml.length());
                switch (random.nextInt(3)) {
                    case 0 -> xml.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> xml.delete(at, Math.min(xml.length(), at + random.nextInt(40)));
                    default -> {
                        int from = random.nextInt(xml.length());
                        xml.insert(at, xml.substring(from, Math.min(xml.length(), from + 1 + random.nextInt(20))));
                    }
                }
            }
            mutated.put(name, OfdSamples.utf8(xml.toString()));
            Path p = write("m" + round + ".ofd", OfdSamples.zip(mutated));
            try {
                assertFalse(reader.read(p, "m.ofd").text().isBlank());
            } catch (ReadException e) {
                assertOneLine(e);
            }
        }
    }

    @Test
    void aPipeIsCopiedWithinTheLimitAndRead() throws Exception {
        Path fifo = dir.resolve("live.ofd");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertEquals(0, mk.waitFor(), "mkfifo");
        byte[] ofd = reportOfd();
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, ofd);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        SourceText s = reader.read(fifo, "live.ofd");
        writer.join();
        assertEquals(EXPECTED, lines(s));
    }

    private ReadException fails(Path path) {
        ReadException e = assertThrows(ReadException.class, () -> reader.read(path, path.getFileName().toString()));
        assertOneLine(e);
        return e;
    }

    /** One line, Chinese first and English in parentheses, as ReadException promises. */
    static void assertOneLine(ReadException e) {
        String m = e.getMessage();
        assertFalse(m.contains("\n"), m);
        assertTrue(m.matches("[^()]*\\p{IsHan}[^()]* \\([^()]+\\)"), m);
    }

    private static String part(ZipFile zip, String name) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static List<String> lines(SourceText source) {
        String text = source.text();
        assertTrue(text.endsWith("\n"), "ends with a line break like a saved text file");
        return Arrays.asList(text.split("\n"));
    }
}
