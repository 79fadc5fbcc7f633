package org.huibao.engine;

import java.util.List;
import org.huibao.api.Lang;
import org.huibao.api.Message;

/**
 * Rules that cannot be loaded; each line names a rule file and, where known, the line. Lines written in
 * both languages are shown in the user's; {@link #getMessage()} holds the English ones (for logs).
 */
public final class RuleLoadException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Message> lines;

    public RuleLoadException(String message) {
        super(message);
        this.lines = message.lines().map(l -> new Message(l, l)).toList();
    }

    public RuleLoadException(List<Message> lines) {
        super(String.join("\n", lines.stream().map(m -> m.in(Lang.EN)).toList()));
        this.lines = List.copyOf(lines);
    }

    /** One line per problem, in the given language. */
    public List<String> lines(Lang lang) {
        return lines.stream().map(m -> m.in(lang)).toList();
    }

    public List<Message> messages() {
        return lines;
    }
}
