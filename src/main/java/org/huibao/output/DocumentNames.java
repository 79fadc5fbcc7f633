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
 * {@code 2024_汇报.docx.huibao.docx} (the folders they all share left out), and should two still clash, the later one in path order gets
 * {@code -2}, {@code -3}. The same inputs always give the same names.
 */
public final class DocumentNames {

    /** The longest name before the suffix, in bytes of UTF-8; room is left for the suffix and a "-2". */
    static final int MAX_BYTES = 200;

    private DocumentNames() {
    }

    /**
     * A name for each report, by the name it is shown under (as the user gave it; {@code -} for
     * standard input without a name). {@code taken} names (compared ignoring case) are never given:
     * the files a run must not overwrite, such as its own inputs in that directory.
     */
    public static Map<String, String> assign(List<String> reports, DocumentFormatter format, Set<String> taken) {
        List<String> unique = reports.stream().distinct().sorted().toList();
        Map<String, List<String>> clashes = new HashMap<>();
        for (String r : unique) {
            clashes.computeIfAbsent(key(stem(r)), k -> new ArrayList<>()).add(r);
        }
        Set<String> used = new HashSet<>();
        for (String t : taken) {
            used.add(key(t));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String r : unique) {
            List<String> clash = clashes.get(key(stem(r)));
            String base = clash.size() == 1 ? stem(r) : flat(r, commonFolders(clash));
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

    /**
     * The path as one name: its folders below {@code skip} leading ones and its file name, joined with
     * '_' (without '.' and '..').
     */
    private static String flat(String report, int skip) {
        List<String> parts = parts(report);
        return safe(String.join("_", parts.subList(Math.min(skip, parts.size() - 1), parts.size())));
    }

    /** How many leading folders the paths share: the folder they are all in says nothing about any. */
    private static int commonFolders(List<String> reports) {
        List<String> first = parts(reports.get(0));
        int n = first.size() - 1;
        for (String r : reports) {
            List<String> p = parts(r);
            int i = 0;
            while (i < n && i < p.size() - 1 && p.get(i).equals(first.get(i))) {
                i++;
            }
            n = i;
        }
        return n;
    }

    private static List<String> parts(String report) {
        List<String> parts = new ArrayList<>();
        for (String part : report.replace('\\', '/').split("/")) {
            if (!part.isEmpty() && !part.equals(".") && !part.equals("..")) {
                parts.add(part);
            }
        }
        if (parts.isEmpty()) {
            parts.add(fileName(report));
        }
        return parts;
    }

    /**
     * Characters no file system takes (or that would make a path) become '_'; a name is cut to
     * {@link #MAX_BYTES} bytes of UTF-8, so that with its suffix it stays within the 255 bytes most file
     * systems allow (85 Chinese characters).
     */
    private static String safe(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int[] bytes = {0};
        s.codePoints().forEach(c -> {
            int cp = c < 0x20 || c == 0x7F || "/\\:*?\"<>|".indexOf(c) >= 0 ? '_' : c;
            int n = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes[0] + n <= MAX_BYTES) {
                b.appendCodePoint(cp);
                bytes[0] += n;
            } else {
                bytes[0] = Integer.MAX_VALUE / 2;
            }
        });
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
