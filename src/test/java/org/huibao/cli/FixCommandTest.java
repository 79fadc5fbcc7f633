package org.huibao.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.huibao.cli.CliTest.Run;
import org.huibao.read.PdfSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code huibao fix} end to end: what it writes, what it leaves alone, what it says, its exit codes. */
class FixCommandTest {

    /** A draft with a slip of each mechanical kind, on lines 4 to 6. */
    static final String DRAFT = String.join("\n",
            "关于2024年主题教育工作开展情况的报告",
            "",
            "市委：",
            "今年以来,我局认真落实市委部署，，全面加强党风廉政建建设(由局长任组长)。在新时代新征程上潮聚奋进力量，引导党员干部坚定“四个意识”。",
            "制定印发《落实《关于推动党史学习教育常态化长效化的意见》的方案》，2024.06.01印发实施，05月03日召开会议，群众满意率达到百分之98.6。",
            "全年培训党员1，260人次，二0二四年底前完成整改。",
            "一、主要做法",
            "（一）加强组织领导。成立领导小组，党组书记任组长。",
            "（二）压实工作责任。班子成员每人联系1个支部。",
            "二、存在的问题",
            "一是学习不够深入，个别支部学习流于形式。二是落实不够有力，3项整改任务未按期完成。",
            "三、下一步工作打算",
            "下一步，我们将于2025年6月底前完成全部整改任务，由办公室牵头督办。",
            "特此报告。",
            "");

    /** The draft as huibao fix leaves it. */
    static final String CORRECTED = DRAFT
            .replace("今年以来,我局认真落实市委部署，，全面加强党风廉政建建设(由局长任组长)。在新时代新征程上潮聚奋进力量，引导党员干部坚定“四个意识”。",
                    "今年以来，我局认真落实市委部署，全面加强党风廉政建设（由局长任组长）。在新时代新征程上凝聚奋进力量，引导党员干部增强“四个意识”。")
            .replace("制定印发《落实《关于推动党史学习教育常态化长效化的意见》的方案》，2024.06.01印发实施，05月03日召开会议，群众满意率达到百分之98.6。",
                    "制定印发《落实〈关于推动党史学习教育常态化长效化的意见〉的方案》，2024年6月1日印发实施，5月3日召开会议，群众满意率达到98.6%。")
            .replace("全年培训党员1，260人次，二0二四年底前完成整改。", "全年培训党员1260人次，二〇二四年底前完成整改。");

    /** The rules whose findings carry a fix. */
    static final Set<String> MECHANICAL = Set.of("HB302", "HB304", "HB305", "HB402", "HB403", "HB404", "HB408", "HB409");

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aDraftWithKnownSlipsComesOutWithoutThemAndTheInputIsUntouched() throws IOException {
        Path draft = write("draft.txt", DRAFT);
        byte[] before = Files.readAllBytes(draft);
        Path out = dir.resolve("fixed");
        Run r = CliTest.run("fix", draft.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("", r.err());
        String[] lines = r.out().split("\n");
        assertEquals(draft + " → " + out.resolve("draft.txt") + "：改正 13 处（HB302 1 处、HB304 1 处、HB305 1 处、HB402 1 处、"
                + "HB403 2 处、HB404 1 处、HB408 4 处、HB409 2 处）；没有需要人工处理的问题", lines[0]);
        assertEquals("共 1 个文件：改正 13 处；还有 0 处问题需要人工处理；通过 1，不通过 0，无法读取 0", lines[lines.length - 1]);
        assertEquals(CORRECTED, Files.readString(out.resolve("draft.txt"), StandardCharsets.UTF_8));
        assertArrayEquals(before, Files.readAllBytes(draft), "the input is byte for byte what it was");

        // checked again, the corrected copy has none of those findings, nor any other
        JsonNode report = CliTest.run("check", out.resolve("draft.txt").toString(), "-f", "json").json().path("reports").get(0);
        assertEquals(0, report.path("findings").size(), report.toString());
        // and the draft had each of them, each with its fix
        JsonNode original = CliTest.run("check", draft.toString(), "-f", "json").json().path("reports").get(0);
        Set<String> rules = new java.util.TreeSet<>();
        for (JsonNode f : original.path("findings")) {
            rules.add(f.path("rule").asText());
            assertTrue(f.has("fix"), f.toString());
        }
        assertEquals(MECHANICAL, rules);
    }

    @Test
    void aGb18030FileWithCrlfStaysGb18030WithCrlf() throws IOException {
        Charset gb = Charset.forName("GB18030");
        Path draft = dir.resolve("gb.txt");
        byte[] before = DRAFT.replace("\n", "\r\n").getBytes(gb);
        Files.write(draft, before);
        Run r = CliTest.run("fix", draft.toString(), "--out", dir.resolve("out").toString(), "-q");
        assertEquals(0, r.code(), r.out() + r.err());
        assertArrayEquals(CORRECTED.replace("\n", "\r\n").getBytes(gb), Files.readAllBytes(dir.resolve("out/gb.txt")));
        assertArrayEquals(before, Files.readAllBytes(draft));
    }

    @Test
    void aByteOrderMarkAndLoneCrLineEndsStay() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path draft = dir.resolve("draft.md");
        Files.write(draft, concat(bom, DRAFT.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)));
        Run r = CliTest.run("fix", draft.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertArrayEquals(concat(bom, CORRECTED.replace("\n", "\r").getBytes(StandardCharsets.UTF_8)),
                Files.readAllBytes(dir.resolve("out/draft.md")));
    }

