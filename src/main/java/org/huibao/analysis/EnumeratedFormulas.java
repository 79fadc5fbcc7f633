package org.huibao.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huibao.api.Term;
import org.huibao.parse.Columns;

/**
 * Enumerated formulas: the fixed lists that published texts of many organs write with the same members in
 * the same order (不敢腐、不能腐、不想腐; 产业兴旺、生态宜居、乡风文明、治理有效、生活富裕; 稳就业、稳金融、稳外贸、
 * 稳外资、稳投资、稳预期), harvested by {@code bench/lists.py} into {@code data/huibao/enumerated-formulas.tsv}
 * with what those texts themselves vary: other orders, members left out, words put in a member's place.
 *
 * <p>A run of items joined by 、 in one clause of a draft is compared with each such list it shares members
 * with. Reported, with the list as its correction: the same members in another order where no published
 * text varies it; one member replaced by a word of its kind (it begins or ends as the member does) where the
 * published texts never put that word there; a member left out of the middle of a list the draft presents
 * as whole (a count word before it, or the clause ending with the list, no 等) where the published texts
 * never leave it out; a member added or the members miscounted where a count word names the list. A list a
 * draft shortens at an end, extends with 等 or with items of its own, or writes in the forms the published
 * texts write is the draft's own. Immutable.
 */
final class EnumeratedFormulas {
    private static final String RESOURCE = "/data/huibao/enumerated-formulas.tsv";
    /** A list is checked when this many documents write it (the file holds rarer ones for the harvest's record). */
    private static final int CHECKED_DOCS = 20;
    /** And when this many organs do: one organ's wording is its own. */
    private static final int CHECKED_ORGANS = 10;
    /** See {@link Formula#fixed}: on the held-out half, lists varied more often were descriptive. */
    private static final int OPEN = 20;
    private static final String BREAKS = "，,。；;：:！？!?（）()【】[]〔〕《》—…\n\r\t";
    private static final String QUOTES = "“”‘’\"'「」『』";
    private static final String NUMERALS = "〇一二三四五六七八九十";
    /** Words between a count word and the list it introduces (四个意识，即政治意识、…). */
    private static final List<String> INTRODUCERS = List.of("也就是", "分别是", "包括", "就是", "即", "是");
    private static final int MAX_COUNTED = 4;
    /** A member this long is read at an end of a run as the word of its length (优化环境 of 优化环境改革). */
    private static final int LONG_ITEM = 3;
    private static final String MARKS = "：:，,（(“”\"";
    /** Marks that set off a list as what a count word names (not a comma: it ends a clause). */
    private static final String OPENERS = "：:（(";

    /** A harvested list: its members in order, and what published texts vary of it. */
    record Formula(List<String> items, int docs, int organs, int orders, Set<String> shortened, Map<String, Set<String>> swaps,
                   int count, int swapped, int extended, int shortenedDocs) {
        String text() {
            return String.join("、", items);
        }

        /**
         * A fixed formula: at most one document in {@link #OPEN} varies it (another order, a word in a member's
         * place, items of its own after it, a member left out). The lists that texts vary more are
         * descriptive (科学化、民主化、法治化; 高校毕业生、退役军人、农民工), whatever their frequency.
         */
        boolean fixed() {
            return (orders + swapped + extended + shortenedDocs) * OPEN <= docs;
        }
    }

    /** A run of a draft: its parts' spans in the line, {@code [from, to)} each. */
    private record Run(int[] from, int[] to) {
        int size() {
            return from.length;
        }
    }

    private final List<Formula> formulas;
    /** Per member, the formulas it is a member of. */
    private final Map<String, List<Integer>> byMember = new HashMap<>();
    private final int longest;

    EnumeratedFormulas(List<Formula> formulas) {
        this.formulas = List.copyOf(formulas);
        int max = 0;
        for (int i = 0; i < this.formulas.size(); i++) {
            for (String m : this.formulas.get(i).items()) {
                byMember.computeIfAbsent(m, k -> new ArrayList<>()).add(i);
                max = Math.max(max, m.length());
            }
        }
        this.longest = max;
    }

