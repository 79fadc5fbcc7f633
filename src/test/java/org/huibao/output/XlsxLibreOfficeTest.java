package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huibao.api.Lang;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbook of a 40-report batch opens in LibreOffice Calc: converted headless to CSV, sheet by sheet,
 * without complaint, with every row there. Needs Debian's {@code libreoffice-calc-nogui} ({@code .ci/run}
 * installs it); skipped without {@code soffice} or without Calc.
 */
class XlsxLibreOfficeTest {

    private static final long TIMEOUT_SECONDS = 180;

    @TempDir
    Path dir;

    /** 40 reports: passing, failing, unreadable and hostile ones, each ten times under its own name. */
    private static RunResult batch() {
        List<ReportResult> reports = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            for (ReportResult r : Fixtures.fullRun().reports()) {
                String file = String.format(Locale.ROOT, "单位%02d/%s", i, r.file());
                reports.add(new ReportResult(file, r.title(), r.elements(), r.findings(), r.score(), r.error(), r.genre(),
                        r.text()));
            }
        }
        return new RunResult("0.1.0", reports);
    }

    @Test
    void aBatchWorkbookConvertsToCsvSheetBySheet() throws Exception {
        String soffice = DocxLibreOfficeTest.soffice().orElse(null);
        assumeTrue(soffice != null, "soffice is not installed");
        Path program = Path.of(soffice).toRealPath().getParent();
        assumeTrue(Files.exists(program.resolve("libsclo.so")), "LibreOffice Calc is not installed (libreoffice-calc-nogui)");

        RunResult run = batch();
        byte[] bytes = XlsxFormatterTest.render(new XlsxFormatter(), run, Lang.ZH);
        int findings = run.reports().stream().mapToInt(r -> r.findings().size()).sum();
        try (XSSFWorkbook wb = XlsxFormatterTest.read(bytes)) {
            XlsxFormatterTest.assertFrozenHeaderAndFilter(wb.getSheetAt(0), "A1:L41");
            XlsxFormatterTest.assertFrozenHeaderAndFilter(wb.getSheetAt(1), "A1:I" + (findings + 1));
        }
        Path xlsx = Files.write(dir.resolve("汇总.xlsx"), bytes);

        Path out = Files.createDirectories(dir.resolve("out"));
        Path log = dir.resolve("soffice.log");
        // UTF-8 (76), every sheet (-1) to a file of its own: 汇总-报告.csv, 汇总-问题.csv.
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--norestore", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("soffice did not finish within " + TIMEOUT_SECONDS + " s");
        }
        String said = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), said);
        assertTrue(!said.toLowerCase(Locale.ROOT).contains("error"), said);

        List<String> reports = Files.readAllLines(out.resolve("汇总-报告.csv"), StandardCharsets.UTF_8);
        assertEquals(41, reports.size(), "the header and a row per report");
        assertEquals("文件,标题,体裁,得分,结论,一票否决,缺少的要素,较弱的要素,错误,警告,提示,说明", reports.get(0));
        assertTrue(reports.contains("单位01/missing.docx,,,,无法读取,,,,,,,无法读取文件"), String.join("\n", reports));
        assertTrue(reports.stream().anyMatch(l -> l.startsWith("单位10/a.txt,,工作报告,62,不通过,HB102 缺少存在问题部分,存在问题,")),
                String.join("\n", reports));

        List<String> rows = Files.readAllLines(out.resolve("汇总-问题.csv"), StandardCharsets.UTF_8);
        assertEquals("文件,行,列,规则,规则名称,级别,问题,原文,建议", rows.get(0));
        assertEquals(findings + 1, rows.size(), "the header and a row per finding, each on one line");
        assertTrue(rows.contains("单位01/a.txt,全文,,HB102,缺少存在问题部分,错误,报告没有写本单位存在的问题和不足,,补写存在问题部分"),
                String.join("\n", rows));
    }
}
