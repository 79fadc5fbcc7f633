package org.huibao.analysis;

import java.util.List;

/**
 * An item of a standard list replaced by another word in its place (把方向、管大局、抓落实 for 保落实;
 * 降碳、减污、扩绿、增效 for 增长; 党建振兴 for 组织振兴 at the end of the five 振兴): every other item
 * there in the standard order, next to each other, and where the missing one belongs a word of its
 * length that keeps part of it — its first or its last characters, as the other items of such lists
 * share a head or a tail (…振兴, 稳…). A word that keeps nothing of the item is another list, and
 * a list that goes on past the slot is one of a text's own. A framed list (统筹…, …一体建设) is
 * looked at only in its frame. At the first or the last place too, unlike an edit of a phrase's end:
 * the other items vouch for the list. Stateless.
 */
final class ListItems {
    /** Items longer than this are clauses (see {@link #replaced}). */
    private static final int MAX_ITEM = 4;
    private static final String LINKS = "和与及的之其";
    /** How long the opening words all items share are at least for one item's own word to be fixed. */
    private static final int FRAME = 2;
    /** What a one-character place put for 国 is (依法治市, 依法治省). */
    private static final String PLACES = "省市县区州镇乡村";
    /** What a modifier that items share ends in (严的…). */
    private static final String MODIFIER_ENDS = "的之";

    private ListItems() {
    }

    /** Reports the list with item {@code absent} replaced, once per line; {@code hits} as {@link ListOrders#hits}. */
    static void replaced(ListOrders.Order o, int absent, String line, List<int[]> hits, List<ListOrders.Hit> out) {
        int n = o.ids().length;
        String separators = o.before().isEmpty() ? ListOrders.SEPARATORS : ListOrders.FRAMED_SEPARATORS;
        String item = o.items().get(absent);
        // short items separated by marks: a longer one is a clause whose verb published texts vary
        // (把握新发展阶段 for 立足…), and items run together (共建共治共享) have no slot of their own
        if (item.length() > MAX_ITEM) {
            return;
        }
        for (int h = 0; h < hits.size(); h++) {
            if (hits.get(h)[0] != (absent == 0 ? 1 : 0)) {
                continue;
            }
            // the items present one after another, the same separator between each two, and where the
            // missing one belongs a word of its length between two such separators
            int first = hits.get(h)[1];
            int at = hits.get(h)[2];
            String gap = separator(line, at, separators);
            int from = -1;
            if (absent == 0) {
                from = first - gap.length() - item.length();
                if (from < 0 || !line.startsWith(gap, first - gap.length())) {
                    continue;
                }
            }
            boolean whole = !gap.isEmpty();
            for (int k = hits.get(h)[0] + 1; k < n && whole; k++) {
                if (k == absent) {
                    from = at + gap.length();
                    at = from + item.length();
                    whole = at <= line.length() && (k == n - 1 || line.startsWith(gap, at));
                    continue;
                }
                int next = hitAt(hits, k, at + gap.length());
                whole = line.startsWith(gap, at) && next >= 0;
                at = whole ? hits.get(next)[2] : at;
            }
            if (!whole) {
                continue;
            }
            int last = absent == n - 1 ? from - gap.length() : at;
            int to = from + item.length();
            int start = Math.min(from, first);
            int end = Math.max(to, last);
            String word = line.substring(from, to);
            if (!han(word) || !akin(word, item, o.items()) || o.items().contains(word) || localised(word, item)
                    || !framed(o, line, start, end) || goesOn(line, start, end, gap)
                    // a last item's slot before more text is the start of a longer phrase (优化投资发展环境,
                    // 南平 2016, for 优化服务) — but for 的, which ends the list as a mark does (…、为民服务的使命)
                    || absent == n - 1 && o.after().isEmpty() && to < line.length() && Han.is(line.codePointAt(to))
                    && line.charAt(to) != '的') {
                continue;
            }
            String fixed = o.before() + line.substring(start, from) + item + line.substring(to, end) + o.after();
            out.add(new ListOrders.Hit(o.vocabulary(), start - o.before().length(), end + o.after().length(), fixed,
                    "规范提法是“" + o.text() + "”，“" + word + "”应为“" + item + "”", from, to));
            return;
        }
    }