    @Test
    void dryRunPrintsAUnifiedDiffAndWritesNothing() throws IOException {
        Path draft = write("drafts/draft.txt", DRAFT);
        List<Path> filesBefore = files();
        Run r = CliTest.run("fix", "--dry-run", draft.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("--- a/" + slashes(draft) + "\n+++ b/" + slashes(draft) + "\n@@ -1,9 +1,9 @@\n"), r.out());
        assertTrue(r.out().contains("\n-今年以来,我局认真落实市委部署，，全面加强党风廉政建建设(由局长任组长)。"), r.out());
        assertTrue(r.out().contains("\n+今年以来，我局认真落实市委部署，全面加强党风廉政建设（由局长任组长）。"), r.out());
        assertTrue(r.err().startsWith(draft + "：可改正 13 处（"), "the summary goes to standard error: " + r.err());
        assertTrue(r.err().contains("共 1 个文件：可改正 13 处"), r.err());
        assertEquals(filesBefore, files(), "nothing written");
    }

    @Test
    void inPlaceCorrectsTextFilesAndTouchesNoneWithNothingToFix() throws IOException {
        Path draft = write("draft.txt", DRAFT);
        Path clean = write("clean.txt", CORRECTED);
        Files.setLastModifiedTime(clean, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
        Run r = CliTest.run("fix", "--in-place", draft.toString(), clean.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals(CORRECTED, Files.readString(draft, StandardCharsets.UTF_8));
        assertTrue(r.out().contains(draft + "：改正 13 处"), r.out());
        assertTrue(r.out().contains(clean + "：没有可自动改正的问题；没有需要人工处理的问题"), r.out());
        assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(clean).toMillis(), "not rewritten");
        assertEquals(List.of(clean, draft), files(), "no temporary file left");
    }

    @Test
    void inPlaceIsRefusedForWordFilesAndNothingIsDone() throws IOException {
        Path draft = write("draft.txt", DRAFT);
        Path word = dir.resolve("report.docx");
        Files.write(word, new byte[] {'P', 'K', 3, 4});
        Run r = CliTest.run("fix", "--in-place", draft.toString(), word.toString());
        assertEquals(2, r.code());
        assertEquals("huibao: " + word + ": --in-place 只用于 .txt 和 .md 文件；Word 文件请用 --out DIR 得到带修订的副本"
                + " (--in-place corrects .txt and .md files only; for a Word file, --out DIR writes a copy with tracked changes)\n",
                r.err());
        assertEquals("", r.out());
        assertEquals(DRAFT, Files.readString(draft, StandardCharsets.UTF_8), "nothing is done when one is refused");
    }

    @Test
    void usageErrorsExitTwoWithOneLine() throws IOException {
        Path draft = write("draft.txt", DRAFT);
        for (String[] args : List.of(new String[] {"fix", draft.toString()},
                new String[] {"fix", draft.toString(), "--in-place", "--out", dir.resolve("o").toString()},
                new String[] {"fix", "-", "--dry-run"},
                new String[] {"fix", draft.toString(), "--out", draft.toString()})) {
            Run r = CliTest.run(args);
            assertEquals(2, r.code(), String.join(" ", args));
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("huibao: "), r.err());
        }
        assertEquals(DRAFT, Files.readString(draft, StandardCharsets.UTF_8));
    }

    @Test
    void checkAndFixRefuseABadRunOptionWithTheSameLine() throws IOException {
        Path draft = write("draft.txt", DRAFT);
        for (String[] bad : List.of(new String[] {"--profile", "memo"}, new String[] {"--max-chars", "0"},
                new String[] {"--time-limit", "0"}, new String[] {"-j", "0"}, new String[] {"--include", "[a"})) {
            List<String> fix = new ArrayList<>(List.of("fix", "--dry-run", draft.toString()));
            List<String> check = new ArrayList<>(List.of("check", draft.toString()));
            fix.addAll(List.of(bad));
            check.addAll(List.of(bad));
            Run fixed = CliTest.run(fix.toArray(String[]::new));
            Run checked = CliTest.run(check.toArray(String[]::new));
            assertEquals(2, fixed.code(), String.join(" ", bad));
            assertEquals(2, checked.code(), String.join(" ", bad));
            assertEquals(1, fixed.err().lines().count(), fixed.err());
            assertEquals(checked.err(), fixed.err());
            assertTrue(fixed.err().startsWith("huibao: "), fixed.err());
        }
        assertTrue(CliTest.run("fix", "--dry-run", draft.toString(), "--profile", "memo").err().contains("not-a-report"));
    }

