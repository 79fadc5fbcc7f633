package org.huibao.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.huibao.api.Element;
import org.huibao.check.Checker;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleInfo;
import org.huibao.model.Severity;
import org.huibao.read.Readers;
import org.huibao.read.SourceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule side of an element declared in configuration: its missing-element rule is a rule like any
 * other (listed, explained, overridden), and rules read each element's state by its id.
 */
class DeclaredElementRulesTest {

    private static final String OFFICE = """
            elements:
              lianzheng:
                name: {zh: 党风廉政建设, en: Party conduct and integrity}
                rule: XB101
                heading: 廉政建设
                body: 党风廉政建设
                severity: warning
                description: {zh: 党建报告须写党风廉政建设, en: Party-building reports cover integrity}
                examples: {bad: [没有廉政内容的报告], good: [有党风廉政建设内容的报告]}
            rules:
              overrides:
                XB101: {blocking: true}
            """;

    private static final String WITHOUT = "关于2024年度党建工作情况的报告\n市委：\n一、工作情况\n成立领导小组，专题研究部署4次。\n"
            + "二、存在的问题\n部分支部记录不规范。\n三、下一步工作打算\n2025年3月底前完成轮训，由机关党委负责。\n特此报告。\n";

    @TempDir
    Path dir;

    @Test
    void itsRuleIsListedWithItsSettingsAndOverrides() throws Exception {
        RuleSet rules = RuleLoader.load(ConfigLoader.load(OFFICE, "office.yaml"), List.of());
        RuleInfo r = rules.rule("XB101").orElseThrow();
        assertEquals(Severity.WARNING, r.severity());
        assertTrue(r.blocking(), "rules.overrides applies to it as to any rule");
        assertEquals("缺少党风廉政建设", r.title().zh());
        assertEquals("No Party conduct and integrity", r.title().en());
        assertEquals("党建报告须写党风廉政建设", r.description().zh());
        assertEquals("没有廉政内容的报告", r.example());
        assertEquals(2, r.examples().size());
        assertEquals(Element.of("lianzheng"), r.element());
        assertEquals("office.yaml", r.source());
    }

    @Test
    void rulesReadAnElementsStateByItsId() throws Exception {
        Files.writeString(dir.resolve("state.drl"), """
                package office.rules
                dialect "mvel"
                import org.huibao.api.ElementState
                import org.huibao.api.ElementStatus
                import org.huibao.api.DocumentFact
                global org.huibao.api.FindingSink findings

                rule "Integrity without leadership"
                    @id("XB901") @severity("info") @title("有廉政无领导")
                when
                    ElementState(id == "lianzheng", status == ElementStatus.ABSENT, required)
                    ElementState(id == "leadership", status == ElementStatus.INLINE)
                    $d : DocumentFact()
                then
                    findings.add(drools, $d.head);
                end
                """, StandardCharsets.UTF_8);
        Config config = ConfigLoader.load(OFFICE, "office.yaml");
        Checker checker = new Checker(config, RuleLoader.load(config, List.of(dir)), Readers.defaults());
        ReportResult r = checker.check(new SourceText("r.txt", WITHOUT, "UTF-8"));
        assertEquals(List.of("XB101", "XB901"), r.findings().stream().map(f -> f.rule()).filter(id -> id.startsWith("XB"))
                .sorted().toList());
        assertEquals(List.of("XB101"), r.score().blockedBy());
        ReportResult with = checker.check(new SourceText("r.txt", WITHOUT.replace("一、工作情况", "一、党风廉政建设情况"), "UTF-8"));
        assertTrue(with.findings().stream().noneMatch(f -> f.rule().startsWith("XB")), with.findings().toString());
    }

    @Test
    void itsRuleIdMayNotBeADrlRulesToo() throws Exception {
        Files.writeString(dir.resolve("same.drl"), """
                package office.rules
                rule "Same id"
                    @id("XB101") @severity("info") @title("同号")
                when
                    eval(false)
                then
                end
                """, StandardCharsets.UTF_8);
        RuleLoadException e = assertThrows(RuleLoadException.class,
                () -> RuleLoader.load(ConfigLoader.load(OFFICE, "office.yaml"), List.of(dir)));
        assertEquals("office.yaml: element lianzheng: rule id XB101 is already used by rule \"Same id\" in "
                + dir.resolve("same.drl"), e.getMessage());
    }
}
