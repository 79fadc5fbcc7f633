package org.huibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code huibao test}: a rule's examples and test cases, one line per failure, the summary, the exit code. */
class TestCommandTest {
    private static final String HEADER = String.join("\n", "package office.rules", "dialect \"mvel\"",
            "import org.huibao.api.Term", "global org.huibao.api.FindingSink findings", "", "");

    @TempDir
    Path dir;

    private Path office;

    @BeforeEach
    void setUp() throws IOException {
        office = Files.createDirectories(dir.resolve("office"));
        Files.writeString(office.resolve("cliches.lexicon.yaml"), "lexicon: cliches\nentries:\n  - {wrong: 抓手, right: 切入点}\n",
                StandardCharsets.UTF_8);
    }

    /** A rule on line 6 of office/cliche.drl whose examples, one per line, start on line 8. */
    private void rule(String... examples) throws IOException {
        Files.writeString(office.resolve("cliche.drl"), HEADER + String.join("\n",
                "rule \"A cliché the office bans\"",
                "    @id(\"XB301\") @severity(\"info\") @title(\"套话\") @message(\"“{0}”是套话，可改为：{1}\")",
                String.join("\n", examples),
                "when",
                "    $t : Term(vocabulary == \"cliches\")",
                "then",
                "    findings.add(drools, $t);",
                "end", ""), StandardCharsets.UTF_8);
    }

