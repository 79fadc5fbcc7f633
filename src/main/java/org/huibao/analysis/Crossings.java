package org.huibao.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * The variants of a standard phrase with two of its parallel parts crossed over: the tails or heads of
 * two items of a list exchanged (居家社区机构相结合、医养康养相协调), and in a paired formula the two
 * words its frame repeats exchanged (以新发展格局保障新安全格局 for 以新安全格局保障新发展格局: 新…格局 frames
 * both). A draft that writes a variant means the phrase. Stateless.
 */
final class Crossings {
    /** How many characters of two items of a list are exchanged in a crossed list (相协调 ↔ 相结合). */
    private static final int TAIL = 2;
    /** How long the exchanged words of a paired formula are, and the frame after each at least. */
    private static final int WORD = 2;
    private static final String MARKS = "、，,；;：:“”‘’\"（）()《》 ";

    private Crossings() {
    }

    /** Every crossed variant of a phrase; {@code items} its list's items, if it is a list. */
    static List<String> of(String text, List<String> items) {
        List<String> out = new ArrayList<>(items.isEmpty() ? List.of() : lists(text, items));
        if (items.isEmpty()) {
            out.addAll(pairs(text));
        }
        return out;
    }

    /**
     * The phrase with two words of {@link #WORD} characters exchanged where the phrase frames both alike:
     * the same character before each and the same two after each (新安全格局…新发展格局). Words with a
     * mark in them, or the same words, are no pair.
     */
    static List<String> pairs(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        for (int i = 1; i + WORD + WORD <= n; i++) {
            for (int j = i + WORD + 1; j + WORD + WORD <= n; j++) {
                String a = text.substring(i, i + WORD);
                String b = text.substring(j, j + WORD);
                if (a.equals(b) || NearMisses.any(a + b, MARKS) || text.charAt(i - 1) != text.charAt(j - 1)
                        || !text.regionMatches(i + WORD, text, j + WORD, WORD)) {
                    continue;
                }
                out.add(text.substring(0, i) + b + text.substring(i + WORD, j) + a + text.substring(j + WORD));
            }
        }
        return out;
    }

    /**
     * The list with the last {@link #TAIL} characters of two of its items exchanged (居家社区机构相结合、
     * 医养康养相协调 for 居家社区机构相协调、医养康养相结合), or the first (创新性转化、创造性发展 for
     * 创造性转化、创新性发展): the predicates or the modifiers of a parallel list crossed over.
     * Only items of four characters or more, whose tails differ, so that each keeps a head of its own.
     */
    static List<String> lists(String text, List<String> items) {
        List<String> out = new ArrayList<>();
        int[] at = new int[items.size()];
        for (int k = 0, from = 0; k < items.size(); k++) {
            at[k] = text.indexOf(items.get(k), from);
            from = at[k] + items.get(k).length();
        }
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                String a = items.get(i);
                String b = items.get(j);
                if (a.length() < 2 * TAIL || b.length() < 2 * TAIL || a.endsWith(b.substring(b.length() - TAIL))) {
                    continue;
                }
                String tailA = a.substring(a.length() - TAIL);
                String tailB = b.substring(b.length() - TAIL);
                int endA = at[i] + a.length();
                int endB = at[j] + b.length();
                out.add(text.substring(0, endA - TAIL) + tailB + text.substring(endA, endB - TAIL) + tailA + text.substring(endB));
                // the heads crossed: 创新性转化、创造性发展 for 创造性转化、创新性发展
                if (!a.startsWith(b.substring(0, TAIL))) {
                    out.add(text.substring(0, at[i]) + b.substring(0, TAIL) + text.substring(at[i] + TAIL, at[j]) + a.substring(0, TAIL)
                            + text.substring(at[j] + TAIL));
                }
            }
        }
        return out;
    }

}
