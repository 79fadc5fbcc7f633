package org.huibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.huibao.cli.CliTest.Run;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user meets first: help, explain, a typo, colours, a config file lying about, a folder
 * with a README. Each as the user sees it: the line printed and the exit code.
 */
class FirstContactTest {

    @TempDir
    Path dir;

    private static Run run(String... args) {
        return CliTest.run(args);
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private Path goodReport(String name) throws IOException {
        return write(name, Fixtures.text("/fixtures/elements/complete.txt"));
    }

    @Test
    void explainShowsNoTemplateSlots() {
        Run r = run("explain", "HB301");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("{0}"), r.out());
        assertTrue(r.out().contains("把“…”换成实际的单位、人名、日期或数字"), r.out());
        Run structure = run("explain", "HB202", "--lang", "en");
        assertFalse(structure.out().matches("(?s).*\\{\\d}.*"), structure.out());
    }

    @Test
    void helpNeverBreaksAFileName() {
        // Java's line breaking allows a break after any full stop: ". huibaoignore" at a line's end.
        for (String command : List.of("check", "rules", "serve")) {
            String help = run(command, "--help").out();
            for (String name : List.of(".huibao.yaml", "~/.cache/huibao", "*.drl")) {
                assertTrue(help.contains(name), command + " --help keeps " + name + " whole:\n" + help);
            }
        }
        String check = run("check", "--help").out();
        assertTrue(check.contains(".huibaoignore"), check);
        assertFalse(check.matches("(?s).*\\.\\n\\s+huibaoignore.*"), check);
    }

    @Test
    void aMistypedOptionOrCommandGetsADidYouMean() {
        Run option = run("check", "--formt", "json", "x.txt");
        assertEquals(2, option.code());
        assertEquals("huibao: 未知选项 (unknown option) '--formt'，是否要用 (did you mean) --format？",
                option.err().lines().findFirst().orElseThrow());
        Run withValue = run("check", "--thresold=90", "x.txt");
        assertTrue(withValue.err().startsWith("huibao: 未知选项 (unknown option) '--thresold'，是否要用 (did you mean) --threshold？"),
                withValue.err());
        Run command = run("chek", "x.txt");
        assertEquals(2, command.code());
        assertEquals("huibao: 未知命令 (unknown command) 'chek'，是否要用 (did you mean) check？",
                command.err().lines().findFirst().orElseThrow());
        Run nothingNear = run("frobnicate");
        assertTrue(nothingNear.err().startsWith("huibao: 未知命令 (unknown command) 'frobnicate'；可用 (available): check,"),
                nothingNear.err());
    }

    @Test
    void noColorOptionTurnsColoursOff() throws IOException {
        Path report = goodReport("a.txt");
        assertTrue(run("check", "--color", "always", report.toString()).out().contains("\u001B["), "colour when asked");
        Run plain = run("check", "--color", "always", "--no-color", report.toString());
        assertEquals(0, plain.code(), plain.err());
        assertFalse(plain.out().contains("\u001B["), plain.out());
    }

    @Test
    void anotherToolsConfigYamlIsNotHuibaos() throws IOException {
        write("config.yaml", "server:\n  port: 80\ndatabase: {url: x}\n");
        Path report = goodReport("a.txt");
        Run r = run("check", report.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void theNearestHuibaoYamlAboveTheCheckedPathApplies() throws IOException {
        write(".huibao.yaml", "threshold: 100\nscoring:\n  quality: {info: 30}\n");
        Path report = goodReport("drafts/2024/a.txt");
        Run r = run("check", report.toString());
        assertTrue(r.out().contains("阈值 100"), r.out());
        Run folder = run("check", dir.resolve("drafts").toString());
        assertTrue(folder.out().contains("阈值 100"), folder.out());
        // --config still wins.
        Path other = write("other.yaml", "threshold: 60\n");
        assertTrue(run("check", "--config", other.toString(), report.toString()).out().contains("阈值 60"));
        // A nearer one wins over a farther one.
        write("drafts/.huibao.yaml", "threshold: 70\n");
        assertTrue(run("check", report.toString()).out().contains("阈值 70"));
    }

    @Test
    void pathsUnderDifferentConfigsAreRefused() throws IOException {
        write("a/.huibao.yaml", "threshold: 70\n");
        write("b/.huibao.yaml", "threshold: 90\n");
        Run r = run("check", goodReport("a/x.txt").toString(), goodReport("b/y.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("huibao: 检查的路径分属不同的 .huibao.yaml"), r.err());
    }

    @Test
    void everyUnknownKeyIsReportedAtOnce() throws IOException {
        Path config = write(".huibao.yaml", "server: 1\nthershold: 90\nscoring:\n  qualty: {}\n");
        Run r = run("check", goodReport("a.txt").toString());
        assertEquals(2, r.code());
        assertEquals(List.of(
                "huibao: " + config + ":1: unknown key \"server\"",
                "huibao: " + config + ":2: unknown key \"thershold\" (did you mean \"threshold\"?)",
                "huibao: " + config + ":4: unknown key \"scoring.qualty\" (did you mean \"scoring.quality\"?)"),
                r.err().lines().toList());
    }

    @Test
    void aWalkSkipsTheFoldersReadmeAndNotesButNotMarkdownReports() throws IOException {
        goodReport("reports/a.txt");
        write("reports/README.md", "# 汇报材料说明\n\n本目录存放各单位报送的汇报。\n");
        write("reports/notes.md", "# 待办\n\n- 催报\n");
        write("reports/readme.txt", "说明\n");
        write("reports/sub/b.md", "# 关于2024年度工作情况的报告\n\n" + Fixtures.text("/fixtures/elements/complete.txt"));
        Run r = run("check", "-q", dir.resolve("reports").toString());
        assertTrue(r.out().contains("共 2 个文件"), r.out());
        // Named on the command line, a README is checked; --include checks what it selects.
        assertTrue(run("check", "-q", dir.resolve("reports/notes.md").toString()).out().contains("共 1 个文件"));
        Run all = run("check", "-q", "--include", "*.md", dir.resolve("reports").toString());
        assertTrue(all.out().contains("共 3 个文件"), all.out());
    }

    @Test
    void aWalkReadsTheTitleOfAMarkdownFrontMatter() throws IOException {
        String body = Fixtures.text("/fixtures/elements/complete.txt");
        write("site/report.md", "---\nsource: https://www.example.gov.cn/a.html\ntitle: 关于2024年度工作情况的报告\n---\n\n" + body);
        write("site/rules.md", "---\ntitle: 机关公文处理办法\ndate: 2024-01-01\n---\n\n第一条 为了规范公文处理，制定本办法。\n");
        Run r = run("check", "-q", "-f", "json", dir.resolve("site").toString());
        assertTrue(r.out().contains("report.md") && !r.out().contains("rules.md"),
                "the report's title: names a report, the rules' does not, whatever key comes first: " + r.out());
    }
}
