package org.huibao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.huibao.api.Lang;
import org.huibao.fix.FileFix;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.ReportResult;
import org.huibao.output.Visible;

/**
 * What {@code huibao fix} tells the user: per file, the fixes made by rule and the findings left for a
 * person (each as check's text output writes a finding, at its place in the copy), then one line for the
 * run. Counts what the exit code is made of.
 */
final class FixSummary {

    private final PrintWriter out;
    private final Lang lang;
    private final boolean quiet;
    private final boolean dryRun;
    private final boolean inPlace;
    private int files;
    private int fixes;
    private int left;
    private int passed;
    private int failed;
    private int unreadable;

    FixSummary(PrintWriter out, Lang lang, boolean quiet, boolean dryRun, boolean inPlace) {
        this.out = out;
        this.lang = lang;
        this.quiet = quiet;
        this.dryRun = dryRun;
        this.inPlace = inPlace;
    }

    /** @param target the copy's name, null when none is written (--dry-run) */
    void file(String display, String target, FileFix fix) {
        files++;
        ReportResult after = fix.after();
        if (fix.status() == FileFix.Status.UNREADABLE) {
            unreadable++;
            out.println(Visible.escape(display) + text(": 错误: ", ": error: ") + oneLine(fix.reason().in(lang)));
            out.flush();
            return;
        }
        if (after.score() != null && after.score().passed()) {
            passed++;
        } else {
            failed++;
        }
        fixes += fix.fixed().size();
        List<Finding> remaining = after.findings();
        left += remaining.size();
        boolean copied = target != null && !inPlace;
        StringBuilder line = new StringBuilder(Visible.escape(display));
        if (copied && (fix.status() == FileFix.Status.FIXED || fix.status() == FileFix.Status.UNCHANGED)) {
            line.append(" → ").append(Visible.escape(target));
        }
        line.append(text("：", ": "));
        switch (fix.status()) {
            case FIXED -> line.append(dryRun ? text("可改正 ", "would make ") : text("改正 ", "made "))
                    .append(fix.fixed().size()).append(text(" 处", fix.fixed().size() == 1 ? " fix" : " fixes"))
                    .append(byRule(fix.fixed()));
            case UNCHANGED -> line.append(text("没有可自动改正的问题", "nothing to correct mechanically"))
                    .append(copied ? text("，原样复制", ", copied as it is") : "");
            default -> line.append(text("未改正：", "not corrected: ")).append(oneLine(fix.reason().in(lang)));
        }
        int again = fix.again();
        if (remaining.isEmpty()) {
            line.append(text("；没有需要人工处理的问题", "; nothing left for a person"));
        } else {
            line.append(text("；还有 " + remaining.size() + " 处问题需要人工处理", "; " + remaining.size()
                    + (remaining.size() == 1 ? " finding" : " findings") + " left for a person"));
        }
        if (again > 0) {
            line.append(text("（其中 " + again + " 处可再运行一次 huibao fix 改正）",
                    " (" + again + " of them for another run of huibao fix)"));
        }
        out.println(line);
        if (!quiet) {
            String where = copied && fix.status() == FileFix.Status.FIXED ? target : display;
            for (Finding f : remaining) {
                Location l = f.location();
                out.println(String.format(Locale.ROOT, "  %s:%d:%d %s %s %s", Visible.escape(where), l.line(), l.column(),
                        f.severity().id(), Visible.escape(f.rule()), oneLine(f.message().in(lang))));
            }
        }
        out.flush();
    }

    void finish() {
        out.println(lang == Lang.EN
                ? String.format(Locale.ROOT, "%d %s: %d %s made; %d %s left for a person; %d passed, %d failed, %d unreadable",
                        files, files == 1 ? "file" : "files", fixes, fixes == 1 ? "fix" : "fixes", left,
                        left == 1 ? "finding" : "findings", passed, failed, unreadable)
                        .replace(" made;", dryRun ? " to make;" : " made;")
                : String.format(Locale.ROOT, "共 %d 个文件：%s %d 处；还有 %d 处问题需要人工处理；通过 %d，不通过 %d，无法读取 %d",
                        files, dryRun ? "可改正" : "改正", fixes, left, passed, failed, unreadable));
        out.flush();
    }

    int failed() {
        return failed;
    }

    int unreadable() {
        return unreadable;
    }

    /** "（HB302 1 处、HB403 2 处）" / " (HB302 1, HB403 2)", rules in id order. */
    private String byRule(List<Finding> fixed) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding f : fixed) {
            counts.merge(f.rule(), 1, Integer::sum);
        }
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (b.length() > 0) {
                b.append(text("、", ", "));
            }
            b.append(Visible.escape(e.getKey())).append(' ').append(e.getValue()).append(lang == Lang.EN ? "" : " 处");
        }
        return text("（" + b + "）", " (" + b + ")");
    }

    private String text(String zh, String en) {
        return lang == Lang.EN ? en : zh;
    }

    /** Report text on one line, every hidden character shown as an escape. */
    private static String oneLine(String s) {
        return Visible.escape(s.replace('\n', ' ').replace('\t', ' '));
    }
}
