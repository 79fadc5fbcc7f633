package org.huibao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.huibao.api.Lang;
import org.huibao.api.Message;
import org.huibao.model.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code huibao explain ID}: what a rule checks, an example, and the fix. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"说明一条规则：目的、示例、改法", "Explain a rule: purpose, example and fix"})
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
        if (!r.example().isEmpty()) {
            out.println();
            out.println(en ? "Example" : "示例");
            out.println("  " + generic(r.example()));
        }
        section(out, en ? "Fix" : "改法", r.fix(), lang);
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

    /** {0}, {1}… stand for what a finding found ("把“{0}”换成…"); with no finding, an ellipsis says "the text found". */
    static String generic(String text) {
        return SLOT.matcher(text).replaceAll("…");
    }

    private static final Pattern SLOT = Pattern.compile("\\{\\d\\}");
}
