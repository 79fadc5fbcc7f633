package org.huibao.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.huibao.config.DidYouMean;
import org.huibao.lexicon.Lexicon;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What a rule looks for: words, and one regular expression, optionally only in one {@link Scope}. The
 * words and the pattern become a word list ({@code *.lexicon.yaml} entries), found in the analysis
 * stage's one scan of each line; a pattern runs only on lines that hold its literal text, when it has
 * some (see README "Cost").
 *
 * @param pattern null when there is none
 * @param scope   null: anywhere
 * @param before  only hits before the one they are asked about count (a conditional's {@code then})
 */
record Wording(List<String> words, Pattern pattern, Scope scope, boolean before) {

    static final List<String> KEYS = List.of("words", "pattern", "scope");

    /**
     * A repeated group that itself ends with a repetition ("(a+)+", "(\\d*)*"): the classic pattern whose
     * failing match takes exponential time.
     */
    private static final Pattern NESTED_REPEAT = Pattern.compile("\\((?:[^()\\\\]|\\\\.)*[+*]\\)[+*{]");

    Wording {
        words = List.copyOf(words);
    }

    boolean isEmpty() {
        return words.isEmpty() && pattern == null;
    }

    /** True when the pattern has a group: its first group is what a hit stands for ({@link #key}). */
    boolean grouped() {
        return pattern != null && pattern.matcher("").groupCount() > 0;
    }

    /** The words, the pattern and the scope given at the top of a rule ({@code existence}). */
    static Wording of(Fields rule) {
        return new Wording(words(rule), pattern(rule), scope(rule), false);
    }

    /**
     * A wording given under a key: a text or a list of texts (words), or a mapping of {@link #KEYS}
     * (and {@code before}, when allowed). Absent when the key is not given.
     */
    static Optional<Wording> under(Fields rule, String key, boolean mayBeBefore) {
        Optional<Node> v = rule.value(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (!(v.get() instanceof MappingNode)) {
            List<String> words = words(rule, key);
            return Optional.of(new Wording(words, null, null, false));
        }
        Fields f = rule.map(key).orElseThrow();
        List<String> keys = new ArrayList<>(KEYS);
        if (mayBeBefore) {
            keys.add("before");
        }
        f.allow(keys);
        Wording w = new Wording(words(f), pattern(f), scope(f), f.bool("before").orElse(false));
        if (w.isEmpty() && !f.has("words") && !f.has("pattern") && !f.misspelt("words") && !f.misspelt("pattern")) {
            f.problem(f.line(), rule.name(key) + " needs words or a pattern");
        }
        return Optional.of(w);
    }

    private static List<String> words(Fields f) {
        return words(f, "words");
    }

    private static List<String> words(Fields f, String key) {
        return f.texts(key).stream().map(Fields.Text::value).distinct().toList();
    }

    private static Pattern pattern(Fields f) {
        String p = f.text("pattern");
        if (p.isEmpty()) {
            return null;
        }
        try {
            Pattern compiled = Pattern.compile(p);
            if (NESTED_REPEAT.matcher(p).find()) {
                f.problem(f.lineOf("pattern"), f.name("pattern") + " \"" + p + "\" repeats a group that itself ends in a"
                        + " repetition, as (a+)+ does, which can take exponential time on a line it does not match;"
                        + " write it without the inner repetition");
                return null;
            }
            return compiled;
        } catch (PatternSyntaxException e) {
            f.problem(f.lineOf("pattern"), "invalid regular expression \"" + p + "\": " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
            return null;
        }
    }

    static Scope scope(Fields f) {
        String s = f.text("scope");
        if (s.isEmpty()) {
            return null;
        }
        Optional<Scope> scope = Scope.parse(s);
        if (scope.isEmpty()) {
            f.problem(f.lineOf("scope"), f.name("scope") + " must be one of " + String.join(", ", Scope.ids())
                    + ", got \"" + s + "\"" + DidYouMean.suggest(s, Scope.ids()).map(k -> " (did you mean \"" + k + "\"?)")
                    .orElse(""));
        }
        return scope.orElse(null);
    }

    /**
     * The word-list entries: one per word, and the pattern.
     *
     * @param right the correct form of each word ({@code null}: none), or of the pattern's hits ("$1")
     */
    List<Lexicon.Entry> entries(java.util.function.Function<String, String> right, String patternRight, String source) {
        List<Lexicon.Entry> out = new ArrayList<>();
        for (String w : words) {
            String r = right.apply(w);
            // a word's one preferred form is a safe edit; a hit with none is only reported
            out.add(new Lexicon.Entry(Pattern.compile(Pattern.quote(w)), r == null ? "" : Matcher.quoteReplacement(r),
                    null, "", source, r != null));
        }
        if (pattern != null) {
            out.add(new Lexicon.Entry(pattern, patternRight, null, "", source, false));
        }
        return out;
    }

    /** The entries of a wording whose hits stand for themselves, or for the pattern's first group. */
    List<Lexicon.Entry> entries(String source) {
        return entries(w -> null, grouped() ? "$1" : "", source);
    }

    /** What a hit stands for: the first group of the pattern that found it, else its text. */
    static String key(org.huibao.api.Term hit) {
        return hit.replacement().isEmpty() ? hit.text() : hit.replacement();
    }
}
