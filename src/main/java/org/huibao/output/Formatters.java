package org.huibao.output;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The available output formats by name, like PMD renderers or Checkstyle loggers. Immutable. */
public final class Formatters {

    private final Map<String, Formatter> byName;
    private final List<String> names;

    private Formatters(Map<String, Formatter> byName) {
        this.byName = Map.copyOf(byName);
        this.names = List.copyOf(new TreeMap<>(byName).keySet());
    }

    /** {@code text}, {@code json}, {@code sarif}, {@code junit}, {@code github} and {@code html}. */
    public static Formatters defaults() {
        return of(new TextFormatter(), new JsonFormatter(), new SarifFormatter(), new JunitFormatter(),
                new GithubFormatter(), new HtmlFormatter(),
                new XlsxFormatter(), new CsvFormatter());
    }

    /** Lets later formats (sarif, junit, …) be added without touching this class; names must differ. */
    public static Formatters of(Formatter... formatters) {
        Map<String, Formatter> map = new TreeMap<>();
        for (Formatter f : formatters) {
            Objects.requireNonNull(f, "formatter");
            String key = key(f.name());
            if (map.putIfAbsent(key, f) != null) {
                throw new IllegalArgumentException("two formatters are named " + key);
            }
        }
        return new Formatters(map);
    }

    /** Case-insensitive, so that {@code --format JSON} works too. */
    public Optional<Formatter> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
    }

    /** Sorted, for help texts and error messages. */
    public List<String> names() {
        return names;
    }

    // Locale.ROOT: under a Turkish default locale "TEXT".toLowerCase() would not be "text".
    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
