package org.huibao.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.huibao.api.Lang;
import org.huibao.model.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code huibao rules}: every rule with its id, severity and title, from the DRL metadata. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"列出全部规则", "List all rules (id, severity, title)"})
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CommonOptions.Setup setup = common.setup(spec.commandLine().getErr(), null);
        if (setup == null) {
            return ExitCode.USAGE;
        }
        Lang lang = setup.config().language();
        for (RuleInfo r : setup.rules().all().stream().sorted(java.util.Comparator.comparing(RuleInfo::id)).toList()) {
            StringBuilder line = new StringBuilder();
            line.append(r.id()).append("  ").append(String.format("%-7s", r.severity().id())).append("  ")
                    .append(r.title().in(lang));
            if (r.blocking()) {
                line.append(lang == Lang.EN ? "  [blocking]" : "  [一票否决]");
            }
            if (!r.enabled()) {
                line.append(lang == Lang.EN ? "  [disabled]" : "  [已停用]");
            }
            out.println(line);
        }
        return ExitCode.OK;
    }
}
