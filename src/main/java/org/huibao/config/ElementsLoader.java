package org.huibao.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.huibao.api.Element;
import org.huibao.api.ElementKind;
import org.huibao.api.Genre;
import org.huibao.api.Message;
import org.huibao.model.RuleExample;
import org.huibao.model.RuleInfo;
import org.huibao.model.Severity;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads required-element declarations: config.yaml's {@code elements} section (the built-in elements and
 * an office's own), and a rule file's {@code kind: required} entry, which declares an element the same way.
 */
public final class ElementsLoader {

    static final List<String> CUE_KEYS = List.of("heading", "heading_exclude", "body", "lead_in", "stock", "vague",
            "exclude", "forward");
    /** What the missing-element rule of an office's element is made of; a built-in element's is in DRL. */
    static final List<String> RULE_KEYS = List.of("rule", "severity", "blocking", "title", "message", "description",
            "suggestion", "examples");
    static final List<String> CONFIG_KEYS = keys(List.of("name", "like", "genres", "report_title", "scored"), RULE_KEYS,
            CUE_KEYS);
    /**
     * The keys a rule file's {@code kind: required} entry has beyond those every rule file entry has ({@code id},
     * {@code kind}, {@code severity}, {@code blocking}, {@code enabled}, {@code title}, {@code message},
     * {@code description}, {@code suggestion}, {@code genres}, {@code examples}): the element's id in
     * outputs ({@code element}) and what an element of the configuration has.
     */
    public static final List<String> RULE_FILE_ELEMENT_KEYS = keys(List.of("element", "name", "like", "report_title",
            "scored"), List.of(), CUE_KEYS);
    static final List<String> RULE_FILE_KEYS = keys(List.of("id", "kind", "severity", "blocking", "enabled", "title",
            "message", "description", "suggestion", "genres", "examples"), List.of(), RULE_FILE_ELEMENT_KEYS);

