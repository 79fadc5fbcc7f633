package org.huibao.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.io.StringReader;
import org.huibao.api.Message;
import org.huibao.config.DidYouMean;
import org.huibao.config.PackagedTrees;
import org.huibao.lexicon.Lexicon;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code *.lexicon.yaml} files. Entries of files with the same {@code lexicon} name are
 * concatenated in load order (built-in first), so an office's file extends the built-in list.
 *
 * <pre>
 * lexicon: confusions
 * entries:
 *   - {wrong: 把挥, right: 把握}                     # literal text
 *   - {pattern: '截止(目前|今年)', right: '截至$1'}    # a regular expression
 *   - {wrong: 二十大, right: 党的二十大, unless: '党的二十大', note: 正式文稿中应写全称}
 *   - {wrong: 截止日前, right: [截止日期前, 截至日前]}    # alternatives: shown joined by 或, never applied
 *   - {pattern: '…', right: …, fix: false}             # one correct form, but a person must make the edit
 *   - {standard: 统筹发展和安全, items: [发展, 安全]}      # a standard phrase: text one edit away is a hit
 *   - {standard: 人民至上、生命至上}                     # 、 separates the items of a list of fixed order
 *   - {name: 党的第二十次全国代表大会}                   # a name: a word left out or put in is a hit too
 *   - {allowed: 改革开放新时期}                          # right, though close to a standard phrase
 *   - {standard: 新时代“枫桥经验”, since: 2018}           # standard from 2018: a text of 2016 is not held to it
 *   - {allowed: 新时期“枫桥经验”, until: 2017}            # right in a text dated up to 2017
 * </pre>
 *
 * A finding reported with {@code findings.fix} carries {@code right} as its edit only when it is one form
 * and the entry does not say {@code fix: false}.
 *
 * A key it does not know is an error naming the file and line, with the key it was probably meant to be:
 * a misspelt {@code rigth} would otherwise leave the entry without its correction, silently.
 */
final class LexiconLoader {
    static final String SUFFIX = ".lexicon.yaml";

    private LexiconLoader() {
    }

    static final List<String> TOP_KEYS = List.of("lexicon", "entries");
    static final List<String> ENTRY_KEYS = List.of("wrong", "pattern", "right", "unless", "note", "fix", "standard",
            "name", "items", "allowed", "since", "until", "dated");

    static Map<String, Lexicon> load(List<RuleSource> files) throws RuleLoadException {
        Map<String, List<Lexicon.Entry>> byName = new LinkedHashMap<>();
        Map<String, List<Lexicon.Standard>> standards = new LinkedHashMap<>();
        List<Message> errors = new ArrayList<>();
        for (RuleSource f : files) {
            read(f, byName, standards, errors);
        }
        if (!errors.isEmpty()) {
            throw new RuleLoadException(errors);
        }
        Map<String, Lexicon> out = new LinkedHashMap<>();
        byName.forEach((name, entries) -> out.put(name, new Lexicon(name, entries, standards.getOrDefault(name, List.of()))));
        return out;
    }

