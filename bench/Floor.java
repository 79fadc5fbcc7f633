import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The benchmark's floor (issue 11): the least work any checker of these reports must do, done in one
 * pass. For each file given (directories walked for *.txt, files sorted) it reads the bytes, decodes
 * them as UTF-8, splits the text into lines and scans each line once with one Aho–Corasick automaton
 * (com.hankcs:aho-corasick-double-array-trie, the library huibao is about to adopt) built over the
 * literal vocabulary of the repository's config.yaml and rules/*.lexicon.yaml. It counts lines and
 * hits and prints one summary line, so that the JIT cannot drop the work.
 *
 * <p>Vocabulary: every string leaf (map values and list items, not keys) of those YAML files.
 * <ul>
 *   <li>A leaf without regex metacharacters ({@code \ ( ) [ ] { } | * + ? ^ $ .}) is a plain literal
 *       and is taken whole (names such as 组织领导, {@code wrong:} forms such as 挡风廉政, notes).</li>
 *   <li>A leaf with them is a regex, or a replacement with $1: from it we take every maximal run of
 *       two or more Han characters that the regex must match literally. Character classes
 *       ({@code [...]}) and escapes ({@code \p{IsHan}}, {@code \d}) break a run and contribute
 *       nothing; a character followed by {@code ?}, {@code *} or {@code {m,n}} is optional and also
 *       breaks the run (one followed by {@code +} stays). So {@code (压实|扛起)[^，。；]{0,6}责任}
 *       gives 压实, 扛起 and 责任. Look-around contents count like any other text: they are words a
 *       checker has to find too.</li>
 * </ul>
 *
 * <p>Usage: {@code java -cp ... Floor [--root DIR] [--vocab] [--repeat N] PATH...}. {@code --root} is the
 * repository (default: the current directory); {@code --vocab} prints the vocabulary and exits;
 * {@code --repeat} reads and scans the whole list of files N times (default 1). The floor costs a few
 * tenths of a millisecond per report: over a quick run's 100 reports that is a few clock ticks of
 * {@code time}, so the benchmark repeats it until its steady CPU is well above the clock's resolution
 * and divides by the repetitions.
 */
public final class Floor {
    private static final String META = "\\()[]{}|*+?^$.";

    private Floor() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(".");
        boolean printVocab = false;
        int repeat = 1;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--root" -> root = Path.of(args[++i]);
                case "--vocab" -> printVocab = true;
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }

        TreeSet<String> vocab = vocabulary(root);
        if (printVocab) {
            vocab.forEach(System.out::println);
            System.err.println(vocab.size() + " words");
            return;
        }
        TreeMap<String, String> map = new TreeMap<>();
        for (String w : vocab) {
            map.put(w, w);
        }
        AhoCorasickDoubleArrayTrie<String> automaton = new AhoCorasickDoubleArrayTrie<>();
        automaton.build(map);

        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".txt"))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }

        Counter counter = new Counter();
        long lines = 0;
        long chars = 0;
        for (int r = 0; r < repeat; r++) {
            for (Path f : files) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                chars += text.length();
                int start = 0;
                int n = text.length();
                while (start < n) {
                    int nl = text.indexOf('\n', start);
                    int end = nl < 0 ? n : nl;
                    int stop = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
                    automaton.parseText(text.substring(start, stop), counter);
                    lines++;
                    start = end + 1;
                }
            }
        }
        System.out.printf("floor: %d files, %d lines, %d chars, %d hits (%d words)%s%n",
                files.size(), lines / repeat, chars / repeat, counter.hits / repeat, vocab.size(),
                repeat == 1 ? "" : ", each read " + repeat + " times");
    }

    /** Counts hits; a named class, since a lambda would be ambiguous between parseText overloads. */
    private static final class Counter implements AhoCorasickDoubleArrayTrie.IHit<String> {
        long hits;

        @Override
        public void hit(int begin, int end, String value) {
            hits++;
        }
    }

    static TreeSet<String> vocabulary(Path root) throws IOException {
        List<Path> sources = new ArrayList<>();
        sources.add(root.resolve("config.yaml"));
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root.resolve("rules"), "*.lexicon.yaml")) {
            ds.forEach(sources::add);
        }
        sources.sort(null);
        TreeSet<String> words = new TreeSet<>();
        for (Path p : sources) {
            Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
            Object doc = yaml.load(Files.readString(p, StandardCharsets.UTF_8));
            collect(doc, words);
        }
        return words;
    }

    private static void collect(Object node, TreeSet<String> words) {
        if (node instanceof Map<?, ?> m) {
            m.values().forEach(v -> collect(v, words));
        } else if (node instanceof Collection<?> c) {
            c.forEach(v -> collect(v, words));
        } else if (node instanceof String s) {
            String t = s.strip();
            if (t.isEmpty()) {
                return;
            }
            if (t.chars().noneMatch(ch -> META.indexOf(ch) >= 0)) {
                words.add(t);
            } else {
                literalRuns(t, words);
            }
        }
    }

    /** Adds the maximal runs of ≥ 2 Han characters that the regex {@code re} matches literally. */
    static void literalRuns(String re, TreeSet<String> words) {
        StringBuilder run = new StringBuilder();
        int i = 0;
        int n = re.length();
        while (i < n) {
            int cp = re.codePointAt(i);
            int len = Character.charCount(cp);
            if (cp == '\\') {
                flush(run, words);
                if (i + 2 < n && (re.charAt(i + 1) == 'p' || re.charAt(i + 1) == 'P') && re.charAt(i + 2) == '{') {
                    int close = re.indexOf('}', i);          // \p{IsHan}
                    i = close < 0 ? n : close + 1;
                } else {
                    i += 2;                                  // \d, \1, \Q …: the escaped character
                }
            } else if (cp == '[') {
                flush(run, words);
                i = classEnd(re, i);
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                int next = i + len;
                char q = next < n ? re.charAt(next) : 0;
                if (q == '?' || q == '*' || q == '{') {
                    flush(run, words);                       // optional: not part of a required run
                } else {
                    run.appendCodePoint(cp);
                }
                i = next;
            } else {
                flush(run, words);
                i += len;
            }
        }
        flush(run, words);
    }

    /** The index just past the character class opening at {@code open}, nested classes included. */
    private static int classEnd(String re, int open) {
        int depth = 0;
        int i = open;
        while (i < re.length()) {
            char ch = re.charAt(i);
            if (ch == '\\') {
                i += 2;
                continue;
            }
            if (ch == '[') {
                depth++;
                if (i + 1 < re.length() && re.charAt(i + 1) == ']') {
                    i++;                                     // []…] : a leading ] is literal
                } else if (i + 2 < re.length() && re.charAt(i + 1) == '^' && re.charAt(i + 2) == ']') {
                    i += 2;
                }
            } else if (ch == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
            i++;
        }
        return re.length();
    }

    private static void flush(StringBuilder run, TreeSet<String> words) {
        if (run.codePointCount(0, run.length()) >= 2) {
            words.add(run.toString());
        }
        run.setLength(0);
    }
}
