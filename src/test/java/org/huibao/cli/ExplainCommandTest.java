package org.huibao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code huibao explain}: the examples as a reader sees them, and what a finding does to the verdict. */
class ExplainCommandTest {

    @TempDir
    Path dir;

    /** The lines after "对结论的影响" up to the blank line. */
    private static List<String> gate(String out) {
        List<String> lines = out.lines().toList();
        int i = lines.indexOf("对结论的影响") >= 0 ? lines.indexOf("对结论的影响") : lines.indexOf("Effect on the verdict");
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).isEmpty()) {
            end++;
        }
        return lines.subList(i + 1, end);
    }

    @Test
    void aBlockingErrorSaysWhatItCostsThatItFailsAloneAndHowToChangeIt() {
        CliTest.Run r = CliTest.run("explain", "HB303");
        assertEquals(ExitCode.OK, r.code(), r.err());
        assertEquals(List.of(
                "  error 级：报告出现此问题，从质量分（满分 25）中扣 5 分，不论出现几处只扣一次；总分低于 80 分不通过。",
                "  一票否决：报告出现此问题即不通过，无论得分多少。",
                "  在配置文件中修改：rules: {overrides: {HB303: {severity: error, blocking: true}}}"
                        + "（severity：error、warning 或 info；blocking: true 一票否决；enabled: false 停用）"), gate(r.out()));
    }

    @Test
    void theConfigurationInForceIsWhatIsExplained() throws IOException {
        Path config = dir.resolve("office.yaml");
        Files.writeString(config, "threshold: 85\nscoring:\n  quality: {warning: 3}\nrules:\n  overrides:\n"
                + "    HB303: {severity: warning, blocking: false}\n    HB101: {enabled: false}\n", StandardCharsets.UTF_8);
        CliTest.Run r = CliTest.run("explain", "--config", config.toString(), "HB303");
        assertEquals(List.of(
                "  warning 级：报告出现此问题，从质量分（满分 25）中扣 3 分，不论出现几处只扣一次；总分低于 85 分不通过。",
                "  在配置文件中修改：rules: {overrides: {HB303: {severity: warning, blocking: false}}}"
                        + "（severity：error、warning 或 info；blocking: true 一票否决；enabled: false 停用）"), gate(r.out()));
        assertEquals("  已停用：不检查。", gate(CliTest.run("explain", "--config", config.toString(), "HB101").out()).get(0));
    }

    @Test
    void elementRulesHintsAndGenresAreSaidSo() {
        assertEquals("  要素规则：不扣质量分；要素 shortcomings 有专门部分得 25 分，写在其他部分中得 15 分，缺失得 0 分，流于套话另扣 10 分（scoring.elements）。",
                gate(CliTest.run("explain", "HB104").out()).get(0));
        List<String> hb201 = gate(CliTest.run("explain", "HB201").out());
        assertEquals("  info 级：只作提示，不扣分。", hb201.get(0));
        assertEquals("  以下体裁不检查：speech、address、pledge、not-a-report（profiles）。", hb201.get(1));
        assertEquals("  error: a report with this finding loses 5 of its 25 quality points, once however often it occurs;"
                + " below 80 points it fails.", gate(CliTest.run("explain", "--lang", "en", "HB301").out()).get(0));
    }

    @Test
    void examplesAreShownWithoutMarksOneLineEachThenTheCorrectForm() {
        String out = CliTest.run("explain", "HB202").out();
        assertFalse(out.contains("[[") || out.contains("]]"), out);
        List<String> lines = out.lines().toList();
        int example = lines.indexOf("示例");
        assertEquals(List.of("  县林业局2024年度工作情况报告", "  县人民政府：", "  一、主要工作"), lines.subList(example + 1, example + 4));
        assertTrue(lines.contains("  1.加强组织领导。"), out);
        int correct = lines.indexOf("正确写法");
        assertTrue(correct > example, out);
        assertEquals("  县林业局2024年度工作情况报告", lines.get(correct + 1));
    }

    @Test
    void aLayoutExampleSaysHowItIsSet() {
        String out = CliTest.run("explain", "--lang", "en", "HB501").out();
        assertTrue(out.contains("\nExample\n  关于2024年度党建工作情况的报告 [宋体, 18 pt, centred]\n  市委：\n"), out);
        assertTrue(out.contains("\nCorrect\n  关于2024年度党建工作情况的报告 [方正小标宋简体, 22 pt, centred]\n"), out);
        String margins = CliTest.run("explain", "HB505").out();
        assertTrue(margins.contains("\n示例\n  ［页边距 上/下/左/右 25.4/25.4/31.8/31.8 毫米］\n  全年开展集中学习24次。\n"), margins);
    }
}
