import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Harvests canonical political formulations from the central texts themselves (issue 13, HB304), so that
 * the formulation word lists are curated from evidence and not from memory. Not a runtime dependency: its
 * output is read by a person, who copies what holds into rules/*formulations*.lexicon.yaml with its source.
 *
 * <p>Central texts: Party congress reports, the Party Constitution, Party regulations and normative
 * documents (a checkout of the published collection, content/), the State Council's government work
 * reports and the five-year plans. A text's year is its file name's leading year, else its front matter's
 * {@code date:}, else a year in its title; texts with none count for attestation but not for a year.
 *
 * <pre>
 * # candidates: strings of 8–40 Chinese characters (and 、) found verbatim in at least MIN texts of at
 * # least three different years, longest first within a family, with the first and last year and a source
 * java bench/Formulations.java ngrams MIN DIR...
 * # since when each standard phrase of the word lists is attested (the `since:` of an entry), and phrases
 * # no central text writes verbatim
 * java bench/Formulations.java since rules DIR...
 * # whether each line of stdin (a string a rule flagged) is itself attested, and in which years
 * java bench/Formulations.java attested DIR... &lt; strings.txt
 * </pre>
 */
public class Formulations {
    record Doc(Path path, int year, String text) {
    }

    private static final Pattern LEADING_YEAR = Pattern.compile("^((?:19|20)\\d{2})");
    private static final Pattern DATE = Pattern.compile("(?m)^(?:date|publication_date):\\s*'?((?:19|20)\\d{2})");
    private static final Pattern TITLE_YEAR = Pattern.compile("(?m)^title:.*?((?:19|20)\\d{2})年");
    private static final Pattern DATELINE = Pattern.compile("(?m)^\\s*[—－-]{1,2}\\s*((?:19|20)\\d{2})年");
    private static final Pattern REVISION = Pattern.compile("(?m)^\\s+- ((?:19|20)\\d{2})年$");
    private static final int GRAM = 8;

    public static void main(String[] args) throws IOException {
        switch (args[0]) {
            case "ngrams" -> ngrams(Integer.parseInt(args[1]), load(Arrays.copyOfRange(args, 2, args.length)));
            case "since" -> since(Path.of(args[1]), load(Arrays.copyOfRange(args, 2, args.length)));
            case "attested" -> attested(load(Arrays.copyOfRange(args, 1, args.length)));
            default -> throw new IllegalArgumentException("ngrams | since | attested");
        }
    }