    /** The lists harvested from published text that are checked (see {@link #CHECKED_DOCS}). */
    static EnumeratedFormulas load() {
        List<Formula> out = new ArrayList<>();
        for (String line : DataLines.of(RESOURCE)) {
            Formula f = parse(line.split("\t", -1));
            if (f.docs() >= CHECKED_DOCS && f.organs() >= CHECKED_ORGANS && f.fixed()) {
                out.add(f);
            }
        }
        return new EnumeratedFormulas(out);
    }

    static Formula parse(String[] c) {
        List<String> items = List.of(c[0].split("、"));
        Set<String> shortened = c[4].equals("-") ? Set.of() : Set.of(c[4].split("、"));
        Map<String, Set<String>> swaps = new HashMap<>();
        if (!c[5].equals("-")) {
            for (String s : c[5].split(",")) {
                int eq = s.indexOf('=');
                swaps.computeIfAbsent(s.substring(0, eq), k -> new LinkedHashSet<>()).add(s.substring(eq + 1));
            }
        }
        int count = c[6].equals("-") ? 0 : Integer.parseInt(c[6]);
        return new Formula(items, Integer.parseInt(c[1]), Integer.parseInt(c[2]), Integer.parseInt(c[3]), shortened, swaps, count,
                Integer.parseInt(c[8]), Integer.parseInt(c[9]), Integer.parseInt(c[10]));
    }

