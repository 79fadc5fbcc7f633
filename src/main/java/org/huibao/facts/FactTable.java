package org.huibao.facts;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.huibao.api.Node;
import org.huibao.api.Span;
import org.huibao.check.Checker;

/**
 * The facts of one report as a table a rule author can read: one row per fact, in text order, with its
 * fields by the names rules use, the fact types chosen, at most {@code limit} rows of each type.
 *
 * @param rows    the rows shown: the facts the rules were given, then those they inserted, each in text
 *                order (facts about the whole report first)
 * @param counts  how many facts of each type there are, shown or not, in {@link #ORDER}
 * @param omitted how many facts of each type were left out by the limit
 */
public record FactTable(List<Row> rows, Map<String, Integer> counts, Map<String, Integer> omitted) {

    /** The order of types at one place in the text, and of the summary. */
    public static final List<String> ORDER = List.of("DocumentFact", "Balance", "PageSetup", "Block", "Heading", "Sentence",
            "Line", "ParagraphFormat", "Trait", "OrdinalMention", "PreviousSibling", "FirstSibling", "Clause", "CueHit",
            "Term", "Spot", "Evidence", "Weakness", "DeclaredElement", "LinePart");

    /** The rows each type keeps unless told otherwise: enough to see a pattern, bounded for huge inputs. */
    public static final int DEFAULT_LIMIT = 200;

    public FactTable {
        rows = List.copyOf(rows);
        counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        omitted = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(omitted));
    }

    /**
     * One fact.
     *
     * @param type     its type's simple name, as rules write it
     * @param id       its id, or -1 when it has none
     * @param span     where it is; null for facts about the whole report
     * @param fields   its other fields by name, in declaration order, then its boolean properties
     * @param inserted whether the rules inserted it (Evidence, Weakness)
     */
    public record Row(String type, int id, Span span, Map<String, Object> fields, boolean inserted) {
    }

    /**
     * @param types the types to show (simple names, any case); empty: all
     * @param limit rows per type; 0: no limit
     */
    public static FactTable of(Checker.RuleFacts facts, Collection<String> types, int limit) {
        Set<String> wanted = new LinkedHashSet<>();
        types.forEach(t -> wanted.add(t.toLowerCase(Locale.ROOT)));
        Map<Integer, Node> nodes = new HashMap<>();
        for (Object o : facts.given()) {
            if (o instanceof Node n) {
                nodes.put(n.id(), n);
            }
        }
        // A huge report has a few hundred thousand facts: they are counted and ordered by type first, and
        // only those shown are read field by field.
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> omitted = new LinkedHashMap<>();
        Map<Class<?>, java.util.Optional<Method>> spans = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (boolean inserted : new boolean[] {false, true}) {
            Map<String, List<Object>> byType = new LinkedHashMap<>();
            for (Object o : inserted ? facts.inserted() : facts.given()) {
                String type = o.getClass().getSimpleName();
                counts.merge(type, 1, Integer::sum);
                if (wanted.isEmpty() || wanted.contains(type.toLowerCase(Locale.ROOT))) {
                    byType.computeIfAbsent(type, k -> new ArrayList<>()).add(o);
                }
            }
            List<Row> part = new ArrayList<>();
            for (Map.Entry<String, List<Object>> e : byType.entrySet()) {
                List<Object> list = e.getValue();
                if (limit > 0 && list.size() > limit) {
                    List<Map.Entry<Integer, Object>> keyed = new ArrayList<>();
                    for (Object o : list) {
                        keyed.add(Map.entry(start(o, nodes, spans), o));
                    }
                    keyed.sort(Map.Entry.comparingByKey());
                    list = keyed.subList(0, limit).stream().map(Map.Entry::getValue).toList();
                    omitted.merge(e.getKey(), e.getValue().size() - limit, Integer::sum);
                }
                for (Object o : list) {
                    part.add(row(o, nodes, inserted));
                }
            }
            part.sort(Comparator.comparingInt((Row r) -> r.span() == null ? -1 : r.span().start())
                    .thenComparingInt(r -> rank(r.type())).thenComparingInt(Row::id));
            rows.addAll(part);
        }
        Map<String, Integer> ordered = new LinkedHashMap<>();
        counts.keySet().stream().sorted(Comparator.comparingInt(FactTable::rank).thenComparing(t -> t))
                .forEach(t -> ordered.put(t, counts.get(t)));
        Map<String, Integer> left = new LinkedHashMap<>();
        omitted.keySet().stream().sorted(Comparator.comparingInt(FactTable::rank).thenComparing(t -> t))
                .forEach(t -> left.put(t, omitted.get(t)));
        return new FactTable(rows, ordered, left);
    }

    /**
     * Where a fact starts in the text, for choosing the first of a type; -1 for the whole report. Read
     * through its {@code span} accessor where it has one (looked up once per class).
     */
    private static int start(Object fact, Map<Integer, Node> nodes, Map<Class<?>, java.util.Optional<Method>> spans) {
        Method accessor = spans.computeIfAbsent(fact.getClass(), c -> java.util.Arrays.stream(
                c.isRecord() ? c.getRecordComponents() : new RecordComponent[0])
                .filter(rc -> rc.getName().equals("span") && rc.getType() == Span.class)
                .map(RecordComponent::getAccessor).findFirst()).orElse(null);
        Span s = accessor != null ? (Span) value(accessor, fact) : row(fact, nodes, false).span();
        return s == null ? -1 : s.start();
    }

    private static int rank(String type) {
        int i = ORDER.indexOf(type);
        return i < 0 ? ORDER.size() : i;
    }

    private static Row row(Object fact, Map<Integer, Node> nodes, boolean inserted) {
        Class<?> c = fact.getClass();
        Map<String, Object> fields = new LinkedHashMap<>();
        Span span = null;
        int id = -1;
        if (c.isRecord()) {
            for (RecordComponent rc : c.getRecordComponents()) {
                Object v = value(rc.getAccessor(), fact);
                if (rc.getName().equals("span") && v instanceof Span s) {
                    span = s;
                } else if (rc.getName().equals("id") && v instanceof Integer i) {
                    id = i;
                } else {
                    fields.put(rc.getName(), v);
                }
            }
        }
        for (Method m : c.getMethods()) {
            // Derived properties rules test ("hasTitle", "negated", "wording"), after the stored ones.
            if (m.getParameterCount() == 0 && m.getReturnType() == boolean.class && !Modifier.isStatic(m.getModifiers())
                    && !fields.containsKey(m.getName()) && m.getDeclaringClass() != Object.class) {
                fields.put(m.getName(), value(m, fact));
            }
        }
        if (span == null) {
            span = place(fields, nodes);
        }
        return new Row(c.getSimpleName(), id, span, fields, inserted);
    }

    /** A fact without a span of its own sits where the node it is about does. */
    private static Span place(Map<String, Object> fields, Map<Integer, Node> nodes) {
        for (String key : List.of("nodeId", "headingId", "lineId")) {
            if (fields.get(key) instanceof Integer i && nodes.containsKey(i)) {
                return nodes.get(i).span();
            }
        }
        if (fields.get("hit") instanceof org.huibao.api.CueHit h) {
            return h.span();
        }
        if (fields.get("line") instanceof Integer line) {
            // a Word paragraph's format: the first node on its line
            return nodes.values().stream().filter(n -> n.span().line() == line)
                    .min(Comparator.comparingInt(n -> n.span().start())).map(Node::span).orElse(null);
        }
        return null;
    }

    private static Object value(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
