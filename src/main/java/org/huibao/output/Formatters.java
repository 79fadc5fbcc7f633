package org.huibao.output;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The available output formats by name, like PMD renderers or Checkstyle loggers: the stream formats
 * ({@link Formatter}, one text per run) and the document formats ({@link DocumentFormatter}, one file per
 * report). Immutable.
 */
public final class Formatters {

    private final Map<String, Formatter> byName;
    private final Map<String, DocumentFormatter> documents;
    private final List<String> names;

    private Formatters(Map<String, Formatter> byName, Map<String, DocumentFormatter> documents) {
        this.byName = Map.copyOf(byName);
        this.documents = Map.copyOf(documents);
        TreeSet<String> all = new TreeSet<>(byName.keySet());
        all.addAll(documents.keySet());
        this.names = List.copyOf(all);
    }

    /**
     * {@code text}, {@code json}, {@code sarif}, {@code junit}, {@code github}, {@code html}, {@code xlsx},
     * {@code csv}, {@code markdown}; and {@code docx}.
     */
    public static Formatters defaults() {
        return of(new TextFormatter(), new JsonFormatter(), new SarifFormatter(), new JunitFormatter(),
                new GithubFormatter(), new HtmlFormatter(),
                new XlsxFormatter(), new CsvFormatter(), new MarkdownFormatter()).with(new DocxFormatter());
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
        return new Formatters(map, Map.of());
    }

    /** These formats and a document format; its name must differ from theirs. */
    public Formatters with(DocumentFormatter document) {
        Objects.requireNonNull(document, "document");
        String key = key(document.name());
        if (byName.containsKey(key) || documents.containsKey(key)) {
            throw new IllegalArgumentException("two formatters are named " + key);
        }
        Map<String, DocumentFormatter> map = new TreeMap<>(documents);
        map.put(key, document);
        return new Formatters(byName, map);
    }

    /** A stream format; case-insensitive, so that {@code --format JSON} works too. */
    public Optional<Formatter> byName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(key(name)));
    }

    /** A document format ({@code docx}), case-insensitive. */
    public Optional<DocumentFormatter> document(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(documents.get(key(name)));
    }

    /** Every format's name, stream and document formats alike; sorted, for help texts and error messages. */
    public List<String> names() {
        return names;
    }

    // Locale.ROOT: under a Turkish default locale "TEXT".toLowerCase() would not be "text".
    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