    /** The slips of enumerated formulas in a line, as terms of {@code formulations}; {@code taken} as {@link NearMisses#add}. */
    List<Term> find(String line, int lineId, Columns columns, List<Term> taken) {
        List<Term> out = new ArrayList<>();
        if (line.indexOf('、') < 0) {
            return out;
        }
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || BREAKS.indexOf(line.charAt(i)) >= 0) {
                if (i - start >= 5) {
                    piece(line, start, i, lineId, columns, taken, out);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private void piece(String line, int start, int end, int lineId, Columns columns, List<Term> taken, List<Term> out) {
        List<int[]> parts = new ArrayList<>();
        int from = start;
        for (int i = start; i <= end; i++) {
            if (i == end || line.charAt(i) == '、') {
                parts.add(new int[] {from, i});
                from = i + 1;
            }
        }
        if (parts.size() < 2) {
            return;
        }
        for (int[] p : parts) {
            // quoted items and items with marks or digits in them: a run of another make (v1 reads plain runs)
            for (int i = p[0]; i < p[1]; i++) {
                if (!Han.is(line.charAt(i))) {
                    return;
                }
            }
            if (p[1] == p[0]) {
                return;
            }
        }
        int[] f = new int[parts.size()];
        int[] t = new int[parts.size()];
        for (int i = 0; i < f.length; i++) {
            f[i] = parts.get(i)[0];
            t[i] = parts.get(i)[1];
        }
        Run run = new Run(f, t);
        Set<Integer> candidates = new LinkedHashSet<>();
        for (int i = 0; i < run.size(); i++) {
            String part = line.substring(run.from()[i], run.to()[i]);
            for (int k = 2; k <= Math.min(longest, part.length()); k++) {
                if (i == 0 || i == run.size() - 1) {
                    candidates.addAll(byMember.getOrDefault(part.substring(part.length() - k), List.of()));
                    candidates.addAll(byMember.getOrDefault(part.substring(0, k), List.of()));
                } else if (k == part.length()) {
                    candidates.addAll(byMember.getOrDefault(part, List.of()));
                }
            }
        }
        for (int c : candidates) {
            int before = out.size();
            check(formulas.get(c), line, run, end, lineId, columns, taken, out);
            if (out.size() > before) {
                return;
            }
        }
    }

    /** The member of {@code f} part {@code i} is (an end part: ends or starts with), or null. */
    private static String member(Formula f, String line, Run run, int i) {
        String part = line.substring(run.from()[i], run.to()[i]);
        String best = null;
        for (String m : f.items()) {
            boolean is = i == 0 && i == run.size() - 1 ? part.contains(m)
                    : i == 0 ? part.endsWith(m) : i == run.size() - 1 ? part.startsWith(m) : part.equals(m);
            if (is && (best == null || m.length() > best.length())) {
                best = m;
            }
        }
        return best;
    }

    private void check(Formula f, String line, Run run, int pieceEnd, int lineId, Columns columns, List<Term> taken, List<Term> out) {
        int n = f.items().size();
        int k = run.size();
        String[] words = new String[k];
        int matched = 0;
        for (int i = 0; i < k; i++) {
            words[i] = member(f, line, run, i);
            matched += words[i] == null ? 0 : 1;
        }
        int first = words[0] == null ? run.from()[0] : run.to()[0] - words[0].length();
        int last = words[k - 1] == null ? run.to()[k - 1] : run.from()[k - 1] + words[k - 1].length();
        int counted = countBefore(line, first);
        if (k == n && matched == n && distinct(words)) {
            boolean standard = List.of(words).equals(f.items());
            if (!standard && f.orders() == 0) {
                NearMisses.add(out, taken, lineId, columns, line, "formulations", first, last, f.text(),
                        "顺序是“" + f.text() + "”");
            } else if (standard && counted > 0 && counted != n) {
                miscounted(f, line, first, lineId, columns, taken, out);
            }
            return;
        }
        if (k == n && matched == n - 1) {
            replaced(f, line, run, words, first, last, lineId, columns, taken, out);
        } else if (k == n - 1 && matched == k && inOrder(f, words)) {
            String missing = missing(f, words);
            int at = f.items().indexOf(missing);
            boolean whole = counted > 0 || at > 0 && at < n - 1 && n >= 4 && closes(line, pieceEnd) && !f.shortened().contains(missing);
            if (whole && !f.shortened().contains(missing) && (counted == 0 || counted == n || counted == n - 1 && f.count() == n)) {
                NearMisses.add(out, taken, lineId, columns, line, "formulations", first, last, f.text(),
                        "规范提法是“" + f.text() + "”，缺少“" + missing + "”");
            }
        } else if (k == n + 1 && matched == n && (counted == n || counted == n + 1 && f.count() == n) && inOrder(f, words)) {
            int extra = 0;
            while (words[extra] != null) {
                extra++;
            }
            String added = line.substring(run.from()[extra], run.to()[extra]);
            NearMisses.add(out, taken, lineId, columns, line, "formulations", first, last, f.text(),
                    "规范提法是“" + f.text() + "”，多了“" + added + "”");
        }
    }

    /**
     * One member replaced: the others in place, and where it belongs a word of its kind — of about its length,
     * beginning or ending as it does (增效 for 增长, 稳物价 for 稳预期) — that published texts never put there. A
     * word that keeps neither end of it makes another list or a newer wording (内需不足 for 需求收缩, 2024).
     */
    private static void replaced(Formula f, String line, Run run, String[] words, int first, int last, int lineId, Columns columns,
                                 List<Term> taken, List<Term> out) {
        int n = f.items().size();
        int j = -1;
        for (int i = 0; i < n; i++) {
            if (words[i] == null) {
                j = i;
            } else if (!words[i].equals(f.items().get(i))) {
                return;
            }
        }
        String item = f.items().get(j);
        String part = line.substring(run.from()[j], run.to()[j]);
        // at an end the part may carry the clause around the list (者省 of 或者省、自治区、直辖市): there the
        // member's place is the word of its length, for a member of three characters or more; else the part
        if (within(item, part)) {
            // the member with words put into it (推动基层工作 for 推动工作): an own wording, not a slip
            return;
        }
        String word = part;
        if (item.length() >= LONG_ITEM && part.length() > item.length() && (j == 0 || j == n - 1)) {
            word = j == 0 ? part.substring(part.length() - item.length()) : part.substring(0, item.length());
        }
        if (word.length() < 2 || Math.abs(word.length() - item.length()) > 1 || !keepsEnd(word, item)
                || f.swaps().getOrDefault(item, Set.of()).contains(word) || f.items().contains(word)) {
            return;
        }
        int from = j == 0 ? run.to()[0] - word.length() : first;
        int to = j == n - 1 ? run.from()[j] + word.length() : last;
        NearMisses.add(out, taken, lineId, columns, line, "formulations", from, to, f.text(),
                "规范提法是“" + f.text() + "”，“" + word + "”应为“" + item + "”");
    }

    private static void miscounted(Formula f, String line, int first, int lineId, Columns columns, List<Term> taken, List<Term> out) {
        int at = countAt(line, first);
        String right = numeral(f.items().size());
        NearMisses.add(out, taken, lineId, columns, line, "formulations", at, at + 1, right,
                "“" + f.text() + "”共" + right + "项");
    }

    private static String numeral(int n) {
        return n == 2 ? "两" : String.valueOf(NUMERALS.charAt(n));
    }

    /** The number a count word just before the list gives (三个, 四大, 五项), or 0. */
    private static int countBefore(String line, int first) {
        int at = countAt(line, first);
        if (at < 0) {
            return 0;
        }
        char c = line.charAt(at);
        return c == '两' ? 2 : NUMERALS.indexOf(c);
    }

    /**
     * Where the numeral of a count word naming the list at {@code first} is, or -1: the count and its head
     * just before the list and set off from it by a colon, a bracket or 即/包括 (四个意识：政治意识、…; “四个意识”，
     * 即…; 三个导向（问题导向、…）). A count word before a comma alone names something else (胸怀“两个大局”，准确识变、…).
     */
    private static int countAt(String line, int first) {
        int e = first;
        boolean set = false;
        for (String w : INTRODUCERS) {
            if (e - w.length() >= 0 && line.startsWith(w, e - w.length())) {
                e -= w.length();
                set = true;
                break;
            }
        }
        while (e > 0 && MARKS.indexOf(line.charAt(e - 1)) >= 0) {
            set |= OPENERS.indexOf(line.charAt(e - 1)) >= 0;
            e--;
        }
        if (!set) {
            return -1;
        }
        // 数词＋量词＋a few characters of its head (四个意识, 五大振兴, 三项)
        for (int h = 0; h <= MAX_COUNTED && e - h - 2 >= 0; h++) {
            int q = e - h - 1;
            char c = line.charAt(q);
            if (!Han.is(c) || c == '的') {
                return -1;
            }
            if ("个大项".indexOf(c) >= 0 && h > 0) {
                char num = line.charAt(q - 1);
                boolean numeral = NUMERALS.indexOf(num) > 0 && num != '十' || num == '两';
                // 十三个, 二十个: not the count of a short list
                if (numeral && !(q - 2 >= 0 && NUMERALS.indexOf(line.charAt(q - 2)) >= 0)) {
                    return q - 1;
                }
            }
        }
        return -1;
    }

    /** The list ends its sentence: 。；！ or the line's end after it, no 等. */
    private static boolean closes(String line, int pieceEnd) {
        return pieceEnd >= line.length() || "。；;！!".indexOf(line.charAt(pieceEnd)) >= 0;
    }

    private static boolean inOrder(Formula f, String[] words) {
        int at = -1;
        for (String w : words) {
            if (w == null) {
                continue;
            }
            int i = f.items().indexOf(w);
            if (i <= at) {
                return false;
            }
            at = i;
        }
        return true;
    }

    private static String missing(Formula f, String[] words) {
        List<String> have = List.of(words);
        for (String m : f.items()) {
            if (!have.contains(m)) {
                return m;
            }
        }
        return "";
    }

    private static boolean distinct(String[] words) {
        return new java.util.HashSet<>(List.of(words)).size() == words.length;
    }

    /** Every character of {@code item} in {@code part}, in order. */
    private static boolean within(String item, String part) {
        int at = 0;
        for (int i = 0; i < part.length() && at < item.length(); i++) {
            at += part.charAt(i) == item.charAt(at) ? 1 : 0;
        }
        return at == item.length();
    }

    /** The word begins or ends as the member does (稳物价 for 稳预期, 增效 for 增长; not 内需不足 for 需求收缩). */
    private static boolean keepsEnd(String word, String item) {
        return word.charAt(0) == item.charAt(0) || word.charAt(word.length() - 1) == item.charAt(item.length() - 1);
    }
}
