package org.huibao.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Message;
import org.huibao.config.DidYouMean;
import org.huibao.model.RuleExample;
import org.huibao.model.Severity;

/**
 * A DRL rule's annotations ({@code @id}, {@code @severity}, {@code @example}…): their checks, and its
 * examples. Drools keeps one value per annotation, so the examples are numbered: {@code @example},
 * {@code @example2}, {@code @example3}… must raise the rule, {@code @example_ok}, {@code @example_ok2}…
 * must not.
 */
final class RuleAnnotations {

    /** The annotations huibao reads; others are the author's own, unless they look like a slip of one of these. */
    static final List<String> KNOWN = List.of("id", "severity", "title", "title_en", "message", "message_en",
            "description", "description_en", "example", "example_ok", "fix", "fix_en", "element", "blocking", "enabled");

    private static final Pattern EXAMPLE = Pattern.compile("example(_ok)?(\\d*)");

    private RuleAnnotations() {
    }

    /** The examples in order: the bad ones by number, then the good ones. */
    static List<RuleExample> examples(Map<String, Object> meta) {
        Map<Integer, String> bad = new TreeMap<>();
        Map<Integer, String> good = new TreeMap<>();
        for (Map.Entry<String, Object> e : meta.entrySet()) {
            Matcher m = EXAMPLE.matcher(e.getKey());
            if (!m.matches() || e.getValue() == null || e.getValue().toString().isEmpty() || m.group(2).startsWith("0")) {
                continue;
            }
            int n = m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2));
            (m.group(1) == null ? bad : good).put(n, e.getValue().toString());
        }
        List<RuleExample> out = new ArrayList<>();
        bad.values().forEach(t -> out.add(RuleExample.bad(t)));
        good.values().forEach(t -> out.add(RuleExample.good(t)));
        return out;
    }

    /**
     * What is wrong with a rule's annotations, one line each naming the file and line.
     *
     * @param checkKeys whether to look for misspelt annotation names (a user's rule; built-in ones are
     *                  tested when huibao is built)
     */
    static List<Message> problems(String ruleName, Map<String, Object> meta, RuleSource src, boolean checkKeys) {
        DrlOutline outline = DrlOutline.of(src.text());
        DrlOutline.Rule block = outline.rule(ruleName);
        List<Message> out = new ArrayList<>();
        String severity = str(meta, "severity");
        if (Severity.parse(severity).isEmpty()) {
            String meant = severity.isEmpty() ? "" : DidYouMean.suggest(severity, List.of("error", "warning", "info"))
                    .map(s -> "（是否要用 \"" + s + "\"？）").orElse("");
            String meantEn = severity.isEmpty() ? "" : DidYouMean.suggest(severity, List.of("error", "warning", "info"))
                    .map(s -> " (did you mean \"" + s + "\"?)").orElse("");
            out.add(at(src, outline, block, ruleName, "severity",
                    severity.isEmpty() ? "缺少 @severity（error、warning 或 info）" : "@severity 只能是 error、warning 或 info，不是 \"" + severity + "\"" + meant,
                    severity.isEmpty() ? "@severity is missing (error, warning or info)"
                            : "@severity must be error, warning or info, got \"" + severity + "\"" + meantEn));
        }
        if (str(meta, "title").isEmpty()) {
            out.add(at(src, outline, block, ruleName, "title", "缺少 @title（规则列表和报告中显示的名称）",
                    "@title is missing (the name shown in the rule list and in reports)"));
        }
        for (String key : List.of("blocking", "enabled")) {
            String v = str(meta, key);
            if (!v.isEmpty() && !v.equals("true") && !v.equals("false")) {
                out.add(at(src, outline, block, ruleName, key, "@" + key + " 只能是 \"true\" 或 \"false\"，不是 \"" + v + "\"",
                        "@" + key + " must be \"true\" or \"false\", got \"" + v + "\""));
            }
        }
        if (checkKeys) {
            for (String key : meta.keySet().stream().sorted(Comparator.naturalOrder()).toList()) {
                if (KNOWN.contains(key) || EXAMPLE.matcher(key).matches() || key.contains(".")) {
                    continue;
                }
                Optional<String> meant = DidYouMean.suggest(key, KNOWN);
                meant.ifPresent(k -> out.add(at(src, outline, block, ruleName, key,
                        "未知的注解 @" + key + "（是否要用 @" + k + "？）", "unknown annotation @" + key + " (did you mean @" + k + "?)")));
            }
        }
        return out;
    }

    /** "file:line: rule "name": text", at the annotation's line where it is written, else the rule's. */
    private static Message at(RuleSource src, DrlOutline outline, DrlOutline.Rule block, String ruleName, String key,
                              String zh, String en) {
        int line = 0;
        if (block != null) {
            int to = block.when() > 0 ? block.when() : block.end() > 0 ? block.end() : Integer.MAX_VALUE;
            line = outline.find("@" + key + "(", block.line(), to);
            if (line == 0) {
                line = block.line();
            }
        }
        String where = src.displayPath() + (line > 0 ? ":" + line : "") + ": ";
        return new Message(where + "规则 \"" + ruleName + "\"：" + zh, where + "rule \"" + ruleName + "\": " + en);
    }

    private static String str(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        return v == null ? "" : v.toString();
    }
}