    /** The separator run at {@code at} (、 or ， and quotation marks), at most three characters. */
    private static String separator(String line, int at, String separators) {
        int e = at;
        while (e < line.length() && e - at < 3 && separators.indexOf(line.charAt(e)) >= 0) {
            e++;
        }
        return line.substring(at, e);
    }

    /** The hit of item {@code k} that starts at {@code start}, or -1. */
    private static int hitAt(List<int[]> hits, int k, int start) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i)[0] == k && hits.get(i)[1] == start) {
                return i;
            }
        }
        return -1;
    }

    /** What the standard phrase has before the first item and after the last is there too. */
    private static boolean framed(ListOrders.Order o, String line, int start, int end) {
        return start >= o.before().length() && line.startsWith(o.before(), start - o.before().length())
                && line.startsWith(o.after(), end);
    }

    /** Another item of the same shape before the list or after it: a list of the text's own. */
    private static boolean goesOn(String line, int start, int end, String gap) {
        if (gap.isEmpty()) {
            return false;
        }
        boolean before = start >= gap.length() + 1 && line.startsWith(gap, start - gap.length())
                && Han.is(line.codePointAt(start - gap.length() - 1));
        boolean after = end + gap.length() < line.length() && line.startsWith(gap, end)
                && Han.is(line.codePointAt(end + gap.length()));
        return before || after;
    }

    /**
     * Same length, and the item's own head or tail kept in place: more of it than all the list's items
     * share (增效 keeps 增 of 增长; 抓落实 keeps 落实 of 保落实, which 把方向, 管大局 do not end in). A word
     * that keeps only the shared part (党建振兴 among the 振兴, 以案促教 among the 以案) is another item of
     * another list; a word that differs only in a linking word (及 for 和) is the same item.
     */
    private static boolean akin(String word, String item, List<String> items) {
        int n = item.length();
        if (word.length() != n || n < 2) {
            return false;
        }
        int head = 0;
        while (head < n && word.charAt(head) == item.charAt(head)) {
            head++;
        }
        int tail = 0;
        while (tail < n && word.charAt(n - 1 - tail) == item.charAt(n - 1 - tail)) {
            tail++;
        }
        if (head + tail >= n || Math.max(head, tail) * 2 < n || LINKS.indexOf(word.charAt(head)) >= 0) {
            return false;
        }
        int sharedHead = n;
        int sharedTail = n;
        for (String other : items) {
            sharedHead = Math.min(sharedHead, common(item, other, false));
            sharedTail = Math.min(sharedTail, common(item, other, true));
        }
        // items that share a modifier (严的基调、严的措施、严的氛围) name the things the formula fixes, and another
        // noun after it (严的标准) misquotes it; items that share a verb or a preposition (以案为鉴、以案促改…) are
        // actions, which published texts vary and add to (以案促教, 以案示警), and items that end alike
        // (产业振兴…组织振兴) name fields, to which a text adds one of its own (党建振兴)
        return head > sharedHead || tail > sharedTail
                || head == sharedHead && sharedHead >= FRAME && sharedTail == 0 && MODIFIER_ENDS.indexOf(item.charAt(sharedHead - 1)) >= 0;
    }

    /** How many characters two words share at the start (or the end). */
    private static int common(String a, String b, boolean end) {
        int k = 0;
        while (k < a.length() && k < b.length()
                && (end ? a.charAt(a.length() - 1 - k) == b.charAt(b.length() - 1 - k) : a.charAt(k) == b.charAt(k))) {
            k++;
        }
        return k;
    }

    /**
     * A national item made a local one (法治国家 → 法治武汉, 依法治国 → 依法治市): a text of a place does so.
     * Not 国 put for another one-character word that is no place (为国育才 → 为民育才).
     */
    private static boolean localised(String word, String item) {
        int at = item.indexOf('国');
        if (at < 0 || word.indexOf('国') >= 0) {
            return false;
        }
        boolean one = item.length() == word.length() && item.substring(at + 1).equals(word.substring(at + 1))
                && item.substring(0, at).equals(word.substring(0, at));
        return !one || PLACES.indexOf(word.charAt(at)) >= 0;
    }

    private static boolean han(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Han::is);
    }
}