    @Test
    void aCopyThatWouldReplaceItsInputIsRefused() throws IOException {
        Path draft = write("draft.txt", DRAFT);
        Run r = CliTest.run("fix", dir.toString(), "--out", dir.toString());
        assertEquals(2, r.code());
        assertEquals("huibao: " + dir.resolve("draft.txt") + ": 副本会覆盖输入文件，请换一个 --out 目录"
                + " (the copy would replace an input: choose another --out directory)\n", r.err());
        assertEquals(DRAFT, Files.readString(draft, StandardCharsets.UTF_8));
    }

    @Test
    void aFolderKeepsItsTreeAndOtherFormatsAreCheckedNotCopied() throws IOException {
        Path drafts = dir.resolve("drafts");
        write("drafts/2024/draft.txt", DRAFT);
        write("drafts/clean.md", CORRECTED);
        Files.write(drafts.resolve("report.pdf"), PdfSamples.simpleReport("关于2024年工作情况的报告", "一、主要工作",
                "成立领导小组，全年召开会议12次。", "二、存在的问题", "学习不够深入，督查不够有力。", "三、下一步工作打算",
                "下一步，我们将于年底前完成整改。"));
        Files.write(drafts.resolve("empty.txt"), new byte[0]);
        Path out = dir.resolve("fixed");
        Run r = CliTest.run("fix", drafts.toString(), "--out", out.toString(), "-q");
        assertEquals(3, r.code(), "an unreadable input: " + r.out() + r.err());
        assertEquals(CORRECTED, Files.readString(out.resolve("2024/draft.txt"), StandardCharsets.UTF_8));
        assertEquals(CORRECTED, Files.readString(out.resolve("clean.md"), StandardCharsets.UTF_8), "copied as it is");
        assertFalse(Files.exists(out.resolve("report.pdf")));
        assertFalse(Files.exists(out.resolve("empty.txt")));
        assertTrue(r.out().contains(drafts.resolve("clean.md") + " → " + out.resolve("clean.md")
                + "：没有可自动改正的问题，原样复制"), r.out());
        assertTrue(r.out().contains(drafts.resolve("empty.txt") + ": 错误: 文件为空\n"), r.out());
        assertTrue(r.out().contains(drafts.resolve("report.pdf") + "：未改正：huibao 只修改 .txt、.md 和 .docx 文件，这份报告只作检查"),
                r.out());
        assertTrue(r.out().contains("共 4 个文件：改正 13 处；"), r.out());
    }

    @Test
    void aReportThatStillFailsExitsOneAndNamesWhatIsLeftInTheCopy() throws IOException {
        Path draft = write("draft.txt", DRAFT.replace("党组书记任组长", "x月x日由党组书记任组长"));
        Path out = dir.resolve("fixed");
        Run r = CliTest.run("fix", draft.toString(), "--out", out.toString(), "--lang", "en");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().startsWith(draft + " → " + out.resolve("draft.txt") + ": made 13 fixes (HB302 1, HB304 1, HB305 1, "
                + "HB402 1, HB403 2, HB404 1, HB408 4, HB409 2); 1 finding left for a person\n  " + out.resolve("draft.txt")
                + ":8:18 error HB301 Unfilled placeholder: x月x日\n"), r.out());
        assertTrue(r.out().endsWith("1 file: 13 fixes made; 1 finding left for a person; 0 passed, 1 failed, 0 unreadable\n"),
                r.out());
    }

    @Test
    void anOfficeRuleSuppliesItsOwnEditAndOverlappingEditsWaitForTheNextRun() throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("office.drl"), String.join("\n",
                "package office.rules",
                "import org.huibao.api.Term",
                "global org.huibao.api.FindingSink findings",
                "rule \"Whole phrase\"",
                "    @id(\"XB901\") @severity(\"info\") @title(\"整句\") @message(\"改写：{0}\")",
                "when",
                "    $t : Term(vocabulary == \"confusions\", text == \"潮聚\")",
                "then",
                "    findings.fix(drools, new org.huibao.api.Span($t.span().start(), $t.span().end() + 2, $t.span().line(),"
                        + " $t.span().column(), $t.span().endLine(), $t.span().endColumn() + 2), \"汇聚奋进\");",
                "end", ""), StandardCharsets.UTF_8);
        Path draft = write("draft.txt", DRAFT);
        Run r = CliTest.run("fix", draft.toString(), "--rules", rules.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        // XB901 (潮聚奋进) and HB305 (潮聚) share characters: the one taken first from the end is made
        assertTrue(r.out().contains("改正 13 处（HB302 1 处、HB304 1 处、HB402 1 处、HB403 2 处、HB404 1 处、HB408 4 处、HB409 2 处、"
                + "XB901 1 处）"), r.out());
        assertTrue(Files.readString(dir.resolve("out/draft.txt"), StandardCharsets.UTF_8).contains("新征程上汇聚奋进力量"));
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> out = new ArrayList<>(all.filter(Files::isRegularFile).sorted().toList());
            return out;
        }
    }

    private static String slashes(Path p) {
        String s = p.toString().replace('\\', '/');
        return s.startsWith("/") ? s.substring(1) : s;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
