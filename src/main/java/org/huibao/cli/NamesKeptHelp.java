package org.huibao.cli;

import java.util.regex.Pattern;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help whose option descriptions are never wrapped inside a name: Java's line breaking, which picocli
 * uses, allows a break after any full stop, so {@code .huibaoignore} came out as
 * "{@code . huibaoignore}" and {@code ~/.cache} as "{@code ~/. cache}" at the end of a line. Such a
 * stop (one followed by a letter, digit or {@code *}) is written as a letter while the table is laid
 * out, and put back in the finished text, as picocli itself does for hyphens.
 */
final class NamesKeptHelp extends Help {

    /** A stand-in the line breaker reads as a letter, one column wide, never in huibao's help text. */
    private static final char STOP = '\u00ff';
    private static final Pattern STOP_IN_NAME = Pattern.compile("\\.(?=[\\p{L}\\p{N}*])");

    NamesKeptHelp(CommandSpec spec, ColorScheme scheme) {
        super(spec, scheme);
    }

    @Override
    public IOptionRenderer createDefaultOptionRenderer() {
        IOptionRenderer plain = super.createDefaultOptionRenderer();
        return (option, labels, scheme) -> kept(plain.render(option, labels, scheme), scheme);
    }

    @Override
    public IParameterRenderer createDefaultParameterRenderer() {
        IParameterRenderer plain = super.createDefaultParameterRenderer();
        return (param, labels, scheme) -> kept(plain.render(param, labels, scheme), scheme);
    }

    @Override
    public String optionList() {
        return restored(super.optionList());
    }

    @Override
    public String parameterList() {
        return restored(super.parameterList());
    }

    /** The description (the last column) of each row with its in-name stops replaced. */
    private static Ansi.Text[][] kept(Ansi.Text[][] rows, ColorScheme scheme) {
        for (Ansi.Text[] row : rows) {
            int last = row.length - 1;
            String plain = row[last].plainString();
            if (plain.indexOf('.') >= 0) {
                row[last] = scheme.text(STOP_IN_NAME.matcher(plain).replaceAll(String.valueOf(STOP)));
            }
        }
        return rows;
    }

    private static String restored(String s) {
        return s.replace(STOP, '.');
    }
}