    private static final List<String> NAME_KEYS = List.of("zh", "en");
    private static final List<String> EXAMPLE_KEYS = List.of("bad", "good");
    private static final List<String> BAD_EXAMPLE_KEYS = List.of("text", "at");
    private static final Pattern ELEMENT_ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2,}\\d{3}");
    /** The prefix of huibao's own rule ids: an office's element takes its own. */
    private static final String RESERVED_PREFIX = "HB";

    private ElementsLoader() {
    }

    private static List<String> keys(List<String> first, List<String> second, List<String> third) {
        List<String> out = new ArrayList<>(first);
        out.addAll(second);
        out.addAll(third);
        return List.copyOf(out);
    }

    /**
     * The {@code elements} section: the built-in elements first, in their order, then the others in the
     * order the files give them.
     */
    static List<ElementDeclaration> elements(Section elements) throws ConfigException {
        List<Value> ids = new ArrayList<>(java.util.Collections.nCopies(Element.BUILT_IN.size(), (Value) null));
        for (Value key : elements.keys()) {
            Optional<Element> builtIn = Element.byId(key.string());
            if (builtIn.isPresent()) {
                ids.set(Element.BUILT_IN.indexOf(builtIn.get()), key);
            } else {
                ids.add(key);
            }
        }
        List<ElementDeclaration> out = new ArrayList<>();
        Map<String, String> ruleOwners = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Value key = ids.get(i);
            if (key == null) {
                throw new ConfigException(ConfigLoader.DEFAULTS_RESOURCE + ": missing key \"elements."
                        + Element.BUILT_IN.get(i).id() + "\"");
            }
            String id = key.string();
            if (!ELEMENT_ID.matcher(id).matches()) {
                throw key.error("elements: invalid element id \"" + id
                        + "\" (expected lower-case letters, digits and _, starting with a letter, e.g. lianzheng)");
            }
            Element element = Element.of(id);
            Section s = elements.section(id).allow(CONFIG_KEYS);
            ElementDeclaration d;
            if (element.builtIn()) {
                refuseRuleKeys(s, element);
                d = declaration(s, element, true, null, key, false);
            } else {
                Optional<String> meant = DidYouMean.suggest(id, Element.BUILT_IN.stream().map(Element::id).toList());
                if (s.value("rule").isEmpty() && meant.isPresent()) {
                    // a built-in element misspelt, not an element of the office's own
                    throw key.error("unknown key \"elements." + id + "\" (did you mean \"elements." + meant.get() + "\"?)");
                }
                Value rule = s.value("rule").orElseThrow(() -> key.error("elements." + id
                        + ": the rule reporting it missing has no id: give one of your office's, e.g. rule: XB101"));
                d = declaration(s, element, false, rule, key, false);
            }
            String ruleId = d.ruleId();
            String owner = ruleOwners.putIfAbsent(ruleId, id);
            if (owner != null) {
                throw s.value("rule").orElse(key).error("elements." + id + ".rule: " + ruleId
                        + " is already the rule of element " + owner);
            }
            out.add(d);
        }
        return out;
    }

    /**
     * A rule file's {@code kind: required} entry as an element declaration. Its keys are those of an
     * element in config.yaml, with {@code id} the rule's id (as every rule file entry has) and
     * {@code element} the element's id in outputs (default: the rule id in lower case); an unknown key is an
     * error naming the file and line.
     *
     * @param file   the rule file, for messages and as the rule's source
     * @param folder the rule file's folder
     * @param entry  the entry, as composed from the file
     */
    public static ElementDeclaration fromRule(String file, Path folder, MappingNode entry) throws ConfigException {
        UnknownKeys unknown = new UnknownKeys();
        ElementDeclaration d;
        try {
            Section s = Section.root(List.of(new YamlSource(file, folder, entry)), unknown).allow(RULE_FILE_KEYS);
            Value kind = s.require("kind");
            if (!kind.string().equals("required")) {
                throw kind.error("kind must be required for an element declaration, got " + Value.describe(kind.node()));
            }
            Value id = s.require("id");
            Optional<Value> elementValue = s.value("element");
            String elementId = elementValue.isPresent() ? elementValue.get().string()
                    : id.string().toLowerCase(java.util.Locale.ROOT);
            if (!ELEMENT_ID.matcher(elementId).matches()) {
                throw elementValue.orElse(id).error("invalid element id \"" + elementId
                        + "\" (expected lower-case letters, digits and _, starting with a letter, e.g. lianzheng)");
            }
            Element element = Element.of(elementId);
            if (element.builtIn()) {
                throw elementValue.orElse(id).error("element " + elementId + " is built in; declare another id, or"
                        + " change the built-in one under elements." + elementId + " in a config file");
            }
            d = declaration(s, element, false, id, id, true);
        } catch (ConfigException e) {
            throw unknown.isEmpty() ? e : unknown.with(e);
        }
        unknown.check();
        return d;
    }

    private static void refuseRuleKeys(Section s, Element element) throws ConfigException {
        String rule = ElementDeclaration.BUILT_IN_RULES.get(element);
        for (String key : RULE_KEYS) {
            Optional<Value> v = s.value(key);
            if (v.isPresent()) {
                throw v.get().error(v.get().path() + ": the built-in element " + element.id() + " is reported missing by "
                        + rule + " (rules/elements.drl); change that rule under rules.overrides." + rule + " instead");
            }
        }
    }

    /**
     * @param ruleId the id of the rule reporting an office's element missing; null for a built-in element
     * @param at     where the element is declared: its key, or a rule file entry's id
     * @param ruleFile declared by a rule file's entry, not under a config's {@code elements}
     */
    private static ElementDeclaration declaration(Section s, Element element, boolean builtIn, Value ruleId, Value at,
                                                  boolean ruleFile) throws ConfigException {
        Message name = name(s, element, builtIn, at);
        ElementKind like = like(s, builtIn);
        ElementCues cues = new ElementCues(element, like, patterns(s, "heading"), patterns(s, "heading_exclude"),
                patterns(s, "body"), patterns(s, "lead_in"), patterns(s, "stock"), patterns(s, "vague"),
                patterns(s, "exclude"), patterns(s, "forward"));
        if (cues.heading().isEmpty() && cues.body().isEmpty() && cues.leadIn().isEmpty()) {
            throw at.error(prefix(s) + "no heading, body or lead_in cue:"
                    + " give the regular expressions that find it, e.g. heading: ['党风廉政建设']");
        }
        double weight = weight(s, builtIn);
        List<Genre> genres = genres(s);
        List<Pattern> titles = patterns(s, "report_title");
        Optional<RuleInfo> rule = builtIn ? Optional.empty()
                : Optional.of(rule(s, element, name, ruleId, at, ruleFile));
        return new ElementDeclaration(element, name, cues, weight, genres, titles, rule);
    }

    private static String prefix(Section s) {
        return s.path().isEmpty() ? "" : s.path() + ": ";
    }

    private static Message name(Section s, Element element, boolean builtIn, Value at) throws ConfigException {
        Optional<Message> name = message(s, "name");
        if (name.isPresent()) {
            return name.get();
        }
        if (builtIn) {
            return new Message(element.id(), element.id());
        }
        throw at.error(prefix(s) + "name is missing: give the name outputs show,"
                + " e.g. name: {zh: 党风廉政建设, en: Party conduct and integrity}");
    }

    private static ElementKind like(Section s, boolean builtIn) throws ConfigException {
        Optional<Value> v = builtIn ? Optional.of(s.require("like")) : s.value("like");
        if (v.isEmpty()) {
            return ElementKind.PLAIN;
        }
        String id = v.get().string();
        List<String> kinds = Arrays.stream(ElementKind.values()).map(ElementKind::id).toList();
        return ElementKind.parse(id).orElseThrow(() -> v.get().error(v.get().path() + " must be one of "
                + String.join(", ", kinds) + ", got " + Value.describe(v.get().node())
                + DidYouMean.suggest(id, kinds).map(k -> " (did you mean \"" + k + "\"?)").orElse("")));
    }

    /** {@code scored: false} (not scored), {@code true} (weight 1) or a positive weight. */
    private static double weight(Section s, boolean builtIn) throws ConfigException {
        Optional<Value> v = builtIn ? Optional.of(s.require("scored")) : s.value("scored");
        if (v.isEmpty()) {
            return 0;
        }
        Node node = v.get().node();
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
            return v.get().bool() ? 1 : 0;
        }
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            double w = v.get().number();
            if (w > 0) {
                return w;
            }
        }
        throw v.get().error(v.get().path() + " must be false or a positive weight (the built-in elements weigh 1),"
                + " got " + Value.describe(node));
    }

    private static List<Genre> genres(Section s) throws ConfigException {
        Optional<Value> v = s.value("genres");
        if (v.isEmpty()) {
            return List.of();
        }
        List<String> known = Arrays.stream(Genre.values()).map(Genre::id).toList();
        List<Genre> out = new ArrayList<>();
        for (Value item : v.get().items("genres")) {
            String id = item.string();
            Genre g = Genre.parse(id).orElseThrow(() -> item.error(item.path() + ": unknown genre \"" + id + "\""
                    + DidYouMean.suggest(id, known).map(k -> " (did you mean \"" + k + "\"?)").orElse("")
                    + "; genres are " + String.join(", ", known)));
            if (!out.contains(g)) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * @param ruleFile read from a rule file, whose defaults are every rule file's: a message is required,
     *                 the severity is warning and an error blocks; under {@code elements} of a config, as
     *                 HB101–HB103: an error that does not block, with a message made of the name
     */
    private static RuleInfo rule(Section s, Element element, Message name, Value idValue, Value at, boolean ruleFile)
            throws ConfigException {
        String source = at.source().name();
        String id = idValue.string();
        if (!RULE_ID.matcher(id).matches()) {
            throw idValue.error(idValue.path() + ": invalid rule id \"" + id
                    + "\" (expected capital letters then three digits, e.g. XB101)");
        }
        if (id.startsWith(RESERVED_PREFIX)) {
            throw idValue.error(idValue.path() + ": rule ids " + RESERVED_PREFIX
                    + "… are huibao's own; give your office's prefix, e.g. XB" + id.substring(RESERVED_PREFIX.length()));
        }
        Severity severity = ruleFile ? Severity.WARNING : Severity.ERROR;
        Optional<Value> sv = s.value("severity");
        if (sv.isPresent()) {
            Value v = sv.get();
            severity = Severity.parse(v.string()).orElseThrow(() -> v.error(
                    v.path() + " must be error, warning or info, got " + Value.describe(v.node())));
        }
        Optional<Value> blockingValue = s.value("blocking");
        boolean blocking = blockingValue.isPresent() ? blockingValue.get().bool() : ruleFile && severity == Severity.ERROR;
        Optional<Value> enabledValue = s.value("enabled");
        boolean enabled = enabledValue.isEmpty() || enabledValue.get().bool();
        String zh = name.zh();
        String en = name.en().isEmpty() ? name.zh() : name.en();
        Message title = message(s, "title").orElse(new Message("缺少" + zh, "No " + en));
        Optional<Message> given = message(s, "message");
        if (given.isEmpty() && ruleFile) {
            throw at.error("rule " + id + " has no \"message\" (what the finding says when the report lacks "
                    + zh + ")");
        }
        Message message = given.orElse(new Message("报告没有写" + zh, "The report gives no account of " + en));
        Message description = message(s, "description").orElse(new Message(
                "报告应写明" + zh + "（" + source + " 声明的必备内容）。",
                "The report should give an account of " + en + " (a required part declared in " + source + ")."));
        Message suggestion = message(s, "suggestion").orElse(new Message("补写" + zh + "部分。", "Add a part on " + en + "."));
        return new RuleInfo(id, severity, title, message, description, examples(s), suggestion, element, enabled,
                blocking, source);
    }

    /** A text in both languages: {@code {zh: …, en: …}}, or one string for both. */
    private static Optional<Message> message(Section s, String key) throws ConfigException {
        Optional<Value> v = s.value(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get().node() instanceof ScalarNode) {
            String text = v.get().string();
            return Optional.of(new Message(text, ""));
        }
        Section m = s.section(key).allow(NAME_KEYS);
        Optional<Value> zh = m.value("zh");
        Optional<Value> en = m.value("en");
        if (zh.isEmpty()) {
            throw v.get().error(v.get().path() + ".zh is missing: the Chinese text is the one every output falls back on");
        }
        return Optional.of(new Message(zh.get().string(), en.isPresent() ? en.get().string() : ""));
    }

    /**
     * {@code examples: {bad: [text, {text: …, at: …}], good: [text]}}, as every rule file writes them:
     * texts that must raise the rule, and texts that must not.
     */
    private static List<RuleExample> examples(Section s) throws ConfigException {
        Section examples = s.section("examples").allow(EXAMPLE_KEYS);
        List<RuleExample> out = new ArrayList<>();
        for (String which : EXAMPLE_KEYS) {
            Optional<Value> list = examples.value(which);
            if (list.isEmpty()) {
                continue;
            }
            for (Value item : list.get().items("examples")) {
                out.add(example(item, which.equals("bad")));
            }
        }
        return out;
    }

    private static RuleExample example(Value item, boolean bad) throws ConfigException {
        if (item.node() instanceof ScalarNode) {
            String text = item.string();
            if (text.isBlank()) {
                throw item.error(item.path() + " must not be empty");
            }
            return new RuleExample(text, bad, "");
        }
        if (!(item.node() instanceof MappingNode mapping)) {
            throw item.error(item.path() + " must be a text" + (bad ? " or {text: …, at: …}" : "") + ", got "
                    + Value.describe(item.node()));
        }
        List<String> keys = bad ? BAD_EXAMPLE_KEYS : List.of("text");
        String text = "";
        String at = "";
        for (NodeTuple t : mapping.getValue()) {
            Value key = new Value(item.source(), t.getKeyNode(), item.path());
            String k = key.string();
            if (!keys.contains(k)) {
                throw key.error("unknown key \"" + item.path() + "." + k + "\""
                        + DidYouMean.suggest(k, keys).map(x -> " (did you mean \"" + item.path() + "." + x + "\"?)")
                        .orElse(""));
            }
            String v = new Value(item.source(), t.getValueNode(), item.path() + "." + k).string();
            if (k.equals("text")) {
                text = v;
            } else {
                at = v;
            }
        }
        if (text.isBlank()) {
            throw item.error(item.path() + ".text is missing");
        }
        return new RuleExample(text, bad, at);
    }

    private static List<Pattern> patterns(Section section, String key) throws ConfigException {
        Optional<Value> value = section.value(key);
        return value.isPresent() ? value.get().patterns() : List.of();
    }
}
