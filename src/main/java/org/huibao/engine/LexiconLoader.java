package org.huibao.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.huibao.lexicon.Lexicon;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

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
 * </pre>
 *
 * A finding reported with {@code findings.fix} carries {@code right} as its edit only when it is one form
 * and the entry does not say {@code fix: false}.
 */
final class LexiconLoader {
    static final String SUFFIX = ".lexicon.yaml";

    private LexiconLoader() {
    }

    static Map<String, Lexicon> load(List<RuleSource> files) throws RuleLoadException {
        Map<String, List<Lexicon.Entry>> byName = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (RuleSource f : files) {
            try {
                read(f, byName);
            } catch (RuleLoadException e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleLoadException(String.join("\n", errors));
        }
        Map<String, Lexicon> out = new LinkedHashMap<>();
        byName.forEach((name, entries) -> out.put(name, new Lexicon(name, entries)));
        return out;
    }

    private static void read(RuleSource f, Map<String, List<Lexicon.Entry>> byName) throws RuleLoadException {
        Object doc;
        try {
            doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(f.text());
        } catch (MarkedYAMLException e) {
            throw new RuleLoadException(f.displayPath() + ":" + (e.getProblemMark().getLine() + 1) + ": YAML syntax error: "
                    + e.getProblem());
        } catch (YAMLException e) {
            throw new RuleLoadException(f.displayPath() + ": YAML error: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(doc instanceof Map<?, ?> map) || !(map.get("lexicon") instanceof String name)
                || !(map.get("entries") instanceof List<?> entries)) {
            throw new RuleLoadException(f.displayPath() + ": a lexicon file needs \"lexicon: NAME\" and \"entries:\" (a list)");
        }
        List<Lexicon.Entry> list = byName.computeIfAbsent(name, k -> new ArrayList<>());
        int i = 0;
        for (Object o : entries) {
            String where = f.displayPath() + ": entries[" + i++ + "]";
            if (!(o instanceof Map<?, ?> e)) {
                throw new RuleLoadException(where + ": an entry is a map with wrong or pattern, and right");
            }
            String wrong = str(e.get("wrong"));
            String pattern = str(e.get("pattern"));
            if (wrong.isEmpty() == pattern.isEmpty()) {
                throw new RuleLoadException(where + ": give exactly one of \"wrong\" (text) and \"pattern\" (regex)");
            }
            try {
                Pattern p = wrong.isEmpty() ? Pattern.compile(pattern) : Pattern.compile(Pattern.quote(wrong));
                String unless = str(e.get("unless"));
                Object right = e.get("right");
                Object fix = e.get("fix");
                if (fix != null && !(fix instanceof Boolean)) {
                    throw new RuleLoadException(where + ": \"fix\" is true or false");
                }
                boolean alternatives = right instanceof List<?> forms && forms.size() != 1;
                list.add(new Lexicon.Entry(p, right(right), unless.isEmpty() ? null : Pattern.compile(unless),
                        str(e.get("note")), f.displayPath(), !alternatives && !Boolean.FALSE.equals(fix)));
            } catch (PatternSyntaxException ex) {
                throw new RuleLoadException(where + ": invalid regular expression: " + ex.getDescription());
            }
        }
    }

    /** The correct form; alternatives joined for a message to show them (其他 或 其它). */
    private static String right(Object o) {
        if (o instanceof List<?> forms) {
            return String.join(" 或 ", forms.stream().map(LexiconLoader::str).toList());
        }
        return str(o);
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }
}
