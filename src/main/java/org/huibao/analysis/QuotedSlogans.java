package org.huibao.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.huibao.api.Term;
import org.huibao.parse.Columns;

/**
 * Quoted slogans and counted formulas that published texts of many organs write identically and never vary
 * (“三支一扶”, “四议两公开”, “双随机、一公开”, “两不愁三保障”), harvested by {@code bench/slogans.py} into
 * {@code data/huibao/quoted-slogans.tsv}. A draft's quoted phrase that is no registered form but one edit
 * from one is a hit of {@code formulations} with the slogan as its correct form. In a counted formula the
 * count is part of the name, so a number word changed is an edit (“四议三公开”, “双随机、双公开”), and so are
 * two characters or members exchanged (“两做一学”, “打小打早”). A member replaced (“三支一助”) is not: published
 * reports replace members to name their own siblings (“三减一加强”, “一窗办理、集成服务”).
 *
 * <p>A slogan without a count is checked for two characters exchanged with two characters of it kept on
 * either side. A phrase one edit from two slogans belongs to a family, not to one of them, and is left alone. Outside quotation marks only a count changed in a counted
 * formula of five characters or more is reported (四议三公开): shorter ones and other edits read as a
 * text's own words. Immutable.
 */
final class QuotedSlogans {
    private static final String RESOURCE = "/data/huibao/quoted-slogans.tsv";
    static final String NUMBERS = "一二两三四五六七八九十百千万双";
    /** Characters of a quoted phrase a slogan is compared without (双随机一公开 is 双随机、一公开). */
    private static final String FOLDED = "、 \u3000·";
    /** Characters of a plain slogan an edit keeps on either side (see the class comment). */
    private static final int KEPT = 2;
    /** The shortest counted formula whose count is checked outside quotation marks. */
    private static final int UNQUOTED = 5;
    private static final int LONGEST_QUOTE = 24;
    /** The quotation marks a slogan is quoted in: double, and single ones inside a quotation. */
    private static final List<String> QUOTES = List.of("“”", "‘’", "「」");

    /** A registered slogan: as written, compared form, and how many documents of how many organs write it. */
    record Slogan(String text, String key, int docs, int organs) {
        boolean counted() {
            return NearMisses.any(key, NUMBERS);
        }
    }

    private final Map<Integer, List<Slogan>> byLength = new HashMap<>();
    /** The compared forms of every slogan and of its spellings with 两 for 双 that published texts write. */
    private final Set<String> known = new HashSet<>();
    /** Counted formulas with one count changed, outside quotation marks: the form → its slogan. */
    private final Map<String, Slogan> recounted = new HashMap<>();
    private final Set<Integer> recountedLengths = new TreeSet<>();

    QuotedSlogans(List<Slogan> slogans, Set<String> allowed) {
        known.addAll(allowed);
        slogans.forEach(s -> known.add(s.key()));
        Set<String> ambiguous = new HashSet<>();
        for (Slogan s : slogans) {
            byLength.computeIfAbsent(s.key().length(), k -> new ArrayList<>()).add(s);
            if (!s.counted() || s.key().length() < UNQUOTED) {
                continue;
            }
            for (int i = 0; i < s.text().length(); i++) {
                if (NUMBERS.indexOf(s.text().charAt(i)) < 0) {
                    continue;
                }
                for (char n : NUMBERS.toCharArray()) {
                    String form = s.text().substring(0, i) + n + s.text().substring(i + 1);
                    if (n == s.text().charAt(i) || known.contains(fold(form))) {
                        continue;
                    }
                    if (recounted.putIfAbsent(form, s) != null && recounted.get(form) != s) {
                        ambiguous.add(form);
                    }
                    recountedLengths.add(form.length());
                }
            }
        }
        ambiguous.forEach(recounted::remove);
    }

