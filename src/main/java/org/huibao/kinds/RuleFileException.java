package org.huibao.kinds;

import java.util.List;

/** Rule files that cannot be used: one line per problem, each naming its file and line. */
public final class RuleFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public RuleFileException(List<String> lines) {
        super(String.join("\n", lines));
    }
}
