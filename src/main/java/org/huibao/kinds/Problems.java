package org.huibao.kinds;

import org.huibao.config.ConfigException;
import org.huibao.config.UnknownKeys;

/**
 * The problems met reading rule files, each a "file:line: …" line, listed in file and line order
 * (as the configuration's unknown keys are); counted, so that a rule with a problem can be left out.
 */
final class Problems {
    private final UnknownKeys lines = new UnknownKeys();
    private int count;

    void add(String file, int line, String message) {
        lines.add(file, line, message);
        count++;
    }

    int size() {
        return count;
    }

    void check() throws RuleFileException {
        try {
            lines.check();
        } catch (ConfigException e) {
            throw new RuleFileException(e.lines());
        }
    }
}
