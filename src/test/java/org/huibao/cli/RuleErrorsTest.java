package org.huibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes people make writing a rule file, each blamed on their own file and line in a line or two,
 * with a hint: never a built-in rule file, never a page of parser output.
 */
class RuleErrorsTest {
    /** Five lines; the rule below starts on line 6. */
    private static final String HEADER = String.join("\n", "package office.rules", "dialect \"mvel\"",
            "import org.huibao.api.DocumentFact", "global org.huibao.api.FindingSink findings", "", "");
    private static final String META = "    @id(\"XB1\") @severity(\"warning\") @title(\"标题\")\n";

    @TempDir
    Path dir;

    private Path rules;

    @BeforeEach
    void setUp() throws IOException {
        rules = Files.createDirectories(dir.resolve("office"));
    }

    private List<String> errors(String file, String text, String... lang) throws IOException {
        Files.writeString(rules.resolve(file), text, StandardCharsets.UTF_8);
        List<String> args = new java.util.ArrayList<>(List.of("rules", "--no-cache", "--rules", rules.toString()));
        args.addAll(List.of(lang));
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(ExitCode.USAGE, r.code(), r.out());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        for (String l : lines) {
            assertTrue(l.startsWith("huibao: " + rules) || l.startsWith("huibao: 提示：") || l.startsWith("huibao: hint: "),
                    "blamed on the user's file, or a hint: " + l);
            assertTrue(!l.contains("rules/wording.drl") && !l.contains("rules/structure.drl") && !l.contains("\tat "), l);
        }
        return lines;
    }

    private String at(String file, String rest) {
        return "huibao: " + rules.resolve(file) + rest;
    }

    @Test
    void aRuleWithoutEndIsBlamedOnThatRuleNotWhereTheParserGaveUp() throws IOException {
        List<String> lines = errors("a.drl", HEADER + "rule \"R\"\n" + META + "when\n    $d : DocumentFact()\nthen\n"
                + "    findings.add(drools, $d.head);\n\nrule \"S\"\n" + META.replace("XB1", "XB2")
                + "when\n    $d : DocumentFact()\nthen\n    findings.add(drools, $d.head);\nend\n");
        assertEquals(List.of(at("a.drl", ":6: 规则 \"R\" 缺少 end"),
                "huibao: 提示：规则缺少 end；每条规则写作 rule \"名称\" … when … then … end，在第 13 行之前补上 end"), lines);
    }

    @Test
    void anUnknownFactTypeGetsTheTypesAndTheNearestOne() throws IOException {
        List<String> lines = errors("b.drl", HEADER + "rule \"R\"\n" + META + "when\n    $h : Headng(level == 1)\nthen\n"
                + "    findings.add(drools, $h.span);\nend\n");
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(at("b.drl", ":9: 未知的事实类型 Headng"), lines.get(0));
        assertTrue(lines.get(1).startsWith("huibao: 提示：是否要用 Heading（import org.huibao.api.Heading）？可用的事实类型见 org.huibao.api：DocumentFact, Block, Heading, Sentence"),
                lines.get(1));
    }

    @Test
    void aMissingImportIsNamed() throws IOException {
        assertEquals(List.of(at("c.drl", ":9: 类型 Heading 未导入"), "huibao: 提示：缺少 import org.huibao.api.Heading"),
                errors("c.drl", HEADER + "rule \"R\"\n" + META + "when\n    $h : Heading(level == 1)\nthen\n"
                        + "    findings.add(drools, $h.span);\nend\n"));
    }

    @Test
    void aWrongAnnotationValueIsNamedWithItsLineAndTheValueMeant() throws IOException {
        assertEquals(List.of(at("d.drl", ":7: 规则 \"R\"：@severity 只能是 error、warning 或 info，不是 \"warn\"（是否要用 \"warning\"？）")),
                errors("d.drl", HEADER + "rule \"R\"\n" + META.replace("warning", "warn") + "when\n    $d : DocumentFact()\n"
                        + "then\n    findings.add(drools, $d.head);\nend\n"));
        assertEquals(List.of(at("d.drl", ":7: rule \"R\": @blocking must be \"true\" or \"false\", got \"yes\""),
                        at("d.drl", ":8: rule \"R\": unknown annotation @exmaple (did you mean @example?)")),
                errors("d.drl", HEADER + "rule \"R\"\n" + META.replace("@title", "@blocking(\"yes\") @title")
                        + "    @exmaple(\"x\") @author(\"办公室\")\nwhen\n    $d : DocumentFact()\nthen\n    findings.add(drools, $d.head);\nend\n",
                        "--lang", "en"));
    }

