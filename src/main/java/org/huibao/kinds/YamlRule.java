package org.huibao.kinds;

import java.util.List;
import java.util.Set;
import org.huibao.api.Genre;
import org.huibao.api.Message;
import org.huibao.config.RuleOverride;
import org.huibao.model.RuleExample;
import org.huibao.model.RuleInfo;
import org.huibao.model.Severity;

/**
 * The metadata of one no-code rule, as its file declares it; what it looks for is its kind's
 * {@link Check}, kept by {@link YamlRules}.
 *
 * @param kind       its {@code kind:}
 * @param blocking   as declared, or by default true for an {@code error} rule
 * @param genres     the genres it runs in; empty: all
 * @param suggestion how to fix what it reports ({@code {1}}: a substitution's preferred form)
 * @param file       its file, as messages name it
 * @param line       where in the file the rule starts
 * @param builtIn    packaged with huibao
 */
public record YamlRule(String id, String kind, Severity severity, boolean blocking, boolean enabled, Message title,
                       Message message, Message description, Message suggestion, Set<Genre> genres,
                       List<RuleExample> examples, String file, int line, boolean builtIn) {

    /** The keys every kind of rule may have. */
    static final List<String> COMMON_KEYS = List.of("id", "kind", "severity", "blocking", "enabled", "title", "message",
            "description", "suggestion", "genres", "examples");

    public YamlRule {
        genres = Set.copyOf(genres);
        examples = List.copyOf(examples);
    }

    /** Where the rule is, for messages: "file:line". */
    public String where() {
        return file + ":" + line;
    }

    /** The rule as the engine and the outputs know every rule, with the configuration's overrides laid over it. */
    public RuleInfo info(RuleOverride override) {
        return new RuleInfo(id, override.severity().orElse(severity), title, message, description, examples, suggestion,
                null, override.enabled().orElse(enabled), override.blocking().orElse(blocking), file);
    }
}
