package org.huibao.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.huibao.config.DidYouMean;
import org.huibao.output.Visible;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistyped option or command ({@code --formt}, {@code chek}) told as such, with the name it was
 * probably meant to be, found as for a misspelt config key ({@link DidYouMean}).
 */
final class Misspelt {

    private Misspelt() {
    }

    /** The line for an unknown option or command; empty for other usage errors, which picocli words well. */
    static Optional<String> explain(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        CommandLine c = ex.getCommandLine();
        CommandSpec spec = c.getCommandSpec();
        String given = unmatched.getUnmatched().get(0);
        if (given.startsWith("-") && given.length() > 1) {
            int eq = given.indexOf('=');
            String name = eq > 0 ? given.substring(0, eq) : given;
            List<String> options = new ArrayList<>(spec.optionsMap().keySet());
            return Optional.of("未知选项 (unknown option) '" + Visible.escape(name) + "'"
                    + hint(name, options, "--"));
        }
        if (!c.getSubcommands().isEmpty()) {
            List<String> commands = new ArrayList<>(c.getSubcommands().keySet());
            String hint = hint(given, commands, "");
            return Optional.of("未知命令 (unknown command) '" + Visible.escape(given) + "'"
                    + (hint.isEmpty() ? "；可用 (available): " + String.join(", ", commands) : hint));
        }
        return Optional.empty();
    }

    private static String hint(String given, List<String> known, String prefix) {
        // Compared without the dashes, so "-format" and "--formt" both find "--format".
        String bare = given.replaceFirst("^-+", "");
        List<String> names = known.stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length()))
                .toList();
        return DidYouMean.suggest(bare, names)
                .map(k -> "，是否要用 (did you mean) " + prefix + k + "？")
                .orElse("");
    }
}
