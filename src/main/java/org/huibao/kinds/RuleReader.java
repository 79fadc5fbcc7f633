package org.huibao.kinds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.huibao.api.Genre;
import org.huibao.api.Message;
import org.huibao.config.ConfigException;
import org.huibao.config.DidYouMean;
import org.huibao.config.YamlTrees;
import org.huibao.model.RuleExample;
import org.huibao.model.Severity;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one {@code *.rule.yaml} file: one rule (a mapping) or a list of rules. Every problem is noted
 * with its line in {@code problems}; a rule with a problem is left out.
 */
final class RuleReader {

    /** As the configuration's overrides accept them, so that every rule can be overridden. */
    private static final Pattern ID = Pattern.compile("[A-Z]{2,}\\d{3}");
    private static final Pattern SLOT = Pattern.compile("\\{\\d\\}");

    /** A rule read, and what it looks for. */
    record Read(YamlRule rule, Check check) {
    }

    private RuleReader() {
    }

    static List<Read> read(RuleText file, Problems problems) {
        Node root;
        try {
            root = YamlTrees.read(file.text(), file.path(), "a rule file");
        } catch (ConfigException e) {
            e.lines().forEach(l -> problems.add(file.path(), 0, l));
            return List.of();
        }
        List<Read> out = new ArrayList<>();
        List<Node> rules = root instanceof SequenceNode seq ? seq.getValue() : root == null ? List.of() : List.of(root);
        if (rules.isEmpty()) {
            problems.add(file.path(), 1, file.path() + ":1: a rule file holds one rule (id: …, kind: …) or a list of rules");
        }
        for (Node node : rules) {
            if (!(node instanceof MappingNode map)) {
                int line = YamlTrees.line(node);
                problems.add(file.path(), line, file.path() + ":" + line + ": a rule is a mapping (id: …, kind: …), got "
                        + Fields.describe(node));
                continue;
            }
            rule(file, Fields.of(file.path(), map, "", problems)).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Read> rule(RuleText file, Fields f) {
        int before = problemsSeen(f);
        String id = f.text("id");
        String kindName = f.text("kind");
        Kind kind = Kinds.get(kindName).orElse(null);
        if (kind != null && !kind.supported()) {
            kind.read(f, id);
            return Optional.empty();
        }
        List<String> known = new ArrayList<>(YamlRule.COMMON_KEYS);
        known.addAll(kind == null ? Kinds.allKeys() : kind.keys());
        // a key given misspelt is one mistake: the key it was meant to be is not reported missing too
        f.allow(known, key -> otherKinds(key, kindName));
        if (id.isEmpty() && !f.misspelt("id")) {
            f.problem(f.line(), "the rule has no \"id\" (capital letters then three digits, e.g. XB301)");
        } else if (!id.isEmpty() && !ID.matcher(id).matches()) {
            f.problem(f.lineOf("id"), "id \"" + id + "\" must be capital letters then three digits, e.g. XB301");
        }
        if (kindName.isEmpty()) {
            if (!f.misspelt("kind")) {
                f.problem(f.line(), "rule " + label(id) + "has no \"kind\" (one of " + String.join(", ", Kinds.names()) + ")");
            }
        } else if (kind == null) {
            f.problem(f.lineOf("kind"), "unknown kind \"" + kindName + "\""
                    + DidYouMean.suggest(kindName, Kinds.names()).map(k -> " (did you mean \"" + k + "\"?)").orElse("")
                    + "; kinds: " + String.join(", ", Kinds.names()));
        }
        Severity severity = severity(f);
        Message message = f.message("message");
        if (message.zh().isEmpty() && message.en().isEmpty()) {
            if (!f.misspelt("message")) {
                f.problem(f.line(), "rule " + label(id) + "has no \"message\" (what a finding says; {0} is the text found)");
            }
        } else if (message.zh().isEmpty()) {
            f.problem(f.lineOf("message"), "message needs its Chinese text (zh)");
        }
        Message title = f.message("title");
        Message description = f.message("description");
        Optional<Message> suggestion = f.has("suggestion") ? Optional.of(f.message("suggestion")) : Optional.empty();
        boolean blocking = f.bool("blocking").orElse(severity == Severity.ERROR);
        boolean enabled = f.bool("enabled").orElse(true);
        Set<Genre> genres = genres(f);
        List<RuleExample> examples = examples(f);
        Check check = kind == null ? null : kind.read(f, id);
        if (problemsSeen(f) > before || check == null) {
            return Optional.empty();
        }
        return Optional.of(new Read(new YamlRule(id, kindName, severity, blocking, enabled,
                title.isEmpty() ? new Message(generic(message.zh()), generic(message.en())) : title, message,
                description, suggestion.orElse(check.suggestion()), genres, examples, file.path(), f.line(),
                file.builtIn()), check));
    }

    /** For a key of another kind: which kinds it belongs to, when the kind is not one of them. */
    private static Optional<String> otherKinds(String key, String kind) {
        List<String> owners = Kinds.names().stream().filter(n -> Kinds.get(n).map(k -> k.keys().contains(key)).orElse(false))
                .toList();
        return owners.isEmpty() ? Optional.empty()
                : Optional.of("a key of " + String.join(" and ", owners) + " rules, not of " + kind + " rules");
    }

    /** How many problems have been noted so far; a rule that adds one is left out. */
    private static int problemsSeen(Fields f) {
        return f.problems().size();
    }

    private static String label(String id) {
        return id.isEmpty() ? "" : id + " ";
    }

    private static Severity severity(Fields f) {
        String s = f.text("severity");
        if (s.isEmpty()) {
            return Severity.WARNING;
        }
        Optional<Severity> v = Severity.parse(s);
        if (v.isEmpty()) {
            f.problem(f.lineOf("severity"), "severity must be error, warning or info, got \"" + s + "\"");
        }
        return v.orElse(Severity.WARNING);
    }

    private static Set<Genre> genres(Fields f) {
        Set<Genre> out = new LinkedHashSet<>();
        List<String> ids = java.util.Arrays.stream(Genre.values()).map(Genre::id).toList();
        for (Fields.Text t : f.texts("genres")) {
            Optional<Genre> g = Genre.parse(t.value());
            if (g.isEmpty()) {
                f.problem(t.line(), "unknown genre \"" + t.value() + "\""
                        + DidYouMean.suggest(t.value(), ids).map(k -> " (did you mean \"" + k + "\"?)").orElse("")
                        + "; genres: " + String.join(", ", ids));
            }
            g.ifPresent(out::add);
        }
        return out;
    }

    /** {@code examples: {bad: [text, {text: …, at: …}], good: [text]}}. */
    private static List<RuleExample> examples(Fields rule) {
        Optional<Fields> examples = rule.map("examples");
        if (examples.isEmpty()) {
            return List.of();
        }
        Fields f = examples.get();
        f.allow(List.of("bad", "good"));
        List<RuleExample> out = new ArrayList<>();
        for (String which : List.of("bad", "good")) {
            Optional<Node> list = f.value(which);
            if (list.isEmpty()) {
                continue;
            }
            List<Node> items = list.get() instanceof SequenceNode seq ? seq.getValue() : List.of(list.get());
            for (int i = 0; i < items.size(); i++) {
                example(f, f.name(which) + "[" + i + "]", items.get(i), which.equals("bad")).ifPresent(out::add);
            }
        }
        return out;
    }

    private static Optional<RuleExample> example(Fields examples, String name, Node item, boolean bad) {
        if (item instanceof ScalarNode s && !YamlTrees.isNull(s) && !s.getValue().isBlank()) {
            return Optional.of(new RuleExample(s.getValue(), bad, ""));
        }
        if (item instanceof MappingNode m) {
            Fields f = Fields.of(examples.file(), m, name, examples.problems());
            f.allow(bad ? List.of("text", "at") : List.of("text"));
            String text = f.text("text");
            String at = f.text("at");
            if (text.isBlank()) {
                f.problem(f.line(), name + " has no \"text\"");
                return Optional.empty();
            }
            if (!at.isEmpty() && !text.contains(at)) {
                f.problem(f.lineOf("at"), name + ".at \"" + at + "\" is not in its text");
                return Optional.empty();
            }
            return Optional.of(new RuleExample(text, bad, at));
        }
        examples.problem(item, name + " must be a text, or {text: …, at: …} to say where the finding must be, got "
                + Fields.describe(item));
        return Optional.empty();
    }

    /** A title made from the message when the file gives none: {0} and {1} stand for what was found. */
    private static String generic(String message) {
        return SLOT.matcher(message).replaceAll("…");
    }
}
