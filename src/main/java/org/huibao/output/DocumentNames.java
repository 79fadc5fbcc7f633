package org.huibao.output;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The file names of the documents a run writes into one directory ({@code --format docx:DIR}): the
 * report's name without its extension and the format's suffix, {@code 汇报.huibao.docx}. Reports whose
 * names would clash (the same name in two folders, {@code a.txt} next to {@code a.docx}; names are
 * compared ignoring case, as Windows and macOS do) are named by their whole path instead,
 * {@code 2024_汇报.docx.huibao.docx}, and should two still clash, the later one in path order gets
 * {@code -2}, {@code -3}. The same inputs always give the same names.
 */
public final class DocumentNames {

    private DocumentNames() {
    }

    /**
     * A name for each report, by the name it is shown under (as the user gave it; {@code -} for
     * standard input without a name). {@code taken} names (compared ignoring case) are never given:
     * the files a run must not overwrite, such as its own inputs in that directory.
     */
    public static Map<String, String> assign(List<String> reports, DocumentFormatter format, Set<String> taken) {
        List<String> unique = reports.stream().distinct().sorted().toList();
        Map<String, Integer> stems = new HashMap<>();
        for (String r : unique) {
            stems.merge(key(stem(r)), 1, Integer::sum);
        }
        Set<String> used = new HashSet<>();
        for (String t : taken) {
            used.add(key(t));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String r : unique) {
            String base = stems.get(key(stem(r))) == 1 ? stem(r) : flat(r);
            String name = format.fileName(base);
            for (int n = 2; used.contains(key(name)); n++) {
                name = format.fileName(base + "-" + n);
            }
            used.add(key(name));
            out.put(r, name);
        }
        return out;
    }

    /** The report's file name without its extension, safe as a file name; {@code stdin} for standard input. */
    public static String stem(String report) {
        String name = fileName(report);
        int dot = name.lastIndexOf('.');
        return safe(dot > 0 ? name.substring(0, dot) : name);
    }

    private static String fileName(String report) {
        if (report == null || report.isEmpty() || report.equals("-")) {
            return "stdin";
        }
        try {
            Path p = Path.of(report).getFileName();
            return p == null ? "report" : p.toString();
        } catch (InvalidPathException e) {
            String r = report.replace('\\', '/');
            return r.substring(r.lastIndexOf('/') + 1);
        }
    }

    /** The whole path as one name: its folders and file name joined with '_', without '.' and '..'. */
    private static String flat(String report) {
        List<String> parts = new ArrayList<>();
        for (String part : report.replace('\\', '/').split("/")) {
            if (!part.isEmpty() && !part.equals(".") && !part.equals("..")) {
                parts.add(part);
            }
        }
        return safe(String.join("_", parts));
    }

    /** Characters no file system takes (or that would make a path) become '_'. */
    private static String safe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> b.appendCodePoint(c < 0x20 || c == 0x7F || "/\\:*?\"<>|".indexOf(c) >= 0 ? '_' : c));
        String out = b.toString().strip();
        while (out.startsWith(".")) {
            out = out.substring(1);
        }
        return out.isEmpty() ? "report" : out;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
