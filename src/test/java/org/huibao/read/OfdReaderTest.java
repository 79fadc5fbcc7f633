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
                    + "内部审计工作领导小组，压实主体责任，全年召开党组会议专题研究审计工作4次。"),
            // ofdrw-layout neither justifies nor keeps a number together: a first line with narrower
            // digits would end short of the margin and look centred, and "2100" could be split over
            // two lines, neither of which Word or WPS does.
            body("（二）突出重点领域。全年共完成审计项目一十八个，审计资金总额3.6亿元，发现问题57个，"
                    + "推动整改落实资金二千一百万元，建立健全制度12项。"),
            body("二、存在的问题"),
            body("一是审计力量还不足，专业干部仅有五人，难以满足需要；二是审计成果运用不够充分，部分问题整改不到位，"
                    + "屡审屡犯现象仍然存在。"),
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