    /** Reads one file into {@code byName}; every problem of the file is added to {@code errors}, with its line. */
    private static void read(RuleSource f, Map<String, List<Lexicon.Entry>> byName,
                             Map<String, List<Lexicon.Standard>> standards, List<Message> errors) {
        Node root;
        try {
            Optional<Node> packaged = f.builtIn() ? PackagedTrees.find(f.text()) : Optional.empty();
            root = packaged.isPresent() ? packaged.get()
                    : new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(f.text()));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = f.displayPath() + (m == null ? "" : ":" + (m.getLine() + 1));
            errors.add(new Message(where + ": YAML 语法错误：" + e.getProblem(), where + ": YAML syntax error: " + e.getProblem()));
            return;
        } catch (YAMLException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            errors.add(new Message(f.displayPath() + ": YAML 错误：" + first, f.displayPath() + ": YAML error: " + first));
            return;
        }
        String name = null;
        SequenceNode entries = null;
        if (root instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                String key = scalar(t.getKeyNode());
                if (!TOP_KEYS.contains(key)) {
                    errors.add(unknownKey(f, t.getKeyNode(), key, TOP_KEYS));
                } else if (key.equals("lexicon")) {
                    name = scalar(t.getValueNode());
                } else if (t.getValueNode() instanceof SequenceNode list) {
                    entries = list;
                }
            }
        }
        if (name == null || name.isEmpty() || entries == null) {
            errors.add(at(f, root, "词表文件需要 \"lexicon: 名称\" 和 \"entries:\"（列表）",
                    "a lexicon file needs \"lexicon: NAME\" and \"entries:\" (a list)"));
            return;
        }
        List<Lexicon.Entry> list = byName.computeIfAbsent(name, k -> new ArrayList<>());
        List<Lexicon.Standard> phrases = standards.computeIfAbsent(name, k -> new ArrayList<>());
        for (Node item : entries.getValue()) {
            if (item instanceof MappingNode m && (has(m, "standard") || has(m, "name") || has(m, "allowed"))) {
                standard(f, m, errors).ifPresent(phrases::add);
            } else {
                entry(f, item, errors).ifPresent(list::add);
            }
        }
    }

    private static java.util.Optional<Lexicon.Entry> entry(RuleSource f, Node item, List<Message> errors) {
        if (!(item instanceof MappingNode e)) {
            errors.add(at(f, item, "每个条目是一个映射：wrong 或 pattern，以及 right", "an entry is a map with wrong or pattern, and right"));
            return java.util.Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> forms = null;
        Boolean fix = null;
        boolean dated = false;
        int since = 0;
        boolean ok = true;
        for (NodeTuple t : e.getValue()) {
            String key = scalar(t.getKeyNode());
            Node value = t.getValueNode();
            if (!ENTRY_KEYS.contains(key) || key.equals("until")) {
                errors.add(unknownKey(f, t.getKeyNode(), key, ENTRY_KEYS));
                ok = false;
            } else if (key.equals("right") && value instanceof SequenceNode seq) {
                forms = seq.getValue().stream().map(LexiconLoader::scalar).toList();
            } else if (key.equals("since")) {
                since = year(f, value, errors);
                ok &= since >= 0;
            } else if (key.equals("fix") || key.equals("dated")) {
                String v = scalar(value);
                if (!v.equals("true") && !v.equals("false")) {
                    errors.add(at(f, value, key + " 只能是 true 或 false", "\"" + key + "\" is true or false"));
                    ok = false;
                }
                if (key.equals("fix")) {
                    fix = Boolean.valueOf(v);
                } else {
                    dated = Boolean.parseBoolean(v);
                }
            } else {
                values.put(key, scalar(value));
            }
        }
        String wrong = values.getOrDefault("wrong", "");
        String pattern = values.getOrDefault("pattern", "");
        if (wrong.isEmpty() == pattern.isEmpty()) {
            errors.add(at(f, item, "wrong（文字）和 pattern（正则表达式）只能给一个", "give exactly one of \"wrong\" (text) and \"pattern\" (regex)"));
            return java.util.Optional.empty();
        }
        try {
            Pattern p = wrong.isEmpty() ? Pattern.compile(pattern) : Pattern.compile(Pattern.quote(wrong));
            String unless = values.getOrDefault("unless", "");
            // alternatives are shown joined by 或 and never applied; one form is the edit unless fix: false
            String right = forms != null ? String.join(" 或 ", forms) : values.getOrDefault("right", "");
            boolean alternatives = forms != null && forms.size() != 1;
            Lexicon.Entry entry = new Lexicon.Entry(p, right, unless.isEmpty() ? null : Pattern.compile(unless),
                    values.getOrDefault("note", ""), f.displayPath(), !alternatives && !Boolean.FALSE.equals(fix), since,
                    dated);
            return ok ? java.util.Optional.of(entry) : java.util.Optional.empty();
        } catch (PatternSyntaxException ex) {
            errors.add(at(f, item, "正则表达式有误：" + ex.getDescription(), "invalid regular expression: " + ex.getDescription()));
            return java.util.Optional.empty();
        }
    }

    private static boolean has(MappingNode m, String key) {
        // a loop, not a stream: asked three times for each of some 2,000 entries at start-up, interpreted
        for (NodeTuple t : m.getValue()) {
            if (scalar(t.getKeyNode()).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A standard phrase or an allowed one. The items of a list are {@code items}, or else the parts of
     * the phrase between its 、; each item must occur in the phrase once, in its order.
     */
    private static java.util.Optional<Lexicon.Standard> standard(RuleSource f, MappingNode e, List<Message> errors) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> items = null;
        int since = 0;
        int until = 0;
        boolean ok = true;
        for (NodeTuple t : e.getValue()) {
            String key = scalar(t.getKeyNode());
            if (key.equals("items") && t.getValueNode() instanceof SequenceNode seq) {
                items = seq.getValue().stream().map(LexiconLoader::scalar).toList();
            } else if (key.equals("since")) {
                since = year(f, t.getValueNode(), errors);
                ok &= since >= 0;
            } else if (key.equals("until")) {
                until = year(f, t.getValueNode(), errors);
                ok &= until >= 0;
            } else if (List.of("standard", "name", "allowed", "note").contains(key)) {
                values.put(key, scalar(t.getValueNode()));
            } else {
                errors.add(at(f, t.getKeyNode(), "标准提法条目只能有 standard、name 或 allowed，以及 items、note、since、until",
                        "a standard-phrase entry has standard, name or allowed, and items, note, since and until only"));
                ok = false;
            }
        }
        String standard = values.getOrDefault("standard", "");
        String name = values.getOrDefault("name", "");
        String allowed = values.getOrDefault("allowed", "");
        int given = (standard.isEmpty() ? 0 : 1) + (name.isEmpty() ? 0 : 1) + (allowed.isEmpty() ? 0 : 1);
        if (until > 0 && allowed.isEmpty()) {
            errors.add(at(f, e, "until 只用于 allowed（到某年为止的规范写法）", "\"until\" goes with \"allowed\" only (a form standard until that year)"));
            return java.util.Optional.empty();
        }
        if (given != 1 || !allowed.isEmpty() && items != null) {
            errors.add(at(f, e, "standard（标准提法）、name（标准名称）和 allowed（允许的写法）只能给一个，items 不用于 allowed",
                    "give exactly one of \"standard\", \"name\" and \"allowed\"; \"items\" does not go with \"allowed\""));
            return java.util.Optional.empty();
        }
        String text = !standard.isEmpty() ? standard : !name.isEmpty() ? name : allowed;
        if (items == null) {
            items = text.contains("、") ? List.of(text.split("、")) : List.of();
        }
        int from = 0;
        for (String item : items) {
            int at = item.isEmpty() ? -1 : text.indexOf(item, from);
            if (at < 0 || text.indexOf(item, at + 1) >= 0 || items.size() == 1) {
                errors.add(at(f, e, "items 须是提法中依次出现、各出现一次的至少两项：" + item,
                        "items must be at least two parts of the phrase, each once and in order: " + item));
                return java.util.Optional.empty();
            }
            from = at + item.length();
        }
        return ok ? java.util.Optional.of(new Lexicon.Standard(text, items, values.getOrDefault("note", ""),
                f.displayPath(), allowed.isEmpty(), !name.isEmpty(), since, until)) : java.util.Optional.empty();
    }

    /** As {@code v.matches("(19|20)[0-9]{2}")}, without running a regular expression some 500 times at start-up. */
    static boolean year(String v) {
        return v.length() == 4 && (v.startsWith("19") || v.startsWith("20")) && digit(v.charAt(2)) && digit(v.charAt(3));
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A year of {@code since:} or {@code until:} (1900–2099), or -1 with the error added. */
    private static int year(RuleSource f, Node value, List<Message> errors) {
        String v = scalar(value);
        if (year(v)) {
            return Integer.parseInt(v);
        }
        errors.add(at(f, value, "since 和 until 是四位的年份：" + v, "\"since\" and \"until\" are four-digit years: " + v));
        return -1;
    }

    private static Message unknownKey(RuleSource f, Node node, String key, List<String> known) {
        String meant = DidYouMean.suggest(key, known).orElse(null);
        return at(f, node, "未知的键 \"" + key + "\"" + (meant == null ? "（可用：" + String.join("、", known) + "）" : "（是否要用 \"" + meant + "\"？）"),
                "unknown key \"" + key + "\"" + (meant == null ? " (known: " + String.join(", ", known) + ")" : " (did you mean \"" + meant + "\"?)"));
    }

    private static Message at(RuleSource f, Node node, String zh, String en) {
        String where = f.displayPath() + (node == null ? "" : ":" + (node.getStartMark().getLine() + 1));
        return new Message(where + ": " + zh, where + ": " + en);
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : "";
    }
}