    static List<Doc> load(String[] dirs) throws IOException {
        List<Doc> out = new ArrayList<>();
        for (String d : dirs) {
            try (Stream<Path> s = Files.walk(Path.of(d))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().startsWith("_")).sorted().toList()) {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    out.add(new Doc(p, year(p, text), fold(text)));
                }
            }
        }
        return out;
    }

    /**
     * The latest year the file's name or its front matter gives (date:, the title's year, the years: of
     * its revisions — the collection holds a regulation's latest text under its first date), else a
     * dateline's; 0 when there is none.
     */
    static int year(Path p, String text) {
        int year = 0;
        for (Matcher m : List.of(LEADING_YEAR.matcher(p.getFileName().toString()), DATE.matcher(text), TITLE_YEAR.matcher(text),
                REVISION.matcher(text.substring(0, Math.min(text.length(), 2000))))) {
            while (m.find()) {
                year = Math.max(year, Integer.parseInt(m.group(1)));
            }
        }
        if (year == 0) {
            Matcher m = DATELINE.matcher(text);
            year = m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
        return year;
    }

    /** The text as HB304 compares it: quotation marks and blanks left out (NearMisses folds the same way). */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("“”‘’\"'「」 \u3000\t".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean part(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c == '、';
    }

    static long hash(String t, int at) {
        long h = 1125899906842597L;
        for (int i = at; i < at + GRAM; i++) {
            h = 31 * h + t.charAt(i);
        }
        return h;
    }

    /**
     * Frequent strings: the 8-grams of Chinese characters found in at least {@code min} texts (counted
     * once per text, by sorting their hashes), then in each text the maximal runs of such 8-grams, counted
     * again by text and kept when they come from three different years or more.
     */
    static void ngrams(int min, List<Doc> docs) {
        long[][] per = new long[docs.size()][];
        int total = 0;
        for (int d = 0; d < docs.size(); d++) {
            String t = docs.get(d).text();
            long[] hs = new long[Math.max(0, t.length() - GRAM + 1)];
            int n = 0;
            for (int i = 0; i + GRAM <= t.length(); i++) {
                if (allParts(t, i, i + GRAM)) {
                    hs[n++] = hash(t, i);
                }
            }
            per[d] = Arrays.stream(hs, 0, n).sorted().distinct().toArray();
            total += per[d].length;
        }
        long[] all = new long[total];
        int k = 0;
        for (long[] p : per) {
            System.arraycopy(p, 0, all, k, p.length);
            k += p.length;
        }
        Arrays.sort(all);
        long[] frequent = new long[all.length];
        int f = 0;
        for (int i = 0, j; i < all.length; i = j) {
            for (j = i; j < all.length && all[j] == all[i]; j++) {
            }
            if (j - i >= min) {
                frequent[f++] = all[i];
            }
        }
        long[] freq = Arrays.copyOf(frequent, f);
        Map<String, int[]> runs = new HashMap<>();
        Map<String, String> firstSource = new HashMap<>();
        for (Doc d : docs) {
            String t = d.text();
            TreeSet<String> seen = new TreeSet<>();
            int start = -1;
            for (int i = 0; i + GRAM <= t.length() + 1; i++) {
                boolean hit = i + GRAM <= t.length() && allParts(t, i, i + GRAM) && Arrays.binarySearch(freq, hash(t, i)) >= 0;
                if (hit && start < 0) {
                    start = i;
                } else if (!hit && start >= 0) {
                    String run = trim(t.substring(start, i - 1 + GRAM));
                    if (run.length() >= GRAM && run.length() <= 40) {
                        seen.add(run);
                    }
                    start = -1;
                }
            }
            for (String r : seen) {
                // docs, first year, last year, a bit set of decades for the spread of years
                int[] s = runs.computeIfAbsent(r, x -> new int[] {0, 9999, 0, 0});
                s[0]++;
                if (d.year() > 0) {
                    s[1] = Math.min(s[1], d.year());
                    s[2] = Math.max(s[2], d.year());
                    s[3] |= 1 << Math.floorMod(d.year(), 30);
                }
                firstSource.putIfAbsent(r + "@" + d.year(), d.path().toString());
            }
        }
        runs.entrySet().stream()
                .filter(e -> e.getValue()[0] >= min && Integer.bitCount(e.getValue()[3]) >= 3)
                .sorted((a, b) -> a.getValue()[1] != b.getValue()[1] ? Integer.compare(a.getValue()[1], b.getValue()[1]) : a.getKey().compareTo(b.getKey()))
                .forEach(e -> {
                    int[] s = e.getValue();
                    System.out.println(s[0] + "\t" + s[1] + "\t" + s[2] + "\t" + e.getKey() + "\t" + firstSource.get(e.getKey() + "@" + s[1]));
                });
    }

    /** A run's ends cut at a list mark, so that a run is a phrase and not a phrase with a stray 、. */
    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && s.charAt(a) == '、') {
            a++;
        }
        while (b > a && s.charAt(b - 1) == '、') {
            b--;
        }
        return s.substring(a, b);
    }

    static boolean allParts(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!part(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern STANDARD = Pattern.compile("^\\s*- (standard|name): (.+?)\\s*$");
    private static final Pattern SINCE = Pattern.compile("^\\s*since: (\\d{4})");

    /**
     * For each {@code standard:} or {@code name:} phrase of the word lists: the first year a central text
     * writes it (folded), how many texts do, and the first of them; "-" where none does (a phrase of a
     * field's law or of a plenum this collection lacks: its `since:` is set by hand from its source).
     */
    static void since(Path rules, List<Doc> docs) throws IOException {
        try (Stream<Path> s = Files.list(rules)) {
            for (Path p : s.filter(p -> p.getFileName().toString().endsWith("formulations.lexicon.yaml")).sorted().toList()) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = STANDARD.matcher(lines.get(i));
                    if (!m.matches()) {
                        continue;
                    }
                    String phrase = fold(m.group(2).replaceAll("^'|'$", ""));
                    String declared = i + 1 < lines.size() && SINCE.matcher(lines.get(i + 1)).find() ? lines.get(i + 1).trim() : "";
                    System.out.println(p.getFileName() + "\t" + attestation(phrase, docs) + "\t" + phrase + "\t" + declared);
                }
            }
        }
    }

    static String attestation(String phrase, List<Doc> docs) {
        int first = 9999;
        int last = 0;
        int n = 0;
        String source = "-";
        for (Doc d : docs) {
            if (d.text().contains(phrase)) {
                n++;
                if (d.year() > 0 && d.year() < first) {
                    first = d.year();
                    source = d.path().toString();
                }
                last = Math.max(last, d.year());
            }
        }
        return n == 0 ? "-\t-\t0\t-" : (first == 9999 ? "?" : first) + "\t" + last + "\t" + n + "\t" + source;
    }

    static void attested(List<Doc> docs) throws IOException {
        String line;
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8));
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                System.out.println(attestation(fold(line.strip()), docs) + "\t" + line.strip());
            }
        }
    }
}
