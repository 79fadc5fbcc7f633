package org.huibao.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.huibao.api.Element;
import org.huibao.api.ElementKind;
import org.huibao.api.Genre;
import org.huibao.api.Message;
import org.huibao.model.RuleExample;
import org.huibao.model.RuleInfo;
import org.huibao.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.nodes.MappingNode;

/** Required elements as configuration declares them: the built-in three, an office's own, rule files. */
class ElementsConfigTest {

    private static final String LIANZHENG = """
            elements:
              lianzheng:
                name: {zh: 党风廉政建设, en: Party conduct and integrity}
                rule: XB101
                genres: [report, self-check]
                report_title: 党建
                heading: ['党风廉政|廉政建设']
                body: [党风廉政建设, 廉政风险]
                scored: 2
                blocking: true
                message: 报告没有写党风廉政建设情况
            """;

    @TempDir
    Path dir;

    private static String refused(String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(yaml, "office.yaml"));
        assertEquals(1, e.lines().size(), e.getMessage());
        return e.getMessage();
    }

    @Test
    void theBuiltInElementsAreEntriesLikeAnyOther() throws ConfigException {
        Config c = ConfigLoader.defaults();
        assertEquals(Element.BUILT_IN, c.elements().stream().map(ElementDeclaration::element).toList());
        assertEquals(List.of(ElementKind.LEADERSHIP, ElementKind.SHORTCOMINGS, ElementKind.NEXT_STEPS),
                c.elements().stream().map(ElementDeclaration::like).toList());
        assertEquals(List.of(new Message("组织领导", "Leadership"), new Message("存在问题", "Shortcomings"),
                new Message("下一步措施", "Next steps")), c.elements().stream().map(ElementDeclaration::name).toList());
        assertEquals(List.of("HB101", "HB102", "HB103"), c.elements().stream().map(ElementDeclaration::ruleId).toList());
        for (ElementDeclaration d : c.elements()) {
            assertEquals(1.0, d.weight(), d.element().id());
            assertTrue(d.genres().isEmpty() && d.titles().isEmpty() && d.rule().isEmpty(), d.element().id());
        }
        ElementDeclaration leadership = c.element(Element.LEADERSHIP).orElseThrow();
        assertFalse(leadership.requiredIn(Genre.ADDRESS, "", c.profile(Genre.ADDRESS)), "the address profile");
        assertTrue(leadership.requiredIn(Genre.REPORT, "", c.profile(Genre.REPORT)));
        assertSame(Element.LEADERSHIP, Element.of("leadership"));
    }

    @Test
    void anOfficesElementHasItsNameCuesGenresTitleWeightAndRule() throws ConfigException {
        Config c = ConfigLoader.load(LIANZHENG, "office.yaml");
        assertEquals(4, c.elements().size());
        ElementDeclaration d = c.elements().get(3);
        assertEquals(Element.of("lianzheng"), d.element());
        assertEquals(new Message("党风廉政建设", "Party conduct and integrity"), d.name());
        assertEquals(ElementKind.PLAIN, d.like(), "plain unless it says otherwise");
        assertEquals(List.of("党风廉政建设", "廉政风险"), d.cues().body().stream().map(Pattern::pattern).toList());
        assertEquals(2.0, d.weight());
        assertEquals(List.of(Genre.REPORT, Genre.SELF_CHECK), d.genres());

        assertTrue(d.requiredIn(Genre.REPORT, "2024年度党建工作情况报告", c.profile(Genre.REPORT)));
        assertFalse(d.requiredIn(Genre.REPORT, "2024年度安全生产工作情况报告", c.profile(Genre.REPORT)), "title");
        assertFalse(d.requiredIn(Genre.SPEECH, "党建工作汇报发言", c.profile(Genre.SPEECH)), "genre");

        RuleInfo r = d.rule().orElseThrow();
        assertEquals("XB101", r.id());
        assertEquals(Severity.ERROR, r.severity());
        assertTrue(r.blocking());
        assertEquals(new Message("报告没有写党风廉政建设情况", ""), r.message());
        assertEquals("office.yaml", r.source());
    }

    @Test
    void aProfileCanRequireOrExcuseAnOfficesElement() throws ConfigException {
        Config c = ConfigLoader.load(LIANZHENG + """
                profiles:
                  speech:
                    elements:
                      lianzheng: {required: true}
                  report:
                    elements:
                      lianzheng: {required: false}
                """, "office.yaml");
        ElementDeclaration d = c.element(Element.of("lianzheng")).orElseThrow();
        assertTrue(d.requiredIn(Genre.SPEECH, "", c.profile(Genre.SPEECH)), "the profile has the last word");
        assertFalse(d.requiredIn(Genre.REPORT, "党建工作情况报告", c.profile(Genre.REPORT)));
    }

    @Test
    void aBadElementIsOneClearLine() {
        String element = "elements:\n  lianzheng:\n    name: 廉政\n    rule: XB101\n    heading: 廉政\n";
        assertEquals("office.yaml:2: elements.lianzheng: the rule reporting it missing has no id: give one of your"
                + " office's, e.g. rule: XB101", refused("elements:\n  lianzheng:\n    name: 廉政\n    heading: 廉政\n"));
        assertEquals("office.yaml:2: elements.lianzheng: name is missing: give the name outputs show, e.g. name: "
                + "{zh: 党风廉政建设, en: Party conduct and integrity}",
                refused("elements:\n  lianzheng:\n    rule: XB101\n    heading: 廉政\n"));
        assertEquals("office.yaml:2: elements.lianzheng: no heading, body or lead_in cue: give the regular"
                + " expressions that find it, e.g. heading: ['党风廉政建设']",
                refused("elements:\n  lianzheng:\n    name: 廉政\n    rule: XB101\n"));
        assertEquals("office.yaml:4: elements.lianzheng.rule: rule ids HB… are huibao's own; give your office's"
                + " prefix, e.g. XB120", refused(element.replace("XB101", "HB120")));
        assertEquals("office.yaml:6: elements.lianzheng.like must be one of leadership, shortcomings, next_steps,"
                + " plain, got \"leadrship\" (did you mean \"leadership\"?)", refused(element + "    like: leadrship\n"));
        assertTrue(refused(element + "    genres: [reprot]\n").startsWith("office.yaml:6: elements.lianzheng.genres[0]:"
                + " unknown genre \"reprot\" (did you mean \"report\"?); genres are report, speech,"));
        assertEquals("office.yaml:6: elements.lianzheng.scored must be false or a positive weight (the built-in"
                + " elements weigh 1), got 0", refused(element + "    scored: 0\n"));
        assertEquals("office.yaml:6: unknown key \"elements.lianzheng.bodyy\" (did you mean \"elements.lianzheng.body\"?)",
                refused(element + "    bodyy: 廉政\n"));
        assertEquals("office.yaml:2: elements: invalid element id \"Lian Zheng\" (expected lower-case letters, digits"
                + " and _, starting with a letter, e.g. lianzheng)", refused(element.replace("lianzheng", "Lian Zheng")));
        assertEquals("office.yaml:3: elements.leadership.severity: the built-in element leadership is reported missing"
                + " by HB101 (rules/elements.drl); change that rule under rules.overrides.HB101 instead",
                refused("elements:\n  leadership:\n    severity: warning\n"));
        assertEquals("office.yaml:8: elements.b.rule: XB101 is already the rule of element lianzheng",
                refused(element + "  b:\n    name: 乙\n    rule: XB101\n    body: 乙\n"));
        assertEquals("office.yaml:6: unknown key \"elements.lianzheng.examples.bda\" (did you mean"
                + " \"elements.lianzheng.examples.bad\"?)", refused(element + "    examples: {bda: [x]}\n"));
        assertEquals("office.yaml:9: unknown key \"profiles.report.elements.lianzhen\" (did you mean"
                + " \"profiles.report.elements.lianzheng\"?)",
                refused(element + "profiles:\n  report:\n    elements:\n      lianzhen: {required: false}\n"));
    }

    @Test
    void aRuleFileEntryOfKindRequiredIsADeclaration() throws Exception {
        MappingNode entry = YamlSource.parse("""
                id: XB101
                kind: required
                element: lianzheng
                name: {zh: 党风廉政建设, en: Party conduct and integrity}
                genres: [report]
                heading: [党风廉政]
                body: [廉政风险]
                exclude: [廉政风险排查不到位]
                scored: false
                severity: warning
                blocking: true
                message: {zh: 没有写党风廉政建设, en: No account of integrity}
                examples:
                  bad: [一份没有廉政内容的报告, {text: 标题, at: 标题}]
                  good: [开展廉政风险排查。]
                """, "lianzheng.rule.yaml", dir).root();
        ElementDeclaration d = ElementsLoader.fromRule("lianzheng.rule.yaml", dir, entry);
        assertEquals(Element.of("lianzheng"), d.element());
        assertEquals(0.0, d.weight(), "scored: false");
        assertEquals(List.of("廉政风险排查不到位"), d.cues().exclude().stream().map(Pattern::pattern).toList());
        RuleInfo r = d.rule().orElseThrow();
        assertEquals("XB101", r.id());
        assertEquals(Severity.WARNING, r.severity());
        assertTrue(r.blocking());
        assertEquals(new Message("没有写党风廉政建设", "No account of integrity"), r.message());
        assertEquals(List.of(RuleExample.bad("一份没有廉政内容的报告"), new RuleExample("标题", true, "标题"),
                RuleExample.good("开展廉政风险排查。")), r.examples());
        assertEquals("lianzheng.rule.yaml", r.source());

        MappingNode typo = YamlSource.parse("id: XB102\nkind: required\nname: 甲\nbody: 甲\nmessage: 无甲\nsored: 1\n",
                "x.rule.yaml", dir).root();
        ConfigException e = assertThrows(ConfigException.class, () -> ElementsLoader.fromRule("x.rule.yaml", dir, typo));
        assertEquals("x.rule.yaml:6: unknown key \"sored\" (did you mean \"scored\"?)", e.getMessage());
        MappingNode noElementId = YamlSource.parse("id: XB103\nkind: required\nname: 甲\nbody: 甲\nmessage: 无甲\n",
                "y.rule.yaml", dir).root();
        ElementDeclaration plain = ElementsLoader.fromRule("y.rule.yaml", dir, noElementId);
        assertEquals(Element.of("xb103"), plain.element(), "the rule id in lower case");
        assertEquals(Severity.WARNING, plain.rule().orElseThrow().severity(), "as every rule file's");
        MappingNode noMessage = YamlSource.parse("id: XB104\nkind: required\nname: 甲\nbody: 甲\n", "z.rule.yaml", dir)
                .root();
        assertEquals("z.rule.yaml:1: rule XB104 has no \"message\" (what the finding says when the report lacks 甲)",
                assertThrows(ConfigException.class, () -> ElementsLoader.fromRule("z.rule.yaml", dir, noMessage))
                        .getMessage());
    }

    @Test
    void requiredRuleFilesJoinTheConfigurationOtherKindsAreLeftAlone() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("lianzheng.rule.yaml"),
                "- id: XB101\n  kind: required\n  element: lianzheng\n  name: 党风廉政建设\n  heading: 党风廉政\n"
                        + "  message: 没有写党风廉政建设\n", StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("cliche.rule.yaml"), "id: XB301\nkind: substitution\nswap: {抓手: 举措}\n",
                StandardCharsets.UTF_8);
        Config c = RequiredRuleFiles.addTo(ConfigLoader.defaults(), List.of(rules, dir.resolve("missing")));
        assertEquals(List.of("leadership", "shortcomings", "next_steps", "lianzheng"),
                c.elements().stream().map(d -> d.element().id()).toList());
        assertEquals(rules.resolve("lianzheng.rule.yaml").toString(), c.elements().get(3).rule().orElseThrow().source());

        ConfigException twice = assertThrows(ConfigException.class, () -> RequiredRuleFiles.addTo(c, List.of(rules)));
        assertEquals(rules.resolve("lianzheng.rule.yaml") + ": element lianzheng is already declared", twice.getMessage());
    }
}
