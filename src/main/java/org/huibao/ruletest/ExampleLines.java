package org.huibao.ruletest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.huibao.model.RuleExample;
import org.huibao.model.RuleInfo;

/**
 * Where a rule's examples are written, so that a failing one is named by file and line. Rule metadata
 * keeps no line numbers, so the rule's file is read and searched: the line naming the rule's id, then
 * the example's text after it (as a DRL string escapes it, or its first line as YAML writes it). Files
 * are read once per run.
 */
final class ExampleLines {
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*(rule\\s|-?\\s*id\\s*:)");

    private final Map<String, List<String>> files = new HashMap<>();

    /** "file:line" of each of the rule's examples, in the order of {@link RuleInfo#examples()}. */
    List<String> of(RuleInfo rule) {
        List<String> lines = lines(rule.source());
        int idLine = idLine(lines, rule.id());
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RuleExample e : rule.examples()) {
            int line = idLine == 0 ? 0 : exampleLine(lines, idLine, e.text(), seen.merge(e.text(), 1, Integer::sum));
            int shown = line > 0 ? line : idLine;
            out.add(rule.source() + (shown > 0 ? ":" + shown : ""));
        }
        return out;
    }

    private List<String> lines(String source) {
        return files.computeIfAbsent(source, ExampleLines::read);
    }

    private static List<String> read(String source) {
        try {
            Path p = Path.of(source);
            if (Files.isRegularFile(p)) {
                return Files.readAllLines(p, StandardCharsets.UTF_8);
            }
            // A built-in rule's file ("rules/wording.drl") is packaged under huibao/.
            try (InputStream in = ExampleLines.class.getClassLoader().getResourceAsStream("huibao/" + source)) {
                return in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static int idLine(List<String> lines, String id) {
        Pattern yaml = Pattern.compile("^\\s*-?\\s*id\\s*:\\s*['\"]?" + Pattern.quote(id) + "['\"]?\\s*(#.*)?$");
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.contains("@id(\"" + id + "\")") || yaml.matcher(l).matches()) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The line of the {@code nth} example with this text among the lines of the rule around its id line
     * (DRL annotations may come before {@code @id}); 0 when not found.
     */
    private static int exampleLine(List<String> lines, int idLine, String text, int nth) {
        int from = idLine;
        while (from > 1 && idLine - from < 15 && !BLOCK_START.matcher(lines.get(from - 1)).find()) {
            from--;
        }
        int to = idLine;
        while (to < lines.size() && !BLOCK_START.matcher(lines.get(to)).find()) {
            to++;
        }
        String escaped = text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        String firstLine = text.lines().findFirst().orElse("").strip();
        for (String needle : List.of(escaped, firstLine)) {
            if (needle.isEmpty()) {
                continue;
            }
            int count = 0;
            for (int n = from; n <= to; n++) {
                if (lines.get(n - 1).contains(needle) && ++count == nth) {
                    return n;
                }
            }
        }
        return 0;
    }
}
