package org.huibao.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.ParserError;
import org.huibao.api.Message;
import org.huibao.config.DidYouMean;
import org.kie.internal.builder.KnowledgeBuilderResult;

/**
 * Turns the DRL compiler's errors about a user's rule files into what the user can act on: each file's
 * errors on its own lines with the line they are on, at most {@value #MAX_PER_FILE} of them (errors a
 * first one caused are left out), and for the common mistakes one hint — a rule without {@code end}, a
 * fact type misspelt or not imported, a field the fact does not have, {@code =} for {@code ==}, the
 * {@code findings} global not declared, an annotation written twice.
 */
final class DrlErrors {
    static final int MAX_PER_FILE = 3;
    static final String API = "org.huibao.api.";

    /** The fact types rules match, as the README's table of facts lists them. */
    static final List<String> FACT_TYPES = List.of("DocumentFact", "Block", "Heading", "Sentence", "Line", "Term",
            "Spot", "Trait", "OrdinalMention", "PreviousSibling", "FirstSibling", "CueHit", "Clause", "Evidence",
            "Weakness", "Balance", "ParagraphFormat", "PageSetup");

    private static final Pattern PARSER = Pattern.compile("^\\[ERR \\d+] Line (\\d+):(\\d+) (.*)$", Pattern.DOTALL);
    private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*?)'(?: expecting .*?)?(?: in rule \"(.*)\")?");
    private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at input '(.*?)'.*");
    private static final Pattern OBJECT_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    private static final Pattern NO_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern IMPORT = Pattern.compile("Error importing : '([\\w.$*]+)'");
    private static final Pattern ANALYSE = Pattern.compile("Unable to Analyse Expression (.*?):\\s*\\[Error: ([^\\]]*)]",
            Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicated annotation: (\\w+)");
    private static final Pattern SINGLE_EQUALS = Pattern.compile("(?<![=!<>:~])=(?![=~])");

    private record Entry(int line, int column, Message text, Message hint, String rule, boolean consequence) {
    }

    private DrlErrors() {
    }

    /**
     * @param results the compiler's errors
     * @param byPath  the user's files by the path they were compiled under
     */
    static List<Message> describe(Iterable<? extends KnowledgeBuilderResult> results, Map<String, RuleSource> byPath) {
        Map<String, List<Entry>> byFile = new LinkedHashMap<>();
        Map<String, DrlOutline> outlines = new LinkedHashMap<>();
        for (KnowledgeBuilderResult m : results) {
            RuleSource src = m.getResource() == null ? null : byPath.get(m.getResource().getSourcePath());
            String file = src == null ? "rules" : src.displayPath();
            DrlOutline outline = src == null ? DrlOutline.of("")
                    : outlines.computeIfAbsent(file, f -> DrlOutline.of(src.text()));
            Entry e = entry(m, outline);
            if (e != null) {
                byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(e);
            }
        }
        List<Message> out = new ArrayList<>();
        for (Map.Entry<String, List<Entry>> f : byFile.entrySet()) {
            out.addAll(lines(f.getKey(), outlines.getOrDefault(f.getKey(), DrlOutline.of("")), f.getValue()));
        }
        return out;
    }

    private static List<Message> lines(String file, DrlOutline outline, List<Entry> entries) {
        List<Entry> kept = new ArrayList<>(entries);
        List<DrlOutline.Rule> unended = outline.rules().stream().filter(DrlOutline.Rule::missingEnd).toList();
        List<DrlOutline.Rule> noThen = outline.rules().stream().filter(r -> !r.missingEnd() && r.then() == 0).toList();
        if (!unended.isEmpty() || !noThen.isEmpty()) {
            // The parser blames wherever it gave up, often a later rule; the outline knows which rule it was.
            kept.removeIf(e -> e.rule() == null || e.text().en().startsWith("syntax error"));
            for (DrlOutline.Rule r : unended) {
                String before = r.next() > 0 ? "在第 " + r.next() + " 行之前" : "在文件末尾";
                String beforeEn = r.next() > 0 ? "before line " + r.next() : "at the end of the file";
                kept.add(new Entry(r.line(), 0, new Message("规则 \"" + r.name() + "\" 缺少 end",
                        "rule \"" + r.name() + "\" has no end"),
                        new Message("提示：规则缺少 end；每条规则写作 rule \"名称\" … when … then … end，" + before + "补上 end",
                                "hint: the rule lacks its end; a rule is rule \"name\" … when … then … end: add end " + beforeEn),
                        r.name(), false));
            }
            for (DrlOutline.Rule r : noThen) {
                kept.add(new Entry(r.line(), 0, new Message("规则 \"" + r.name() + "\" 缺少 then", "rule \"" + r.name() + "\" has no then"),
                        new Message("提示：条件（when）和动作之间要写 then", "hint: write then between the conditions (when) and the actions"),
                        r.name(), false));
            }
        }
        // A consequence that fails because its rule's conditions did is no news.
        Set<String> brokenConditions = new LinkedHashSet<>();
        kept.stream().filter(e -> !e.consequence() && e.rule() != null).forEach(e -> brokenConditions.add(e.rule()));
        kept.removeIf(e -> e.consequence() && brokenConditions.contains(e.rule()));
        kept.sort(Comparator.comparingInt(Entry::line));
        List<Entry> distinct = new ArrayList<>();
        for (Entry e : kept) {
            if (distinct.stream().noneMatch(d -> d.line() == e.line() && d.text().equals(e.text()))) {
                distinct.add(e);
            }
        }
        List<Message> out = new ArrayList<>();
        for (Entry e : distinct.subList(0, Math.min(MAX_PER_FILE, distinct.size()))) {
            String where = file + (e.line() > 0 ? ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "") : "") + ": ";
            out.add(new Message(where + e.text().zh(), where + e.text().en()));
        }
        if (distinct.size() > MAX_PER_FILE) {
            int more = distinct.size() - MAX_PER_FILE;
            out.add(new Message(file + ": 另有 " + more + " 处错误未列出", file + ": " + more + " more error(s) not shown"));
        }
        distinct.stream().map(Entry::hint).filter(h -> h != null).findFirst().ifPresent(out::add);
        return out;
    }

    private static Entry entry(KnowledgeBuilderResult m, DrlOutline outline) {
        String raw = m.getMessage() == null ? "" : m.getMessage().strip();
        int line = m.getLines() == null || m.getLines().length == 0 ? 0 : Math.max(0, m.getLines()[0]);
        if (m instanceof ParserError) {
            if (raw.startsWith("Parser returned a null Package")) {
                return null;
            }
            Matcher p = PARSER.matcher(raw);
            int column = 0;
            String what = raw;
            if (p.matches()) {
                line = Integer.parseInt(p.group(1));
                column = Integer.parseInt(p.group(2)) + 1;
                what = oneLine(p.group(3));
            }
            DrlOutline.Rule rule = outline.ruleAt(line);
            return new Entry(line, column, syntax(what), syntaxHint(outline, line, rule), rule == null ? null : rule.name(), false);
        }
        String rule = null;
        boolean consequence = false;
        if (m instanceof DescrBuildError d) {
            BaseDescr parent = d.getParentDescr();
            rule = parent instanceof RuleDescr r ? r.getName() : null;
            consequence = d.getDescr() instanceof RuleDescr;
        }
        DrlOutline.Rule block = rule == null ? outline.ruleAt(line) : outline.rule(rule);
        if (rule == null && block != null) {
            rule = block.name();
        }
        int from = block == null ? 1 : block.line();
        int to = block == null ? Integer.MAX_VALUE : block.end() > 0 ? block.end() : Integer.MAX_VALUE;
        Matcher type = OBJECT_TYPE.matcher(raw);
        if (type.find()) {
            String name = type.group(1);
            int at = outline.find(name, Math.max(from, block != null && block.when() > 0 ? block.when() : from), to);
            Message text = apiClass(name).isPresent()
                    ? new Message("类型 " + name + " 未导入", "type " + name + " is not imported")
                    : new Message("未知的事实类型 " + name, "unknown fact type " + name);
            return new Entry(at > 0 ? at : line, 0, text, typeHint(name), rule, false);
        }
        Matcher field = NO_FIELD.matcher(raw);
        if (field.find()) {
            String owner = field.group(1);
            String name = field.group(2);
            int at = outline.find("." + name, from, to);
            if (at == 0) {
                at = outline.find(name, block != null && block.when() > 0 ? block.when() : from, to);
            }
            if (owner.endsWith("KnowledgeHelper")) {
                return consequenceName(name, at > 0 ? at : line, rule, consequence);
            }
            String simple = owner.substring(owner.lastIndexOf('.') + 1);
            return new Entry(at > 0 ? at : line, 0, new Message(simple + " 没有字段 " + name, simple + " has no field " + name),
                    fieldHint(owner, name), rule, consequence);
        }
        Matcher imp = IMPORT.matcher(raw);
        if (imp.find()) {
            String name = imp.group(1);
            int at = outline.find("import " + name);
            return new Entry(at > 0 ? at : line, 0, new Message("无法导入 " + name, "cannot import " + name),
                    importHint(name), null, false);
        }
        Matcher dup = DUPLICATE.matcher(raw);
        if (dup.find()) {
            String key = dup.group(1);
            int at = secondOccurrence(outline, "@" + key + "(", from, to);
            return new Entry(at, 0,
                    new Message("注解 @" + key + " 写了两次", "annotation @" + key + " given twice"),
                    key.startsWith("example")
                            ? new Message("提示：一条规则的同一注解只能写一次；更多示例写作 @example2、@example3…，正例写作 @example_ok、@example_ok2…",
                                    "hint: an annotation may appear once per rule; further examples are @example2, @example3…, good ones @example_ok, @example_ok2…")
                            : new Message("提示：一条规则的同一注解只能写一次", "hint: an annotation may appear once per rule"),
                    rule, false);
        }
        Matcher expr = ANALYSE.matcher(raw);
        if (expr.find()) {
            String e = oneLine(expr.group(1)).replace(" ~= ", " matches ");
            String why = oneLine(expr.group(2));
            int at = outline.find(e, from, to);
            if (at == 0 && block != null) {
                at = consequence ? block.then() : block.when();
            }
            Message text = why.contains("bad regular expression")
                    ? new Message("正则表达式有误：" + e, "invalid regular expression: " + e)
                    : new Message("无法理解 " + e + "：" + why, "cannot read " + e + ": " + why);
            return new Entry(at > 0 ? at : line, 0, text, null, rule, consequence);
        }
        String text = oneLine(raw.replaceAll("\\s*\\[Near : \\{.*", ""));
        if (line <= 0 && block != null) {
            line = block.line();
        }
        return new Entry(line, 0, new Message(text, text), null, rule, consequence);
    }

    /** The line where {@code text} occurs the second time (an annotation written twice). */
    private static int secondOccurrence(DrlOutline outline, String text, int from, int to) {
        int seen = 0;
        for (int n = Math.max(1, from); n <= Math.min(to, outline.lines().size()); n++) {
            String line = outline.lines().get(n - 1);
            for (int i = line.indexOf(text); i >= 0; i = line.indexOf(text, i + 1)) {
                if (++seen == 2) {
                    return n;
                }
            }
        }
        return 0;
    }

    /** A name the consequence cannot resolve: most often the findings global, which was not declared. */
    private static Entry consequenceName(String name, int line, String rule, boolean consequence) {
        if (name.equals("findings") || name.equals("texts")) {
            String type = name.equals("findings") ? "FindingSink" : "Texts";
            return new Entry(line, 0, new Message("未声明的全局变量 " + name, "undeclared global " + name),
                    new Message("提示：在文件开头声明 global org.huibao.api." + type + " " + name,
                            "hint: declare global org.huibao.api." + type + " " + name + " at the top of the file"),
                    rule, false);
        }
        return new Entry(line, 0, new Message("无法识别 " + name, "cannot resolve " + name), null, rule, consequence);
    }

    private static Message syntax(String what) {
        Matcher mm = MISMATCHED.matcher(what);
        if (mm.matches()) {
            String in = mm.group(2) == null ? "" : "（规则 \"" + mm.group(2) + "\"）";
            String inEn = mm.group(2) == null ? "" : " (rule \"" + mm.group(2) + "\")";
            String token = mm.group(1).equals("<EOF>") ? "文件结尾" : "'" + mm.group(1) + "'";
            String tokenEn = mm.group(1).equals("<EOF>") ? "end of file" : "'" + mm.group(1) + "'";
            return new Message("语法错误：此处不应出现 " + token + in, "syntax error: unexpected " + tokenEn + inEn);
        }
        Matcher nv = NO_VIABLE.matcher(what);
        if (nv.matches()) {
            return new Message("语法错误：无法理解 '" + nv.group(1) + "'", "syntax error: cannot read '" + nv.group(1) + "'");
        }
        return new Message("语法错误：" + what, "syntax error: " + what);
    }

    private static Message syntaxHint(DrlOutline outline, int line, DrlOutline.Rule rule) {
        String text = line > 0 && line <= outline.lines().size() ? outline.lines().get(line - 1) : "";
        boolean inConditions = rule != null && rule.when() > 0 && line >= rule.when() && (rule.then() == 0 || line < rule.then());
        if (inConditions && SINGLE_EQUALS.matcher(text.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")).find()) {
            return new Message("提示：条件中比较相等用 ==，不是 =", "hint: conditions compare with ==, not =");
        }
        if (rule != null && !outline.conditionsBalanced(rule)) {
            return new Message("提示：规则 \"" + rule.name() + "\" 的条件中括号不配对",
                    "hint: the brackets in the conditions of rule \"" + rule.name() + "\" do not pair up");
        }
        return null;
    }

    static Message typeHint(String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        if (apiClass(simple).isPresent() && !name.contains(".")) {
            return new Message("提示：缺少 import " + API + simple, "hint: missing import " + API + simple);
        }
        String types = String.join(", ", FACT_TYPES);
        Optional<String> meant = DidYouMean.suggest(simple, FACT_TYPES);
        return meant.map(t -> new Message("提示：是否要用 " + t + "（import " + API + t + "）？可用的事实类型见 org.huibao.api：" + types,
                        "hint: did you mean " + t + " (import " + API + t + ")? The fact types are in org.huibao.api: " + types))
                .orElse(new Message("提示：可用的事实类型见 org.huibao.api：" + types,
                        "hint: the fact types are in org.huibao.api: " + types));
    }

    private static Message importHint(String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        if (name.startsWith(API)) {
            List<String> all = new ArrayList<>(FACT_TYPES);
            all.addAll(List.of("FindingSink", "Texts", "TextMatch", "Span", "NodeType", "HeadingKind", "SpotKind",
                    "TraitKind", "Owner", "Mode", "PartRole", "Where", "Genre", "Numbering", "Typesetting"));
            return DidYouMean.suggest(simple, all)
                    .map(t -> new Message("提示：org.huibao.api 中没有 " + simple + "，是否要用 " + API + t + "？",
                            "hint: org.huibao.api has no " + simple + "; did you mean " + API + t + "?"))
                    .orElse(new Message("提示：org.huibao.api 中没有 " + simple, "hint: org.huibao.api has no " + simple));
        }
        return new Message("提示：规则只能使用 org.huibao.api 中的类型（以及 Java 标准库）",
                "hint: rules may use the types of org.huibao.api (and the Java library) only");
    }

    private static Message fieldHint(String owner, String name) {
        Class<?> type;
        try {
            type = Class.forName(owner, false, DrlErrors.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        List<String> fields = fields(type);
        String simple = type.getSimpleName();
        String all = String.join(", ", fields);
        return DidYouMean.suggest(name, fields)
                .map(f -> new Message("提示：是否要用 " + f + "？" + simple + " 的字段：" + all,
                        "hint: did you mean " + f + "? The fields of " + simple + ": " + all))
                .orElse(new Message("提示：" + simple + " 的字段：" + all, "hint: the fields of " + simple + ": " + all));
    }

    /** A fact's fields as rules read them: its record components, then its other property-like methods. */
    static List<String> fields(Class<?> type) {
        Set<String> out = new LinkedHashSet<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                out.add(c.getName());
            }
        }
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
                    && m.getDeclaringClass() != Object.class && !m.getName().equals("hashCode")
                    && !m.getName().equals("toString")) {
                out.add(m.getName());
            }
        }
        return List.copyOf(out);
    }

    private static Optional<Class<?>> apiClass(String simple) {
        try {
            return Optional.of(Class.forName(API + simple, false, DrlErrors.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