    @Test
    void syntaxErrorsInConditionsGetTheirColumnAndAHint() throws IOException {
        assertEquals(List.of(at("e.drl", ":9:29: 语法错误：此处不应出现 '='（规则 \"R\"）"), "huibao: 提示：条件中比较相等用 ==，不是 ="),
                errors("e.drl", HEADER + "rule \"R\"\n" + META + "when\n    $d : DocumentFact(title = \"x\")\nthen\n"
                        + "    findings.add(drools, $d.head);\nend\n"));
        assertEquals(List.of(at("e.drl", ":10:1: 语法错误：此处不应出现 'then'（规则 \"R\"）"), "huibao: 提示：规则 \"R\" 的条件中括号不配对"),
                errors("e.drl", HEADER + "rule \"R\"\n" + META + "when\n    $d : DocumentFact(title == \"x\"\nthen\n"
                        + "    findings.add(drools, $d.head);\nend\n"));
        List<String> field = errors("e.drl", HEADER + "rule \"R\"\n" + META + "when\n    $d : DocumentFact(titel == \"x\")\nthen\n"
                + "    findings.add(drools, $d.head);\nend\n");
        assertEquals(at("e.drl", ":9: DocumentFact 没有字段 titel"), field.get(0));
        assertTrue(field.get(1).startsWith("huibao: 提示：是否要用 title？DocumentFact 的字段：name, title, head,"), field.get(1));
        assertEquals(2, field.size());
    }

    @Test
    void anUndeclaredGlobalAndAnAnnotationWrittenTwiceAreExplained() throws IOException {
        assertEquals(List.of(at("g.drl", ":11: 未声明的全局变量 findings"),
                        "huibao: 提示：在文件开头声明 global org.huibao.api.FindingSink findings"),
                errors("g.drl", HEADER.replace("global org.huibao.api.FindingSink findings", "") + "rule \"R\"\n" + META
                        + "when\n    $d : DocumentFact()\nthen\n    findings.add(drools, $d.head);\nend\n"));
        List<String> twice = errors("g.drl", HEADER + "rule \"R\"\n" + META + "    @example(\"甲\")\n    @example(\"乙\")\nwhen\n"
                + "    $d : DocumentFact()\nthen\n    findings.add(drools, $d.head);\nend\n");
        assertEquals(at("g.drl", ":9: 注解 @example 写了两次"), twice.get(0));
        assertTrue(twice.get(1).contains("@example2"), twice.get(1));
    }

    @Test
    void manyErrorsInOneFileAreCutToThreeLinesAndOneHint() throws IOException {
        StringBuilder drl = new StringBuilder(HEADER);
        for (int i = 0; i < 6; i++) {
            drl.append("rule \"R").append(i).append("\"\n").append(META.replace("XB1", "XB1" + i))
                    .append("when\n    $d : DocumentFact(titel").append(i).append(" == \"x\")\nthen\n    findings.add(drools, $d.head);\nend\n");
        }
        List<String> lines = errors("m.drl", drl.toString());
        assertEquals(5, lines.size(), lines.toString());
        assertEquals(at("m.drl", ": 另有 3 处错误未列出"), lines.get(3));
        assertTrue(lines.get(4).startsWith("huibao: 提示："), lines.get(4));
    }

    @Test
    void unknownKeysOfAWordListAreErrorsWithTheKeyMeant() throws IOException {
        assertEquals(List.of(at("c.lexicon.yaml", ":3: 未知的键 \"rigth\"（是否要用 \"right\"？）"),
                        at("c.lexicon.yaml", ":4: 未知的键 \"notes\"（是否要用 \"note\"？）")),
                errors("c.lexicon.yaml", "lexicon: cliches\nentries:\n  - {wrong: 抓手, rigth: 切入点}\n  - {wrong: 赋能, notes: 套话}\n"));
    }

    @Test
    void aStandardPhraseWhoseItemsAreNotItsOwnIsAnErrorNamingTheItem() throws IOException {
        assertEquals(List.of(at("s.lexicon.yaml", ":3: items 须是提法中依次出现、各出现一次的至少两项：稳定"),
                        at("s.lexicon.yaml", ":4: standard（标准提法）、name（标准名称）和 allowed（允许的写法）只能给一个，items 不用于 allowed")),
                errors("s.lexicon.yaml", "lexicon: formulations\nentries:\n  - {standard: 统筹发展和安全, items: [发展, 稳定]}\n"
                        + "  - {standard: 统筹发展和安全, allowed: 统筹好发展和安全}\n"));
    }

    @Test
    void aYearOfAStandardPhraseIsFourDigitsAndUntilGoesWithAllowedOnly() throws IOException {
        assertEquals(List.of(at("s.lexicon.yaml", ":3: since 和 until 是四位的年份：去年"),
                        at("s.lexicon.yaml", ":4: until 只用于 allowed（到某年为止的规范写法）")),
                errors("s.lexicon.yaml", "lexicon: formulations\nentries:\n  - {standard: 统筹发展和安全, since: 去年}\n"
                        + "  - {standard: 统筹发展和安全, until: 2016}\n  - {allowed: 新时期“枫桥经验”, until: 2018}\n"));
    }

    @Test
    void aCorrectRuleFileStillLoads() throws IOException {
        Files.writeString(rules.resolve("ok.drl"), HEADER + "rule \"R\"\n" + META + "    @author(\"办公室\")\nwhen\n"
                + "    $d : DocumentFact()\nthen\n    findings.add(drools, $d.head);\nend\n", StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("ok.lexicon.yaml"), "lexicon: cliches\nentries:\n  - {wrong: 抓手, right: 切入点, note: 套话}\n",
                StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("rules", "--no-cache", "--rules", rules.toString());
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertTrue(r.out().contains("XB1  warning  标题"), r.out());
    }
}
