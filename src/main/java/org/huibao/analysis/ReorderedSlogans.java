package org.huibao.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huibao.api.Term;
import org.huibao.lexicon.Lexicon;
import org.huibao.parse.Columns;

/**
 * A short slogan of a word list quoted with its characters in another order (“三大一重” for 三重一大,
 * “两保障三不愁” for 两不愁三保障): the same characters, any of them moved, inside quotation marks. A quoted
 * slogan is named as a whole, so the drafter meant the listed one; a near-miss reading of the words
 * ({@link NearMisses}) cannot see it, since a move of characters that are not neighbours is several
 * edits. Only a quoted text that no word list has as it stands: a slogan of the same characters in
 * another order that a list holds is a slogan of its own. Immutable.
 */
final class ReorderedSlogans {
    /** Shorter slogans reordered are other words too often (改革 and 革改 aside, 三个一 and 一个三). */
    private static final int MIN = 4;
    /** Longer quoted texts are sentences, whose words a drafter orders as he likes. */
    private static final int MAX = 8;

    /** A slogan: the list it belongs to and its text. */
    private record Slogan(String vocabulary, String text) {
    }

    /** Per sorted characters, the slogans made of them. */
    private final Map<String, List<Slogan>> byChars;
    /** Every text the lists have as it stands: a reordered slogan that is one of them is no slip. */
    private final Set<String> known;

    ReorderedSlogans(Map<String, Lexicon> lexicons) {
        Map<String, List<Slogan>> by = new HashMap<>();
        Set<String> texts = new HashSet<>();
        // the lists of standard phrases (the formulations'), not the lists of other rules that have no standards
        for (String name : lexicons.keySet().stream().sorted()
                .filter(n -> !n.equals(TitleSlips.LEXICON) && !lexicons.get(n).standards().isEmpty()).toList()) {
            for (Lexicon.Standard s : lexicons.get(name).standards()) {
                String text = Folded.fold(s.text());
                texts.add(text);
                if (s.checked() && !s.source().substring(s.source().lastIndexOf('/') + 1).startsWith(NearMisses.HARVESTED)) {
                    slogan(by, name, text);
                }
            }
            for (Lexicon.Entry e : lexicons.get(name).entries()) {
                if (e.literal()) {
                    texts.add(e.wrong());
                }
                if (e.right() != null && e.right().indexOf('$') < 0) {
                    texts.add(e.right());
                    slogan(by, name, e.right());
                }
            }
        }
        by.replaceAll((k, v) -> List.copyOf(v));
        this.byChars = Map.copyOf(by);
        this.known = Set.copyOf(texts);
    }

    private static void slogan(Map<String, List<Slogan>> by, String vocabulary, String text) {
        if (text.length() >= MIN && text.length() <= MAX && text.codePoints().allMatch(Han::is)) {
            List<Slogan> list = by.computeIfAbsent(sorted(text), k -> new java.util.ArrayList<>());
            if (list.stream().noneMatch(s -> s.text().equals(text))) {
                list.add(new Slogan(vocabulary, text));
            }
        }
    }

    private static String sorted(String s) {
        char[] c = s.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }

    /** The reordered slogans quoted in a line, as terms of their lists; a span a term of the same list covers is left to it. */
    List<Term> find(String line, int lineId, Columns columns, List<Term> taken) {
        List<Term> out = new java.util.ArrayList<>();
        for (int open = 0; open < line.length(); open++) {
            char o = line.charAt(open);
            char close = o == '“' ? '”' : o == '‘' ? '’' : o == '「' ? '」' : 0;
            if (close == 0) {
                continue;
            }
            int shut = line.indexOf(close, open + 1);
            if (shut < 0 || shut - open - 1 < MIN || shut - open - 1 > MAX) {
                continue;
            }
            String quoted = line.substring(open + 1, shut);
            if (!quoted.codePoints().allMatch(Han::is) || known.contains(quoted)) {
                continue;
            }
            for (Slogan s : byChars.getOrDefault(sorted(quoted), List.of())) {
                NearMisses.add(out, taken, lineId, columns, line, s.vocabulary(), open + 1, shut, s.text(), "规范提法是“" + s.text() + "”");
                break;
            }
        }
        return out;
    }
}
