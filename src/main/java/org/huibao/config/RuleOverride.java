package org.huibao.config;

import java.util.Optional;
import org.huibao.model.Severity;

/** What config.yaml changes about one rule; an empty field keeps the rule's own declaration. */
public record RuleOverride(Optional<Severity> severity, Optional<Boolean> enabled, Optional<Boolean> blocking) {
}
