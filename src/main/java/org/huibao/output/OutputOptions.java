package org.huibao.output;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.huibao.api.Lang;
import org.huibao.model.RuleInfo;

/**
 * How to render a run.
 *
 * @param lang  language of labels and messages
 * @param color ANSI colours (text only; the caller decides, e.g. when stdout is a terminal)
 * @param quiet only failing and unreadable reports and the summary (text only: machine formats stay
 *              complete so that consumers never have to guess what was left out)
 * @param rules the metadata of every loaded rule, fired or not (sarif lists them all in
 *              {@code tool.driver.rules}; junit, github and html take rule titles from it); may be
 *              empty, then formats fall back to the rule ids
 */
public record OutputOptions(Lang lang, boolean color, boolean quiet, List<RuleInfo> rules) {

    public OutputOptions {
        Objects.requireNonNull(lang, "lang");
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** Without rule metadata. */
    public OutputOptions(Lang lang, boolean color, boolean quiet) {
        this(lang, color, quiet, List.of());
    }

    public static OutputOptions defaults() {
        return new OutputOptions(Lang.ZH, false, false);
    }

    /** The metadata of a rule by id, if the caller gave it. */
    public Optional<RuleInfo> rule(String id) {
        for (RuleInfo r : rules) {
            if (r.id().equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