    private CliTest.Run test(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("test", "--no-cache", office.toString()));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    @Test
    void examplesThatHoldPassWithExitZero() throws IOException {
        rule("    @example(\"要找准[[抓手]]，推动工作落实。\")", "    @example2(\"以党建为[[抓手]]、以项目为[[抓手]]。\")",
                "    @example_ok(\"要找准切入点，推动工作落实。\")");
        CliTest.Run r = test();
        assertEquals(ExitCode.OK, r.code(), r.out() + r.err());
        assertEquals("共测试 1 条规则的 3 个示例和用例：全部通过\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void eachKindOfFailureIsOneLineNamingTheExampleAndExitsOne() throws IOException {
        rule("    @example(\"要找准切入点，推动工作落实。\")",
                "    @example2(\"要找准抓手，推动[[工作]]落实。\")",
                "    @example_ok(\"以党建为抓手。\")");
        CliTest.Run r = test();
        assertEquals(ExitCode.FAILED, r.code(), r.err());
        String file = office.resolve("cliche.drl").toString();
        assertEquals(List.of(
                file + ":8: XB301 错例 “要找准切入点，推动工作落实。”：未报告",
                file + ":9: XB301 错例 “要找准抓手，推动工作落实。”：报告在“抓手”而非“工作”",
                file + ":10: XB301 正例 “以党建为抓手。”：不应报告却报告了“抓手”",
                "共测试 1 条规则的 3 个示例和用例：3 个未通过"), r.out().lines().toList());
    }

    @Test
    void inEnglish() throws IOException {
        rule("    @example(\"要找准切入点。\")", "    @example_ok(\"要找准切入点。\")");
        CliTest.Run r = test("--lang", "en");
        assertEquals(ExitCode.FAILED, r.code());
        assertEquals(List.of(office.resolve("cliche.drl") + ":8: XB301 bad example “要找准切入点。”: not reported",
                "Tested 2 example(s) and case(s) of 1 rule(s): 1 failed"), r.out().lines().toList());
    }

    @Test
    void theCasesOfATestFileRunWithTheExamplesAndNameTheirLine() throws IOException {
        rule("    @example(\"要找准[[抓手]]。\")", "    @example_ok(\"要找准切入点。\")");
        Path tests = Files.createDirectories(office.resolve("tests"));
        Files.writeString(tests.resolve("XB301.yaml"), String.join("\n",
                "bad:",
                "  - 把党建作为[[抓手]]。",
                "  - text: |",
                "      关于2024年度党建工作情况的报告",
                "      市委：",
                "      一、以党建为[[抓手]]推动业务",
                "      特此报告。",
                "    message: 套话",
                "  - {text: 以项目为抓手。, message: 口号}",
                "good:",
                "  - 抓好党建工作。",
                "  - 抓手要实。", ""), StandardCharsets.UTF_8);
        // A case may test a built-in rule: an office's word list extends HB305's.
        Files.writeString(tests.resolve("HB305.yaml"), "bad:\n  - 予以[[暴光]]。\ngood:\n  - 予以曝光。\n", StandardCharsets.UTF_8);
        CliTest.Run r = test();
        assertEquals(ExitCode.FAILED, r.code(), r.err());
        String file = tests.resolve("XB301.yaml").toString();
        assertEquals(List.of(
                file + ":9: XB301 错例 “以项目为抓手。”：消息““抓手”是套话，可改为：切入点”中没有“口号”",
                file + ":12: XB301 正例 “抓手要实。”：不应报告却报告了“抓手”",
                "共测试 2 条规则的 9 个示例和用例：2 个未通过"), r.out().lines().toList());
    }

    @Test
    void aBadTestFileIsExitTwoNamingItsLine() throws IOException {
        rule("    @example(\"要找准[[抓手]]。\")", "    @example_ok(\"要找准切入点。\")");
        Path tests = Files.createDirectories(office.resolve("tests"));
        Files.writeString(tests.resolve("XB301.yaml"), "bda:\n  - 抓手。\ngood:\n  - txt: 抓好工作。\n", StandardCharsets.UTF_8);
        Files.writeString(tests.resolve("XB999.yaml"), "bad:\n  - 抓手。\n", StandardCharsets.UTF_8);
        CliTest.Run r = test();
        assertEquals(ExitCode.USAGE, r.code());
        assertEquals(List.of(
                "huibao: " + tests.resolve("XB301.yaml") + ":1: 未知的键 \"bda\"（是否要用 \"bad\"？）",
                "huibao: " + tests.resolve("XB301.yaml") + ":4: 未知的键 \"txt\"（是否要用 \"text\"？）"), r.err().lines().toList());
        assertEquals("", r.out());
        Files.writeString(tests.resolve("XB301.yaml"), "bad:\n  - 抓手。\n", StandardCharsets.UTF_8);
        CliTest.Run unknown = test();
        assertEquals(ExitCode.USAGE, unknown.code());
        assertEquals("huibao: " + tests.resolve("XB999.yaml") + ": 没有编号为 XB999 的规则（文件名或 rule: 应为规则编号）\n", unknown.err());
    }

    @Test
    void aRuleFileThatDoesNotLoadIsExitTwo() throws IOException {
        Files.writeString(office.resolve("broken.drl"), HEADER + "rule \"x\"\n    @id(\"XB1\") @severity(\"info\") @title(\"x\")\nwhen\n"
                + "    Term()\nthen\n", StandardCharsets.UTF_8);
        CliTest.Run r = test();
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().startsWith("huibao: " + office.resolve("broken.drl") + ":6: 规则 \"x\" 缺少 end\n"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aRuleWithoutExamplesIsNamedAndAMissingFolderIsExitTwo() throws IOException {
        rule();
        CliTest.Run r = test();
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(List.of("没有示例的规则：XB301", "共测试 0 条规则的 0 个示例和用例：全部通过"), r.out().lines().toList());
        CliTest.Run missing = CliTest.run("test", dir.resolve("nope").toString());
        assertEquals(ExitCode.USAGE, missing.code());
        assertEquals("huibao: " + dir.resolve("nope") + "：规则目录不存在 (rule directory not found)\n", missing.err());
    }

    @Test
    void theBuiltInRulesPassTheirExamplesAndCases() {
        CliTest.Run all = CliTest.run("test");
        assertEquals(ExitCode.OK, all.code(), all.out() + all.err());
        assertTrue(all.out().matches("共测试 41 条规则的 \\d+ 个示例和用例：全部通过\n"), all.out());
        CliTest.Run folder = CliTest.run("test", "rules");
        assertEquals(ExitCode.OK, folder.code(), folder.out() + folder.err());
        assertEquals(all.out(), folder.out(), "the repository's rules/ is the built-in folder");
        assertFalse(folder.err().contains("differs"), folder.err());
    }
}
