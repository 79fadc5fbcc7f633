package org.huibao.read;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The running counters of Word's automatic numbering, and the visible ordinal of each numbered
 * paragraph ("一、", "（二）", "3."). One instance per document, fed the numbered paragraphs in
 * document order. Pure Java: the .docx and .doc readers describe their list levels as {@link Level}.
 *
 * <p>Word counts per list definition (abstractNum in .docx, LSTF in .doc): two list instances (num,
 * LFO) that point to the same definition continue one sequence, unless an instance overrides a
 * level's start value — then that level starts over where the instance is first used. A level
 * restarts when a higher level advances, unless its restart setting says otherwise.
 */
final class ListCounters {

    static final int LEVELS = 9;
    private static final int UNSET = Integer.MIN_VALUE;

    /**
     * One list level.
     *
     * @param start        the first number
     * @param numFmt       ST_NumberFormat name ("decimal", "chineseCounting", …)
     * @param text         the level text with %1…%9 standing for the numbers of levels 1…9 ("%1、", "（%2）")
     * @param legal        isLgl: every number shown in Arabic digits
     * @param restartAfter -1: restart whenever a higher level advances; 0: never; n: when a level n or
     *                     higher (1-based) advances
     * @param suffix       what follows the number: "tab" (Word's default), "space" or "nothing"
     */
    record Level(int start, String numFmt, String text, boolean legal, int restartAfter, String suffix) {
    }

    private final Map<Object, int[]> counters = new HashMap<>();
    private final Set<Object> instancesSeen = new HashSet<>();

    /**
     * Advances the counter of level {@code ilvl} and returns the ordinal to put in front of the
     * paragraph's text, separator included; "" for bullets and levels with no text, null when the
     * level is not defined.
     *
     * @param list           the list definition whose counters advance
     * @param instance       the list instance the paragraph names
     * @param startOverrides the instance's start values by level (0-based); empty if none
     * @param levels         the levels of the list as the instance sees them (null for an undefined level)
     */
    String next(Object list, Object instance, Map<Integer, Integer> startOverrides, IntFunction<Level> levels,
                int ilvl) {
        if (ilvl < 0 || ilvl >= LEVELS) {
            return null;
        }
        Level level = levels.apply(ilvl);
        if (level == null) {
            return null;
        }
        int[] c = counters.computeIfAbsent(list, k -> {
            int[] fresh = new int[LEVELS];
            Arrays.fill(fresh, UNSET);
            return fresh;
        });
        if (instancesSeen.add(instance)) {
            for (Integer overridden : startOverrides.keySet()) {
                if (overridden >= 0 && overridden < LEVELS) {
                    c[overridden] = UNSET;
                }
            }
        }
        c[ilvl] = c[ilvl] == UNSET ? start(levels, startOverrides, ilvl) : c[ilvl] + 1;
        for (int k = ilvl + 1; k < LEVELS; k++) {
            Level lower = levels.apply(k);
            int after = lower == null ? -1 : lower.restartAfter();
            if (after < 0 || after > 0 && ilvl < after) {
                c[k] = UNSET;
            }
        }
        if (ListNumbers.isBullet(level.numFmt())) {
            return "";
        }
        String number = render(level, c, levels, startOverrides);
        return number + separator(number, level.suffix());
    }

    private static int start(IntFunction<Level> levels, Map<Integer, Integer> overrides, int ilvl) {
        Integer o = overrides.get(ilvl);
        if (o != null) {
            return o;
        }
        Level l = levels.apply(ilvl);
        return l == null ? 1 : l.start();
    }

    private static String render(Level level, int[] c, IntFunction<Level> levels, Map<Integer, Integer> overrides) {
        String text = level.text() == null ? "" : level.text();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int k = text.charAt(i + 1) - '1';
                // A level that has not been used yet shows its start value, as Word does ("1.1" under no "1").
                int value = c[k] == UNSET ? start(levels, overrides, k) : c[k];
                Level referenced = levels.apply(k);
                String fmt = level.legal() || referenced == null ? "decimal" : referenced.numFmt();
                sb.append(ListNumbers.format(value, fmt));
                i++;
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /**
     * Word puts a tab (or a space) after the number. After a mark ("一、", "（一）", "1.") nothing is
     * needed to read the heading; after a bare number or word ("第一章") a space keeps it apart.
     */
    private static String separator(String number, String suffix) {
        if (number.isEmpty() || "nothing".equals(suffix)) {
            return "";
        }
        int last = number.codePointBefore(number.length());
        return Character.isLetterOrDigit(last) ? " " : "";
    }
}
