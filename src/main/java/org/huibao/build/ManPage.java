package org.huibao.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * huibao(1) in roff (the man macros), written from the picocli model: the program's description, each
 * command with its synopsis, description, parameters and options, and the exit codes.
 *
 * <p>Written here rather than by picocli-codegen's ManPageGenerator: that one writes AsciiDoc, one page
 * per subcommand with cross references, and turning AsciiDoc into roff needs Asciidoctor, which runs on
 * JRuby (a 30 MB download and about ten seconds of a build on this project's two-core machines). One page
 * with every command is what {@code man huibao} readers expect, and roff's escaping is small.
 */
final class ManPage {

    private ManPage() {
    }

    /** The page for the command tree whose root is {@code root}, for {@code huibao VERSION}. */
    static String of(CommandLine root, String version) {
        CommandSpec spec = root.getCommandSpec();
        String name = spec.name();
        StringBuilder b = new StringBuilder();
        // man-db hands the page to preconv, which reads the encoding from this first line.
        b.append(".\\\" -*- coding: UTF-8 -*-\n");
        b.append(".\\\" Generated at build time from huibao's command-line model (org.huibao.build.CliDocs); do not edit.\n");
        b.append(".TH ").append(quoted(name.toUpperCase(Locale.ROOT))).append(" 1 \"\" ")
                .append(quoted(name + " " + version)).append(' ').append(quoted("User Commands")).append('\n');
        // Ragged right and no hyphenation: justified lines of Chinese are stretched at the few spaces
        // they have, and a hyphen inside an option name would be taken for part of it.
        b.append(".ad l\n.nh\n");

        b.append(".SH NAME\n");
        String[] description = spec.usageMessage().description();
        b.append(text(name)).append(" \\- ").append(text(description.length == 0 ? "" : description[0])).append('\n');

        b.append(".SH SYNOPSIS\n");
        for (CommandLine sub : root.getSubcommands().values()) {
            b.append(synopsis(sub.getCommandSpec())).append("\n.br\n");
        }
        b.append(synopsis(spec)).append('\n');

        b.append(".SH DESCRIPTION\n");
        paragraph(b, description);
        b.append(".SH OPTIONS\n");
        arguments(b, spec);

        b.append(".SH COMMANDS\n");
        for (CommandLine sub : root.getSubcommands().values()) {
            CommandSpec s = sub.getCommandSpec();
            b.append(".SS ").append(quoted(s.qualifiedName())).append('\n');
            b.append(".PP\n").append(synopsis(s)).append('\n');
            paragraph(b, s.usageMessage().description());
            arguments(b, s);
        }

        Map<String, String> exitCodes = new LinkedHashMap<>(spec.usageMessage().exitCodeList());
        for (CommandLine sub : root.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().exitCodeList().forEach(exitCodes::putIfAbsent);
        }
        if (!exitCodes.isEmpty()) {
            b.append(".SH \"EXIT STATUS\"\n");
            exitCodes.forEach((code, meaning) -> b.append(".TP\n").append(bold(code.trim())).append('\n')
                    .append(text(meaning.trim())).append('\n'));
        }
        return b.toString();
    }

    /** {@code huibao check [OPTIONS] PATH...}: options as one placeholder, parameters by their labels. */
    private static String synopsis(CommandSpec s) {
        StringBuilder b = new StringBuilder(".B ").append(quoted(s.qualifiedName())).append('\n');
        List<String> parts = new ArrayList<>();
        if (!visibleOptions(s).isEmpty()) {
            parts.add("[\\fIOPTIONS\\fR]");
        }
        if (!s.subcommands().isEmpty()) {
            parts.add("\\fICOMMAND\\fR");
        }
        for (PositionalParamSpec p : s.positionalParameters()) {
            if (p.hidden()) {
                continue;
            }
            String label = "\\fI" + text(p.paramLabel()) + "\\fR" + (p.arity().max() > 1 ? "..." : "");
            parts.add(p.arity().min() == 0 ? "[" + label + "]" : label);
        }
        return b.append(String.join(" ", parts)).toString();
    }

    /** Each parameter and option as a tagged paragraph: its names, then its description. */
    private static void arguments(StringBuilder b, CommandSpec s) {
        for (PositionalParamSpec p : s.positionalParameters()) {
            if (!p.hidden()) {
                b.append(".TP\n").append("\\fI").append(text(p.paramLabel())).append("\\fR\n");
                description(b, p);
            }
        }
        for (OptionSpec o : visibleOptions(s)) {
            List<String> names = new ArrayList<>();
            for (String n : o.names()) {
                names.add(bold(n));
            }
            String head = String.join(", ", names);
            if (o.arity().max() > 0 && !o.paramLabel().isEmpty()) {
                head += " \\fI" + text(o.paramLabel()) + "\\fR";
            }
            b.append(".TP\n").append(head).append('\n');
            description(b, o);
        }
    }

    private static List<OptionSpec> visibleOptions(CommandSpec s) {
        return s.options().stream().filter(o -> !o.hidden()).toList();
    }

    private static void description(StringBuilder b, ArgSpec a) {
        String[] lines = a.description();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                b.append(".br\n");
            }
            b.append(text(lines[i])).append('\n');
        }
    }

    private static void paragraph(StringBuilder b, String[] lines) {
        b.append(".PP\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                b.append(".br\n");
            }
            b.append(text(lines[i])).append('\n');
        }
    }

    private static String bold(String s) {
        return "\\fB" + text(s) + "\\fR";
    }

    private static String quoted(String s) {
        return "\"" + text(s).replace("\"", "\\(dq") + "\"";
    }

    /**
     * Text as roff prints it: a backslash is roff's escape, '-' would be printed as a hyphen (so that
     * an option copied from the page would not work), and a line may not start with a control
     * character ('.' or '\''), nor with a space (which would break the line there). Picocli's %n (a line
     * break in help) becomes a space.
     */
    static String text(String s) {
        String plain = (s == null ? "" : s).replace("%n", " ").replace('\n', ' ').replace('\r', ' ').strip();
        StringBuilder b = new StringBuilder(plain.length() + 8);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\e");
                case '-' -> b.append("\\-");
                default -> b.append(c);
            }
        }
        if (b.length() > 0 && (b.charAt(0) == '.' || b.charAt(0) == '\'')) {
            b.insert(0, "\\&");
        }
        return b.toString();
    }
}
