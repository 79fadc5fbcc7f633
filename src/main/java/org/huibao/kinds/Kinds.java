package org.huibao.kinds;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The kinds of no-code rule, by the name written after {@code kind:}; one more kind is one more entry. */
final class Kinds {

    private static final Map<String, Kind> ALL = table(new Substitution(), new Existence(), new Conditional(),
            new Required());

    private Kinds() {
    }

    private static Map<String, Kind> table(Kind... kinds) {
        Map<String, Kind> out = new LinkedHashMap<>();
        for (Kind k : kinds) {
            out.put(k.name(), k);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    static Optional<Kind> get(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** The names, in the order of the table (the README's). */
    static List<String> names() {
        return List.copyOf(ALL.keySet());
    }

    /** Every key some kind reads: a rule whose kind is unknown is not faulted for its other keys. */
    static Set<String> allKeys() {
        Set<String> out = new LinkedHashSet<>(YamlRule.COMMON_KEYS);
        ALL.values().forEach(k -> out.addAll(k.keys()));
        return out;
    }
}
