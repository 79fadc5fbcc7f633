package org.huibao.serve;

import java.util.List;
import org.huibao.config.Config;
import org.huibao.config.ConfigException;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoadException;
import org.huibao.engine.RuleLoader;
import org.huibao.engine.RuleSet;

/** The built-in config and rules, loaded once per test JVM: building the rules takes a second or more. */
final class BuiltIn {
    private static Config config;
    private static RuleSet rules;

    private BuiltIn() {
    }

    static synchronized Config config() {
        load();
        return config;
    }

    static synchronized RuleSet rules() {
        load();
        return rules;
    }

    private static void load() {
        if (rules == null) {
            try {
                config = ConfigLoader.defaults();
                rules = RuleLoader.load(config, List.of());
            } catch (ConfigException | RuleLoadException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
