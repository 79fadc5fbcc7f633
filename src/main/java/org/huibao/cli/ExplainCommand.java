package org.huibao.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.huibao.api.Genre;
import org.huibao.api.Lang;
import org.huibao.api.Message;
import org.huibao.config.Config;
import org.huibao.config.RuleOverride;
import org.huibao.model.ExampleText;
import org.huibao.model.RuleExample;
import org.huibao.model.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code huibao explain ID}: what a rule checks, an example and the correct form, the fix, and its effect on the verdict. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"说明一条规则：目的、示例、改法、对结论的影响", "Explain a rule: purpose, example, fix and effect on the verdict"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "ID", description = "规则编号 / rule id, e.g. HB102")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CommonOptions.Setup setup = common.setup(err, null);
        if (setup == null) {
            return ExitCode.USAGE;
        }
        Lang lang = setup.config().language();
        RuleInfo r = setup.rules().rule(id.toUpperCase(java.util.Locale.ROOT)).orElse(null);
        if (r == null) {
            err.println("huibao: " + (lang == Lang.EN ? "unknown rule " + id + " (see 'huibao rules')"
                    : "未知规则 " + id + "（用 huibao rules 查看全部规则）"));
            return ExitCode.USAGE;
        }
        boolean en = lang == Lang.EN;
        out.println(r.id() + "  " + r.severity().id() + "  " + r.title().in(lang));
        section(out, en ? "Checks" : "说明", r.description(), lang);
        example(out, en ? "Example" : "示例", r, true, lang);
        example(out, en ? "Correct" : "正确写法", r, false, lang);
        section(out, en ? "Fix" : "改法", r.fix(), lang);
        out.println();
        out.println(en ? "Effect on the verdict" : "对结论的影响");
        for (String line : gate(r, setup.config(), lang)) {
            out.println("  " + line);
        }
        out.println();
        out.println((en ? "Defined in " : "定义于 ") + r.source()
                + (r.blocking() ? (en ? " · blocking" : " · 一票否决") : "")
                + (r.enabled() ? "" : (en ? " · disabled" : " · 已停用")));
        return ExitCode.OK;
    }

    private static void section(PrintWriter out, String heading, Message text, Lang lang) {
        if (text.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading);
        out.println("  " + generic(text.in(lang)));
    }

    /** The first bad (or good) example, as a reader sees it: marks removed, each line indented. */
    private static void example(PrintWriter out, String heading, RuleInfo r, boolean bad, Lang lang) {
        RuleExample e = r.examples().stream().filter(x -> x.bad() == bad).findFirst().orElse(null);
        if (e == null) {
            return;
        }
        out.println();
        out.println(heading);
        for (String line : ExampleText.display(e.text(), lang).split("\n", -1)) {
            out.println("  " + line);
        }
    }

    /**
     * What a finding of the rule does to a report's verdict under the configuration in force: the points
     * it costs, whether it fails the report alone, where genres differ, and the setting that changes it.
     */
    static List<String> gate(RuleInfo r, Config config, Lang lang) {
        boolean en = lang == Lang.EN;
        List<String> out = new ArrayList<>();
        Config.Scoring s = config.scoring();
        if (!r.enabled()) {
            out.add(en ? "Disabled: not checked." : "已停用：不检查。");
        } else if (r.element() != null) {
            out.add(en ? "An element rule: it costs no quality points; the element \"" + r.element().id() + "\" earns "
                    + num(s.section()) + " points as a part of its own, " + num(s.inline()) + " stated in other text, "
                    + num(s.absent()) + " when absent, " + num(s.weakPenalty()) + " less when weak (scoring.elements)."
                    : "要素规则：不扣质量分；要素 " + r.element().id() + " 有专门部分得 " + num(s.section()) + " 分，写在其他部分中得 "
                    + num(s.inline()) + " 分，缺失得 " + num(s.absent()) + " 分，流于套话另扣 " + num(s.weakPenalty())
                    + " 分（scoring.elements）。");
        } else {
            double cost = switch (r.severity()) {
                case ERROR -> s.errorCost();
                case WARNING -> s.warningCost();
                case INFO -> s.infoCost();
            };
            String level = r.severity().id();
            out.add(cost > 0
                    ? (en ? level + ": a report with this finding loses " + num(cost) + " of its " + num(s.qualityMax())
                            + " quality points, once however often it occurs; below " + num(config.threshold()) + " points it fails."
                            : level + " 级：报告出现此问题，从质量分（满分 " + num(s.qualityMax()) + "）中扣 " + num(cost)
                            + " 分，不论出现几处只扣一次；总分低于 " + num(config.threshold()) + " 分不通过。")
                    : (en ? level + ": a hint; it costs no points." : level + " 级：只作提示，不扣分。"));
        }
        if (r.enabled() && r.blocking()) {
            out.add(en ? "Blocking: a report with this finding fails whatever its score."
                    : "一票否决：报告出现此问题即不通过，无论得分多少。");
        }
        List<String> off = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (Genre g : Genre.values()) {
            RuleOverride o = config.profile(g).override(r.id()).orElse(null);
            if (o == null) {
                continue;
            }
            if (o.enabled().isPresent() && !o.enabled().get()) {
                off.add(g.id());
            } else if (o.severity().isPresent() || o.blocking().isPresent() || o.enabled().isPresent()) {
                changed.add(g.id());
            }
        }
        if (!off.isEmpty()) {
            out.add(en ? "Not checked in reports of genre " + String.join(", ", off) + " (profiles)."
                    : "以下体裁不检查：" + String.join("、", off) + "（profiles）。");
        }
        if (!changed.isEmpty()) {
            out.add(en ? "Set differently for genre " + String.join(", ", changed) + " (profiles)."
                    : "以下体裁另有设置：" + String.join("、", changed) + "（profiles）。");
        }
        out.add((en ? "To change it, in the config file: " : "在配置文件中修改：") + "rules: {overrides: {" + r.id()
                + ": {severity: " + r.severity().id() + ", blocking: " + r.blocking() + "}}}"
                + (en ? " (severity: error | warning | info; blocking: true fails the report alone; enabled: false turns it off)"
                        : "（severity：error、warning 或 info；blocking: true 一票否决；enabled: false 停用）"));
        return out;
    }

    private static String num(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** {0}, {1}… stand for what a finding found ("把“{0}”换成…"); with no finding, an ellipsis says "the text found". */
    static String generic(String text) {
        return SLOT.matcher(text).replaceAll("…");
    }

    private static final Pattern SLOT = Pattern.compile("\\{\\d\\}");
}
