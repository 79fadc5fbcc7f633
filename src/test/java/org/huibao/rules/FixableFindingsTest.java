package org.huibao.rules;

import static org.huibao.testing.Fixtures.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.huibao.cli.Main;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which findings carry an edit and which are left to a person: only a remedy that is safe and has one
 * answer becomes a fix.
 */
class FixableFindingsTest {

    @TempDir
    Path dir;

    /** A report whose body lines start at line 3. */
    private static String report(String... body) {
        return "关于2024年度党建工作情况的报告\n市委：\n" + String.join("\n", body) + "\n特此报告。\n";
    }

    /** "RULE text → replacement" for each finding of the rule, "RULE text" when it has no fix. */
    private static List<String> fixes(ReportResult r, String rule) {
        return r.findings().stream().filter(f -> f.rule().equals(rule)).map(FixableFindingsTest::show).toList();
    }

    private static String show(Finding f) {
        return f.location().text() + (f.fix() == null ? "" : " → " + f.fix().replacement());
    }

    @Test
    void punctuationIsFixedWhereTheMarkIsCertain() {
        ReportResult r = check("p.txt", report("加强组织领导,成立专班(由局长任组长)。", "他说\"要抓落实。",
                "召开专题会议，，研究部署。。", "召开会议，。研究部署。"));
        assertEquals(List.of(", → ，", "(由局长任组长) → （由局长任组长）", "\""), fixes(r, "HB403"),
                "a lone straight quote may open or close");
        assertEquals(List.of("，， → ，", "。。 → 。", "，。"), fixes(r, "HB404"), "which of ，。 was meant is not known");
    }

    @Test
    void datesAreFixedButATwoDigitYearNeedsAPerson() {
        ReportResult r = check("d.txt", report("2024.06.01印发方案，05月03日召开会议，〔2023〕05号文件。",
                "23年4月召开会议，24年以来开展培训，2024.6.1日印发，二0二五年底前完成，二0二五年7月启动。"));
        assertEquals(List.of("2024.06.01 → 2024年6月1日", "05 → 5", "03 → 3", "05 → 5", "23年", "24年", "2024.6.1",
                "二0二五年 → 二〇二五年", "二0二五年7月"), fixes(r, "HB408"));
    }

    @Test
    void numbersAreFixedToTheirStandardForm() {
        ReportResult r = check("n.txt", report("满意率达到百分之98.6，培训1，260人次，投入3千8百60万元，奖励3万6千元，达到九十%。"));
        assertEquals(List.of("百分之98.6 → 98.6%", "1，260 → 1260", "3千8百60 → 3860", "3万6千 → 3.6万", "九十% → 90%"),
                fixes(r, "HB409"));
    }

    @Test
    void wordListsGiveTheirCorrectFormUnlessItIsAGuess() {
        ReportResult r = check("w.txt", report("坚定“四个意识”，牢固树立大局意识、政治意识、核心意识、看齐意识，",
                "增强政治意识、责任意识、核心意识、看齐意识，学习二十大三中全会精神。"));
        assertEquals(List.of("坚定“四个意识” → 增强“四个意识”", "大局意识、政治意识、核心意识、看齐意识 → 政治意识、大局意识、核心意识、看齐意识",
                "政治意识、责任意识、核心意识、看齐意识", "二十大 → 二十届"), fixes(r, "HB304"),
                "a list with an item that is none of the four may not have meant them (fix: false)");
        Finding plenum = r.findings().stream().filter(f -> f.location().text().equals("二十大")).findFirst().orElseThrow();
        assertEquals("规范提法应为：二十届", plenum.message().zh(), "the group is the match's, with the look-ahead in its line");
    }

    @Test
    void characterTypedTwiceKeepsOneCopy() {
        ReportResult r = check("c.txt", report("全面加强党风廉政建建设，坚决做到做到红线不触。"));
        assertEquals(List.of("建建 → 建", "做到做到 → 做到"), fixes(r, "HB302"));
    }

    @Test
    void anOfficeWordListMayListAlternativesOrSayFixFalse() throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("office.lexicon.yaml"), String.join("\n",
                "lexicon: confusions",
                "entries:",
                "  - {wrong: 截止日前, right: [截止日期前, 截至日前]}",
                "  - {wrong: 带头做用, right: 带头作用, fix: false}",
                "  - {wrong: 既往开来, right: 继往开来}", ""), StandardCharsets.UTF_8);
        Path draft = dir.resolve("d.txt");
        Files.writeString(draft, report("截止日前完成，发挥带头做用，既往开来。"), StandardCharsets.UTF_8);
        JsonNode findings = json("check", draft.toString(), "--rules", rules.toString(), "-f", "json").path("reports").get(0)
                .path("findings");
        String shown = "";
        for (JsonNode f : findings) {
            if (f.path("rule").asText().equals("HB305")) {
                shown += f.path("message").asText() + (f.has("fix") ? " → " + f.path("fix").path("replacement").asText() : "")
                        + "\n";
            }
        }
        assertEquals("“截止日前”应为“截止日期前 或 截至日前”\n“带头做用”应为“带头作用”\n“既往开来”应为“继往开来” → 继往开来\n", shown);

        Files.writeString(rules.resolve("office.lexicon.yaml"), "lexicon: confusions\nentries:\n  - {wrong: 甲, right: 乙, fix: maybe}\n",
                StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"check", draft.toString(), "--rules", rules.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(2, code);
        assertTrue(err.toString().contains("office.lexicon.yaml:3: fix 只能是 true 或 false"), err.toString());
    }

    @Test
    void findingsOfRulesWithoutAMechanicalRemedyCarryNone() {
        ReportResult r = check("x.txt", report("x月x日，恳请市局给予支持。增强“四个意识”、“四个自信”……等活动。1——11月完成。"));
        String withFix = r.findings().stream().filter(f -> f.fix() != null).map(f -> f.rule() + " " + show(f))
                .collect(Collectors.joining("\n"));
        assertEquals("", withFix);
        assertNull(r.findings().get(0).fix());
    }

    private static JsonNode json(String... args) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals("", err.toString());
        return new ObjectMapper().readTree(out.toString());
    }
}
