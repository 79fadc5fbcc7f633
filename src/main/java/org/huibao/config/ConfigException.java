package org.huibao.config;

import java.util.List;

/**
 * A configuration file that cannot be used; the message names the file and line. It may hold several
 * problems (every unknown key of a file): one line each, in {@link #lines()}, joined by line feeds in
 * the message.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(oneLine(message));
    }

    public ConfigException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    ConfigException(List<String> problems, Throwable cause) {
        super(String.join("\n", problems.stream().map(ConfigException::oneLine).toList()), cause);
    }

    /** One line per problem. */
    public List<String> lines() {
        return getMessage() == null ? List.of() : getMessage().lines().toList();
    }

    /**
     * Messages quote the user's keys and values, which YAML lets span lines ({@code {a\n\nb: 1}} has the
     * key "a\nb"); printed raw, such a key would split the one "file:line: reason" line in two.
     */
    private static String oneLine(String message) {
        if (message == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
