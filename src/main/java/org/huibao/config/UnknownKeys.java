package org.huibao.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The unknown keys one load of the configuration met, in file and line order. A misspelt file seldom
 * has one typo: naming them all at once saves a run per key. Rule files collect their problems here
 * too, for the same reason.
 */
public final class UnknownKeys {

    private record Key(String file, int line, String message) {
    }

    private final List<Key> keys = new ArrayList<>();

    public void add(String file, int line, String message) {
        keys.add(new Key(file, line, message));
    }

    /** The unknown keys as one exception (one line each), followed by {@code other} when there is one. */
    ConfigException with(ConfigException other) {
        List<String> lines = lines();
        lines.addAll(other.lines());
        return new ConfigException(lines, other);
    }

    /** Throws when any key was unknown. */
    public void check() throws ConfigException {
        if (!keys.isEmpty()) {
            throw new ConfigException(lines(), null);
        }
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    private List<String> lines() {
        List<String> out = new ArrayList<>();
        keys.stream().sorted(Comparator.comparing(Key::file).thenComparingInt(Key::line)).distinct()
                .forEach(k -> out.add(k.message()));
        return out;
    }
}
