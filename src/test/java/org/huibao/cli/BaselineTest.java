package org.huibao.cli;

import static org.huibao.cli.CliTest.run;
import static org.huibao.cli.CliTest.runWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --write-baseline} and {@code --baseline} as a CI user meets them: a baseline of the drafts as they
 * are makes the run pass; one new slip fails it and is the only finding named; edits elsewhere, even above
 * an accepted finding, change nothing; a bad baseline file is one line and exit 2.
 */
class BaselineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path drafts;
    private Path base;
    private Path a;
    private Path b;

    /** A report without a shortcomings part and with a placeholder: it fails twice over. */
    private static List<String> failing() {
        List<String> lines = new ArrayList<>(List.of(Fixtures.text("/fixtures/elements/shortcomings-absent.txt").split("\n")));
        lines.set(5, "（二）完善服务设施。新建街道综合养老服务中心xx个、社区老年助餐点26个，全年提供助餐服务21.4万人次。");
        return lines;
    }

    /** A complete report with a character typed twice: it passes, with a warning. */
    private static List<String> passing() {
        List<String> lines = new ArrayList<>(List.of(Fixtures.text("/fixtures/elements/complete.txt").split("\n")));
        lines.set(5, "年初我局认真真落实党建工作责任，成立由党组书记任组长的党建工作领导小组。");
        return lines;
    }

    private static Path write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> lines(Path file) throws IOException {
        return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** The lines that read as findings: {@code file:line:col severity ID message} at the start of the line. */
    private static List<String> findingLines(String out) {
        return out.lines().filter(l -> l.matches(".+:\\d+:\\d+ (error|warning|info) \\S+ .*")).toList();
    }

    @BeforeEach
    void drafts() throws IOException {
        drafts = dir.resolve("drafts");
        base = dir.resolve("baseline.json");
        a = write(drafts.resolve("a.txt"), failing());
        b = write(drafts.resolve("b.txt"), passing());
        CliTest.Run w = run("check", "-q", "--write-baseline", base.toString(), drafts.toString());
        assertEquals(0, w.code(), "writing a baseline accepts what it writes\n" + w.out() + w.err());
        assertTrue(w.err().contains("huibao: 已写入基线 " + base + "："), w.err());
    }

    @Test
    void theBaselineIsReadableAndDiffFriendly() throws IOException {
        String text = Files.readString(base, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("{\n  \"huibao\": \"baseline\",\n  \"version\": 1,\n  \"files\": [\n    {\"file\": \""
                + a + "\", \"score\": "), text);
        assertTrue(text.contains("\"rule\": \"HB301\", \"text\": \"xx\", \"before\": \"综合养老服务中心\", \"after\": \"个、社区老年助餐\"}"),
                "Chinese as it is, the context around: " + text);
        assertFalse(text.contains("\\u"), "nothing escaped: " + text);
        assertFalse(text.contains("\"line\""), "no line numbers, which change with every edit above");
        List<String> entries = text.lines().filter(l -> l.startsWith("    {\"file\"") && l.contains("\"rule\"")).toList();
        assertTrue(entries.size() >= 3, text);
        List<String> sorted = new ArrayList<>(entries);
        sorted.sort(null);
        assertEquals(sorted, entries, "sorted, one finding a line");
    }

    @Test
    void judgedAgainstItsBaselineTheRunPassesAndOneNewPlaceholderFailsItNamingOnlyThat() throws IOException {
        CliTest.Run same = run("check", "--baseline", base.toString(), drafts.toString());
        assertEquals(0, same.code(), same.out());
        assertTrue(same.out().contains(a + "  通过（基线已接受）"), same.out());
        assertTrue(same.out().lines().anyMatch(l -> l.matches("基线：已知 \\d+ 处，新问题 0 处")), same.out());
        assertTrue(findingLines(same.out()).isEmpty(), "known findings are listed apart: " + same.out());
        assertTrue(same.out().contains("  已知问题（基线）"), same.out());

        List<String> edited = lines(b);
        edited.set(9, edited.get(9) + "全年培训党员xx人次。");
        write(b, edited);
        CliTest.Run one = run("check", "-q", "--baseline", base.toString(), drafts.toString());
        assertEquals(1, one.code(), one.out());
        assertEquals(List.of(b + ":10:" + (edited.get(9).indexOf("xx") + 1) + " error HB301 未填写的占位符：xx"),
                findingLines(one.out()), one.out());
        assertTrue(one.out().lines().anyMatch(l -> l.matches("基线：已知 \\d+ 处，新问题 1 处")), one.out());
    }

    @Test
    void anEditAboveAnAcceptedFindingKeepsItKnown() throws IOException {
        List<String> edited = lines(a);
        edited.add(3, "全区现有60周岁以上老年人11.2万人，占户籍人口的23.6%。");
        edited.add(4, "");
        write(a, edited);
        CliTest.Run r = run("check", "--format", "json", "--baseline", base.toString(), a.toString());
        assertEquals(0, r.code(), r.out());
        JsonNode report = r.json().at("/reports/0");
        assertEquals(0, report.at("/baseline/new").asInt(), report.toString());
        assertEquals(0, report.at("/baseline/stale").asInt());
        assertTrue(report.at("/baseline/accepted").asBoolean());
        for (JsonNode f : report.at("/findings")) {
            assertTrue(f.at("/known").asBoolean(), f.toString());
        }
        assertTrue(report.at("/findings").toString().contains("\"line\":8"), "the placeholder moved two lines down");
    }

    @Test
    void duplicatesAreCountedAThirdOfTwoIsNew() throws IOException {
        List<String> twice = passing();
        twice.add(7, "全年走访企业xx家。");
        twice.add(9, "全年走访企业xx家。");
        Path c = write(dir.resolve("dup/c.txt"), twice);
        Path dupBase = dir.resolve("dup.json");
        assertEquals(0, run("check", "--write-baseline", dupBase.toString(), c.toString()).code());
        assertEquals(0, run("check", "--baseline", dupBase.toString(), c.toString()).code());
        twice.add(11, "全年走访企业xx家。");
        write(c, twice);
        CliTest.Run r = run("check", "--format", "json", "--baseline", dupBase.toString(), c.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.json().at("/summary/baseline/new").asInt(), r.out());
        assertEquals("HB301", r.json().at("/reports/0/blockedBy/0").asText(), "the third blocks; the two known do not");
    }

    @Test
    void entriesNoLongerFoundAreCountedAndRewritingTheBaselineDropsThem() throws IOException {
        List<String> fixed = lines(a);
        fixed.set(5, fixed.get(5).replace("xx", "3"));
        write(a, fixed);
        CliTest.Run r = run("check", "--baseline", base.toString(), drafts.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.out().contains("，已不再出现 1 处（用 --write-baseline 更新基线）"), r.out());
        assertTrue(r.out().contains("  基线中另有 1 处已不再出现"), r.out());
        JsonNode json = run("check", "-f", "json", "--baseline", base.toString(), drafts.toString()).json();
        assertEquals(1, json.at("/summary/baseline/stale").asInt());

        // Updating the baseline for a.txt alone keeps b.txt's entries.
        CliTest.Run update = run("check", "--baseline", base.toString(), "--write-baseline", base.toString(), a.toString());
        assertEquals(0, update.code(), update.err());
        String text = Files.readString(base, StandardCharsets.UTF_8);
        assertFalse(text.contains("\"text\": \"xx\""), text);
        assertTrue(text.contains("\"text\": \"真真\""), "b.txt was not checked: its entries stay\n" + text);
        json = run("check", "-f", "json", "--baseline", base.toString(), drafts.toString()).json();
        assertEquals(0, json.at("/summary/baseline/stale").asInt(), json.toString());
        assertEquals(0, json.at("/summary/baseline/new").asInt());
    }

    @Test
    void aFileTheBaselineDoesNotListIsJudgedAsWithoutOne() throws IOException {
        Path c = write(drafts.resolve("c.txt"), failing());
        CliTest.Run r = run("check", "-f", "json", "--baseline", base.toString(), drafts.toString());
        assertEquals(1, r.code());
        JsonNode reports = r.json().at("/reports");
        assertEquals(c.toString(), reports.get(2).at("/file").asText());
        assertEquals("fail", reports.get(2).at("/status").asText());
        assertFalse(reports.get(2).at("/baseline/listed").asBoolean());
        assertEquals("pass", reports.get(0).at("/status").asText());
    }

    @Test
    void aNewSlipInAnAcceptedReportUnderTheThresholdFailsIt() throws IOException {
        List<String> worse = lines(a);
        worse.set(6, "（三）推进适老化改造。为412户特殊困难老年人家庭实施居家适老化改造，户均投入投入4800元。");
        write(a, worse);
        CliTest.Run r = run("check", "-f", "json", "--baseline", base.toString(), a.toString());
        assertEquals(1, r.code(), r.out());
        JsonNode report = r.json().at("/reports/0");
        assertEquals(0, report.at("/blockedBy").size(), "the known placeholder no longer blocks");
        assertEquals(1, report.at("/baseline/new").asInt(), report.toString());
        assertFalse(report.at("/passed").asBoolean());
    }

    @Test
    void aReportUnderTheThresholdThatLosesPointsWithoutAFindingFails() throws IOException {
        List<String> worse = lines(a);
        // the leadership part loses its heading: mentioned in passing, it earns 15 of 25, and no rule reports that
        worse.set(4, worse.get(4).replace("（一）加强组织领导。", "（一）统筹推进。"));
        write(a, worse);
        CliTest.Run r = run("check", "-f", "json", "--baseline", base.toString(), a.toString());
        assertEquals(1, r.code(), r.out());
        JsonNode report = r.json().at("/reports/0");
        assertEquals(0, report.at("/baseline/new").asInt(), report.toString());
        assertEquals("inline", report.at("/elements/leadership/status").asText());
        assertFalse(report.at("/passed").asBoolean(), "it scores less than when the baseline was written");
    }

    @Test
    void jobsDirectoriesAndStandardInput() throws IOException {
        assertEquals(0, run("check", "-j", "2", "--baseline", base.toString(), drafts.toString()).code());
        byte[] text = Files.readAllBytes(b);
        Path stdinBase = dir.resolve("stdin.json");
        assertEquals(0, runWithInput(text, "check", "-", "--stdin-filename", "drafts/s.txt", "--write-baseline",
                stdinBase.toString()).code());
        assertTrue(Files.readString(stdinBase).contains("\"file\": \"drafts/s.txt\""));
        CliTest.Run r = runWithInput(text, "check", "-", "--stdin-filename", "drafts\\s.txt", "-f", "json", "--baseline",
                stdinBase.toString());
        assertEquals(0, r.code(), r.out());
        assertTrue(r.json().at("/reports/0/baseline/listed").asBoolean(), "folders separated by \\ or / are one name");
        assertEquals(0, r.json().at("/reports/0/baseline/new").asInt());
    }

    @Test
    void everyFormatMarksWhatIsKnown() throws IOException {
        List<String> edited = lines(b);
        edited.set(9, edited.get(9) + "全年培训党员xx人次。");
        write(b, edited);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        CliTest.Run r = run("check", "--baseline", base.toString(), "-f", "json:" + out.resolve("r.json"),
                "-f", "sarif:" + out.resolve("r.sarif"), "-f", "junit:" + out.resolve("r.xml"), "-f", "github:" + out.resolve("r.gh"),
                "-f", "html:" + out.resolve("r.html"), "-f", "csv:" + out.resolve("r.csv"), "-f", "docx:" + out.resolve("docx"),
                drafts.toString());
        assertEquals(1, r.code(), r.err());

        JsonNode json = JSON.readTree(out.resolve("r.json").toFile());
        JsonNode bFindings = json.at("/reports/1/findings");
        long known = 0;
        for (JsonNode f : bFindings) {
            boolean isNew = f.at("/rule").asText().equals("HB301");
            assertEquals(!isNew, f.path("known").asBoolean(), f.toString());
            known += f.path("known").asBoolean() ? 1 : 0;
        }
        assertEquals(known, json.at("/reports/1/baseline/known").asLong());

        JsonNode sarif = JSON.readTree(out.resolve("r.sarif").toFile());
        List<String> states = new ArrayList<>();
        for (JsonNode res : sarif.at("/runs/0/results")) {
            states.add(res.at("/ruleId").asText() + ":" + res.at("/baselineState").asText());
        }
        assertTrue(states.contains("HB302:unchanged") && states.contains("HB301:new") && states.contains("HB301:unchanged"),
                states.toString());

        String junit = Files.readString(out.resolve("r.xml"));
        String aSuite = junit.substring(junit.indexOf("<testsuite name=\"" + a), junit.indexOf("<testsuite name=\"" + b));
        assertTrue(aSuite.contains("failures=\"0\""), "everything in a.txt is known: nothing fails\n" + aSuite);
        assertTrue(aSuite.contains("已知（基线）"), aSuite);

        String github = Files.readString(out.resolve("r.gh"));
        assertTrue(github.lines().anyMatch(l -> l.startsWith("::notice ") && l.contains("title=已知（基线） HB302")), github);
        assertTrue(github.lines().anyMatch(l -> l.startsWith("::error ") && l.contains("title=HB301")), github);
        assertTrue(github.endsWith("::notice title=huibao::基线：已知 " + json.at("/summary/baseline/known").asInt()
                + " 处，新问题 1 处\n"), "the summary: " + github);

        String html = Files.readString(out.resolve("r.html"));
        assertTrue(html.contains("<details class=\"known\"><summary>已知问题（基线）（"), "shown apart");
        assertTrue(html.contains("<mark class=\"warning known\""), "muted in the text");

        List<String> csv = Files.readAllLines(out.resolve("r.csv"));
        assertTrue(csv.get(0).endsWith(",已忽略,基线"), csv.get(0));
        assertTrue(csv.get(1).contains("通过（基线已接受）"), csv.get(1));

        try (ZipFile docx = new ZipFile(out.resolve("docx").resolve("b.huibao.docx").toFile());
             InputStream comments = docx.getInputStream(docx.getEntry("word/comments.xml"))) {
            String xml = new String(comments.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("已接受（基线）"), "the known slip's comment says so");
        }
    }

    @Test
    void aBadBaselineIsOneClearLineAndExitTwo() throws IOException {
        Path notJson = Files.writeString(dir.resolve("not.json"), "不是 JSON");
        Path array = Files.writeString(dir.resolve("array.json"), "[]");
        Path wrongType = Files.writeString(dir.resolve("type.json"),
                "{\"huibao\": \"baseline\", \"version\": 1,\n\"findings\": [{\"file\": \"a.txt\", \"rule\": 302}]}");
        Path noMarker = Files.writeString(dir.resolve("other.json"), "{\"findings\": []}");
        for (Path p : List.of(notJson, array, wrongType, noMarker, dir.resolve("missing.json"))) {
            CliTest.Run r = run("check", "--baseline", p.toString(), a.toString());
            assertEquals(2, r.code(), p.toString());
            assertEquals("", r.out());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().startsWith("huibao: --baseline " + p + ": "), r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        }
        assertTrue(run("check", "--baseline", wrongType.toString(), a.toString()).err()
                .contains("不是有效的基线文件：第 2 行：rule 应为字符串"));
        CliTest.Run noDir = run("check", "--write-baseline", dir.resolve("no/such/b.json").toString(), a.toString());
        assertEquals(2, noDir.code());
        assertTrue(noDir.err().contains("目录不存在"), noDir.err());
    }

    /**
     * The judging scenario on the five real reports the project was created from (outside the
     * repository; skipped where they are not beside the checkout).
     */
    @Test
    void onTheSeedsABaselinePassesAndOneNewPlaceholderFails() throws IOException {
        Path seeds = Stream.of(Path.of("..", "shared", "seeds"), Path.of("..", "..", "shared", "seeds"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        assumeTrue(seeds != null, "seeds not available");
        Path copy = dir.resolve("seeds");
        Files.createDirectories(copy);
        List<Path> txt;
        try (Stream<Path> s = Files.list(seeds)) {
            txt = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path p : txt) {
            Files.copy(p, copy.resolve(p.getFileName()));
        }
        Path seedBase = dir.resolve("seeds.json");
        assertEquals(0, run("check", "-q", "--write-baseline", seedBase.toString(), copy.toString()).code());
        CliTest.Run same = run("check", "-q", "--baseline", seedBase.toString(), copy.toString());
        assertEquals(0, same.code(), same.out());
        Path last = copy.resolve(txt.get(txt.size() - 1).getFileName());
        List<String> lines = lines(last);
        int n = lines.size() - 1;
        while (lines.get(n).isBlank()) {
            n--;
        }
        lines.set(n, lines.get(n) + "共计xx万元。");
        write(last, lines);
        CliTest.Run one = run("check", "-q", "--baseline", seedBase.toString(), copy.toString());
        assertEquals(1, one.code(), one.out());
        List<String> named = findingLines(one.out());
        assertEquals(1, named.size(), one.out());
        assertTrue(Pattern.matches(Pattern.quote(last.toString()) + ":" + (n + 1) + ":\\d+ error HB301 未填写的占位符：xx",
                named.get(0)), named.get(0));
    }
}