    static QuotedSlogans load() {
        List<Slogan> slogans = new ArrayList<>();
        Set<String> allowed = new HashSet<>();
        for (String line : DataLines.of(RESOURCE)) {
            String[] c = line.split("\t", -1);
            slogans.add(new Slogan(c[0], fold(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2])));
            if (!c[3].equals("-")) {
                allowed.addAll(List.of(c[3].split("\\|")));
            }
        }
        return new QuotedSlogans(slogans, allowed);
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (FOLDED.indexOf(s.charAt(i)) < 0) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /** The misquoted slogans of a line, as terms of {@code formulations}; {@code taken} as {@link NearMisses#add}. */
    List<Term> find(String line, int lineId, Columns columns, List<Term> taken) {
        List<Term> out = new ArrayList<>();
        for (String marks : QUOTES) {
            char o = marks.charAt(0);
            char c = marks.charAt(1);
            for (int open = line.indexOf(o); open >= 0; open = line.indexOf(o, open + 1)) {
                int close = line.indexOf(c, open + 1);
                if (close < 0) {
                    break;
                }
                String quoted = line.substring(open + 1, close);
                if (quoted.length() > LONGEST_QUOTE || quoted.indexOf(o) >= 0) {
                    continue;
                }
                Slogan s = meant(fold(quoted));
                if (s != null) {
                    NearMisses.add(out, taken, lineId, columns, line, "formulations", open, close + 1, o + s.text() + c, note(s));
                }
            }
        }
        if (!recounted.isEmpty() && NearMisses.any(line, NUMBERS)) {
            for (int p = 0; p < line.length(); p++) {
                if (NUMBERS.indexOf(line.charAt(p)) < 0) {
                    continue;
                }
                for (int length : recountedLengths) {
                    for (int start = Math.max(0, p - length + 1); start <= p && start + length <= line.length(); start++) {
                        Slogan s = recounted.get(line.substring(start, start + length));
                        int end = start + length;
                        // a count inside a longer number (二十四议…) is another count
                        if (s != null && (start == 0 || NUMBERS.indexOf(line.charAt(start - 1)) < 0)
                                && (end == line.length() || NUMBERS.indexOf(line.charAt(end)) < 0)) {
                            NearMisses.add(out, taken, lineId, columns, line, "formulations", start, end, s.text(), note(s));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The one slogan a quoted phrase misquotes by one edit, or null (a registered form, none, or more than one). */
    private Slogan meant(String key) {
        if (known.contains(key)) {
            return null;
        }
        Slogan found = null;
        for (Slogan s : byLength.getOrDefault(key.length(), List.of())) {
            if (slip(s, key)) {
                if (found != null) {
                    return null;
                }
                found = s;
            }
        }
        return found;
    }

    /** Whether {@code key} is the slogan with a count replaced or two characters exchanged, as a slip of it. */
    private static boolean slip(Slogan s, String key) {
        String k = s.key();
        int first = -1;
        int second = -1;
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) != key.charAt(i)) {
                if (first < 0) {
                    first = i;
                } else if (second < 0) {
                    second = i;
                } else {
                    return false;
                }
            }
        }
        if (first < 0 || !Han.is(key.charAt(first)) || second >= 0 && !(k.charAt(first) == key.charAt(second) && k.charAt(second) == key.charAt(first))) {
            return false;
        }
        if (second >= 0) {
            return s.counted() || first >= KEPT && second < k.length() - KEPT;
        }
        // a count for a count (四议三公开); a member replaced is an organ's own sibling more often than a slip
        // (“三减一加强”, “一窗办理、集成服务”, “买全国、卖全球” in published reports)
        return NUMBERS.indexOf(k.charAt(first)) >= 0 && NUMBERS.indexOf(key.charAt(first)) >= 0;
    }

    private static String note(Slogan s) {
        return "“" + s.text() + "”是固定提法（" + s.docs() + "份公开文件、" + s.organs() + "个机关写法一致），不改字、不改数";
    }
}
