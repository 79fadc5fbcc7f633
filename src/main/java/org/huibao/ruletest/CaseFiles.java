package org.huibao.ruletest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.huibao.api.Message;
import org.huibao.config.DidYouMean;
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
 * Rule tests as data: {@code tests/ID.yaml} beside the rules, one file per rule, each a list of texts
 * the rule must report and a list it must not (after PMD's rule test XML and textlint-tester):
 *
 * <pre>
 * rule: HB305                  # optional: the file's name says it
 * bad:
 *   - 对违规问题予以[[暴光]]。     # reported exactly at the marked text
 *   - text: |                  # a case with options: a whole document, checked as notes.md,
 *       ……                     # whose findings' messages must contain 应为
 *     file: notes.md
 *     message: 应为
 *   - {text: '完成[ ]项任务。', at: '[ ]'}   # every finding shows "[ ]" (for a text with [[ or ]] in it)
 * good:
 *   - 予以曝光。
 * </pre>
 *
 * A text is written as a rule's example is ({@link org.huibao.model.ExampleText}).
 */
public final class CaseFiles {
    public static final String FOLDER = "tests";
    static final String BUILT_IN = "huibao/rules/" + FOLDER;

    private static final List<String> TOP_KEYS = List.of("rule", "bad", "good");
    private static final List<String> CASE_KEYS = List.of("text", "at", "file", "message", "note");

    private CaseFiles() {
    }

    /** A test file that cannot be read; one line per problem, each naming the file and line. */
    public static final class CaseFileException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Message> lines;

        CaseFileException(List<Message> lines) {
            super(String.join("\n", lines.stream().map(Message::en).toList()));
            this.lines = List.copyOf(lines);
        }

        public List<Message> lines() {
            return lines;
        }
    }

    /** The cases of every {@code *.yaml} in {@code dir/tests}; none when there is no such folder. */
    public static List<RuleCase> read(Path rulesDir) throws CaseFileException {
        Path dir = rulesDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new CaseFileException(List.of(new Message(dir + ": 无法读取：" + e.getMessage(), dir + ": cannot read: " + e.getMessage())));
        }
        List<Named> texts = new ArrayList<>();
        for (Path f : files) {
            try {
                texts.add(new Named(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new CaseFileException(List.of(new Message(f + ": 无法读取：" + e.getMessage(), f + ": cannot read: " + e.getMessage())));
            }
        }
        return parseAll(texts);
    }

    /** The built-in rules' cases, packaged with them. */
    public static List<RuleCase> builtIn() throws CaseFileException {
        URL url = CaseFiles.class.getClassLoader().getResource(BUILT_IN);
        if (url == null) {
            return List.of();
        }
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                jar.setUseCaches(true);
                return parseAll(read(jar.getJarFile()));
            }
            return read(Path.of(url.toURI()).getParent()).stream()
                    .map(c -> new RuleCase(c.rule(), builtInName(c.where()), c.bad(), c.raw(), c.marked(), c.file(), c.message())).toList();
        } catch (IOException | URISyntaxException e) {
            throw new CaseFileException(List.of(new Message("内置规则测试无法读取：" + e.getMessage(),
                    "built-in rule tests: cannot read: " + e.getMessage())));
        }
    }

    /** ".../huibao/rules/tests/HB305.yaml:7" as users see it: "rules/tests/HB305.yaml:7". */
    private static String builtInName(String where) {
        int i = where.replace('\\', '/').lastIndexOf("/" + FOLDER + "/");
        return i < 0 ? where : "rules" + where.substring(i);
    }

    private record Named(String name, String text) {
    }

    private static List<Named> read(JarFile jar) throws IOException {
        String prefix = BUILT_IN + "/";
        List<JarEntry> entries = jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix)
                && e.getName().endsWith(".yaml")).sorted(Comparator.comparing(JarEntry::getName)).toList();
        List<Named> out = new ArrayList<>();
        for (JarEntry e : entries) {
            try (InputStream in = jar.getInputStream(e)) {
                out.add(new Named("rules/" + FOLDER + "/" + e.getName().substring(prefix.length()),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    private static List<RuleCase> parseAll(List<Named> files) throws CaseFileException {
        List<RuleCase> out = new ArrayList<>();
        List<Message> errors = new ArrayList<>();
        for (Named f : files) {
            out.addAll(parse(f.name(), f.text(), errors));
        }
        if (!errors.isEmpty()) {
            throw new CaseFileException(errors);
        }
        return out;
    }

    /** The cases of one file; problems are added to {@code errors}. */
    static List<RuleCase> parse(String name, String text, List<Message> errors) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = name + (m == null ? "" : ":" + (m.getLine() + 1));
            errors.add(new Message(where + ": YAML 语法错误：" + e.getProblem(), where + ": YAML syntax error: " + e.getProblem()));
            return List.of();
        } catch (YAMLException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            errors.add(new Message(name + ": YAML 错误：" + first, name + ": YAML error: " + first));
            return List.of();
        }
        if (!(root instanceof MappingNode map)) {
            errors.add(error(name, root, "测试文件应包含 bad: 和/或 good: 两个列表", "a test file holds a list bad: and/or a list good:"));
            return List.of();
        }
        String file = Path.of(name).getFileName().toString();
        String rule = file.substring(0, file.length() - ".yaml".length());
        List<RuleCase> out = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode());
            if (!TOP_KEYS.contains(key)) {
                errors.add(unknownKey(name, t.getKeyNode(), key, TOP_KEYS));
            } else if (key.equals("rule")) {
                rule = scalar(t.getValueNode());
            }
        }
        for (NodeTuple t : map.getValue()) {
            String key = scalar(t.getKeyNode());
            if (!key.equals("bad") && !key.equals("good")) {
                continue;
            }
            if (!(t.getValueNode() instanceof SequenceNode list)) {
                errors.add(error(name, t.getValueNode(), key + " 应为列表（每项以 - 开头）", key + " must be a list (items start with -)"));
                continue;
            }
            for (Node item : list.getValue()) {
                RuleCase c = item(name, rule, key.equals("bad"), item, errors);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    private static RuleCase item(String name, String rule, boolean bad, Node item, List<Message> errors) {
        String where = name + ":" + line(item);
        if (item instanceof ScalarNode s) {
            return new RuleCase(rule, where, bad, s.getValue(), "", null, null);
        }
        if (!(item instanceof MappingNode m)) {
            errors.add(error(name, item, "每项是一段文字，或含 text: 的映射", "an item is a text, or a mapping with text:"));
            return null;
        }
        String text = null;
        String file = null;
        String message = null;
        String at = null;
        int before = errors.size();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode());
            switch (key) {
                case "text" -> text = scalar(t.getValueNode());
                case "file" -> file = scalar(t.getValueNode());
                case "message" -> message = scalar(t.getValueNode());
                case "at" -> at = scalar(t.getValueNode());
                case "note" -> { }
                default -> errors.add(unknownKey(name, t.getKeyNode(), key, CASE_KEYS));
            }
        }
        if (text == null || text.isEmpty()) {
            if (errors.size() == before) {
                errors.add(error(name, item, "缺少 text:", "text: is missing"));
            }
            return null;
        }
        return new RuleCase(rule, where, bad, text, at, file, message);
    }

    private static Message unknownKey(String name, Node node, String key, List<String> known) {
        String meant = DidYouMean.suggest(key, known).orElse(null);
        return error(name, node, "未知的键 \"" + key + "\"" + (meant == null ? "（可用：" + String.join("、", known) + "）"
                        : "（是否要用 \"" + meant + "\"？）"),
                "unknown key \"" + key + "\"" + (meant == null ? " (known: " + String.join(", ", known) + ")"
                        : " (did you mean \"" + meant + "\"?)"));
    }

    private static Message error(String name, Node node, String zh, String en) {
        String where = name + (node == null ? "" : ":" + line(node));
        return new Message(where + ": " + zh, where + ": " + en);
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : "";
    }
}
