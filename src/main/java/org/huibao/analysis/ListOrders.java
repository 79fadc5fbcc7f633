package org.huibao.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.huibao.lexicon.Lexicon;

/**
 * The items of a standard list written in another order: 生命至上、人民至上 for 人民至上、生命至上,
 * 不能腐、不敢腐、不想腐, 马克思主义时代化中国化, 统筹安全和发展. A run of the list's items, each once,
 * next to each other or apart by at most a few separating characters (、，和 or quotation marks), with
 * the words the standard phrase has before and after its items, in any order but the standard one.
 * Only a line whose scan found every item of a list is looked at. Immutable.
 */
final class ListOrders {
    private static final int MAX_GAP = 3;
    /** Lists this long or longer are checked for an item left out of their middle. */
    private static final int WHOLE = 5;
    /** Lists this long or longer are checked for an item replaced by another word ({@link ListItems}). */
    private static final int REPLACED = 3;
    /** How long the common tail of a counted formula's items is at least (至上, 自信, 意识). */
    private static final int TAIL_WORD = 2;
    /** How long each item of a short list of clauses is at least (see {@link #clauses}). */
    private static final int CLAUSE = 5;
    /**
     * Not 与, 及: a bare list that puts one item first and the rest after 与 is written so on purpose
     * (文化建设与经济建设、政治建设…); in a phrase that frames its items (统筹安全与发展) they separate.
     */
    static final String SEPARATORS = "、，,和“”‘’\"'「」 \u3000";
    static final String FRAMED_SEPARATORS = SEPARATORS + "与及";

    /**
     * A list: its items (word ids, in the standard order), what the standard phrase has before the first
     * and after the last.
     */
    record Order(String vocabulary, String text, List<String> items, int[] ids, String before, String after, String note, int since) {
        static Order of(String vocabulary, Lexicon.Standard s, String note, Vocabulary.Builder words) {
            List<String> items = s.items();
            int[] ids = new int[items.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = words.add(items.get(i));
            }
            String text = s.text();
            int first = text.indexOf(items.get(0));
            int last = text.lastIndexOf(items.get(items.size() - 1));
            String before = Folded.fold(text.substring(0, first));
            String after = Folded.fold(text.substring(last + items.get(items.size() - 1).length()));
            return new Order(vocabulary, text, List.copyOf(items), ids, before, after,
                    s.note().equals("规范提法是“" + text + "”") ? "顺序是“" + text + "”" : note, s.since());
        }
    }

    /**
     * A list in another order: where, and the same text with the items in the standard order;
     * {@code [editFrom, editTo)} the word written for an item when one was replaced (else -1, -1).
     */
    record Hit(String vocabulary, int start, int end, String replacement, String note, int editFrom, int editTo) {
        Hit(String vocabulary, int start, int end, String replacement, String note) {
            this(vocabulary, start, end, replacement, note, -1, -1);
        }
    }

    private final List<Order> orders;
    /**
     * The lists by word id of their first and second items: a list is looked at only with at most one
     * item absent, so one of those two is in the line. Lists without items are in {@link #always}.
     */
    private final int[][] byLead;
    private final BitSet always = new BitSet();

    ListOrders(List<Order> orders) {
        this.orders = List.copyOf(orders);
        Map<Integer, List<Integer>> lead = new HashMap<>();
        for (int i = 0; i < this.orders.size(); i++) {
            int[] ids = this.orders.get(i).ids();
            if (ids.length == 0) {
                always.set(i);
            }
            for (int k = 0; k < Math.min(2, ids.length); k++) {
                if (ids[k] >= 0) {
                    lead.computeIfAbsent(ids[k], x -> new ArrayList<>()).add(i);
                }
            }
        }
        this.byLead = new int[lead.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1][];
        lead.forEach((id, list) -> byLead[id] = list.stream().mapToInt(Integer::intValue).toArray());
    }

    List<Hit> find(String line, LineScan scan, Dated dated) {
        List<Hit> out = new ArrayList<>();
        // only the lists one of whose two first items the line has, in the lists' order
        BitSet candidates = (BitSet) always.clone();
        for (int id = scan.nextWord(0); id >= 0; id = scan.nextWord(id + 1)) {
            int[] lists = id < byLead.length ? byLead[id] : null;
            if (lists != null) {
                for (int i : lists) {
                    candidates.set(i);
                }
            }
        }
        for (int c = candidates.nextSetBit(0); c >= 0; c = candidates.nextSetBit(c + 1)) {
            Order o = orders.get(c);
            if (dated.before(o.since())) {
                continue;
            }
            int absent = absent(o, scan);
            if (absent < 0) {
                find(o, line, scan, out);
            } else if (absent < o.ids().length && (o.ids().length >= REPLACED || parallel(o))) {
                int before = out.size();
                ListItems.replaced(o, absent, line, hits(o, scan), out);
                if (out.size() == before && (o.ids().length >= WHOLE || clauses(o))) {
                    incomplete(o, absent, line, scan, out);
                }
            }
        }
        return out;
    }

    /**
     * A long list given whole but for one item inside it (职能科学、权责法定、执法严明、公开公正、廉洁诚信、人民满意
     * without 智能高效): the other items in the standard order, next to each other, the list not going on
     * before or after them, and framed as the standard phrase frames them. Not a first or a last item
     * left out: a list cut short is often quoted in part on purpose.
     */
    private static void incomplete(Order o, int absent, String line, LineScan scan, List<Hit> out) {
        int n = o.ids().length;
        if (absent == 0 || absent == n - 1) {
            return;
        }
        List<int[]> hits = hits(o, scan);
        String separators = o.before().isEmpty() ? SEPARATORS : FRAMED_SEPARATORS;
        for (int h = 0; h < hits.size(); h++) {
            if (hits.get(h)[0] != 0) {
                continue;
            }
            int[] chain = chain(hits, h, n - 1, line, separators);
            if (chain == null) {
                continue;
            }
            boolean inOrder = true;
            for (int k = 0; k < n - 1; k++) {
                inOrder &= hits.get(chain[k])[0] == (k < absent ? k : k + 1);
            }
            int start = hits.get(chain[0])[1] - o.before().length();
            int end = hits.get(chain[n - 2])[2];
            if (!inOrder || start < 0 || !line.startsWith(o.before(), start) || !line.startsWith(o.after(), end)
                    || start > 0 && "、，,".indexOf(line.charAt(start - 1)) >= 0
                    || end + o.after().length() < line.length() && line.charAt(end + o.after().length()) == '、'
                    // the list goes on with an item of one's own (…、生态文明建设和法治政府建设)
                    || o.after().isEmpty() && end + 1 < line.length() && "和及与".indexOf(line.charAt(end)) >= 0 && Han.is(line.charAt(end + 1))) {
                continue;
            }
            // the item put back between its neighbours, with the separator the text uses there
            int[] left = hits.get(chain[absent - 1]);
            int[] right = hits.get(chain[absent]);
            String gap = line.substring(left[2], right[1]);
            String whole = line.substring(start, left[2]) + gap + o.items().get(absent) + line.substring(left[2], end) + o.after();
            out.add(new Hit(o.vocabulary(), start, end + o.after().length(), whole,
                    "规范提法是“" + o.text() + "”，缺少“" + o.items().get(absent) + "”"));
            return;
        }
    }

    /**
     * A list of clauses, three or more items of {@link #CLAUSE} characters or more (管行业必须管安全、管业务必须
     * 管安全、管生产经营必须管安全; 以人民安全为宗旨、以政治安全为根本、以经济安全为基础): each item is a statement
     * of its own, so one left out of the middle is no shortening but a misquote, as in a long list. Lists of
     * four-character items are shortened in published texts (简政放权、优化服务; 党政同责、一岗双责、失职追责).
     */
    private static boolean clauses(Order o) {
        return o.items().size() >= 3 && o.items().stream().allMatch(i -> i.length() >= CLAUSE);
    }

    /**
     * The common tail of a list's items ({@link #TAIL_WORD} characters or more: 人民至上、生命至上; 道路自信、
     * 理论自信、制度自信、文化自信), or "": such a list is a counted formula whose items are made alike.
     */
    private static String tail(Order o) {
        String first = o.items().get(0);
        int t = first.length();
        for (String i : o.items()) {
            int k = 0;
            while (k < Math.min(t, i.length()) && first.charAt(first.length() - 1 - k) == i.charAt(i.length() - 1 - k)) {
                k++;
            }
            t = k;
        }
        return t >= TAIL_WORD && t < first.length() ? first.substring(first.length() - t) : "";
    }

    /**
     * A two-item formula of parallel items, made alike at their end (人民至上、生命至上) or at their start
     * (为党育人、为国育才; 为国聚财、为民收税): one replaced (生命第一, 为国育人, 为民服务) is a misquote too.
     */
    private static boolean parallel(Order o) {
        List<String> items = o.items();
        return items.size() == 2 && items.stream().allMatch(i -> i.length() >= 4)
                && (!tail(o).isEmpty() || items.get(0).length() == items.get(1).length() && items.get(0).charAt(0) == items.get(1).charAt(0));
    }

    /**
     * The whole list in the standard order, then one more item made like its items (道路自信、理论自信、制度自信、
     * 文化自信、历史自信): a counted formula with a member added. Only a list of alike items, with nothing
     * framing them, the added one after 、 and ending in the common tail, two to four characters before it.
     */
    private static void added(Order o, String line, int start, int end, List<Hit> out) {
        String tail = tail(o);
        if (tail.isEmpty() || !o.before().isEmpty() || !o.after().isEmpty() || end >= line.length() || line.charAt(end) != '、') {
            return;
        }
        for (int k = 2; k <= 4; k++) {
            int to = end + 1 + k + tail.length();
            if (to > line.length() || !line.startsWith(tail, to - tail.length())) {
                continue;
            }
            String word = line.substring(end + 1, to);
            boolean han = true;
            for (int i = 0; i < word.length(); i++) {
                han &= Han.is(word.charAt(i));
            }
            // the list goes on after the added one: a list of one's own
            if (!han || o.items().contains(word) || to < line.length() && (line.charAt(to) == '、' || Han.is(line.charAt(to)) && line.charAt(to) != '的')) {
                continue;
            }
            out.add(new Hit(o.vocabulary(), start, to, line.substring(start, end),
                    "规范提法是“" + o.text() + "”，多了“" + word + "”"));
            return;
        }
    }

    /** The index of the one item of the list the line does not have; -1 when it has all, n when two or more are absent. */
    private static int absent(Order o, LineScan scan) {
        int absent = -1;
        for (int k = 0; k < o.ids().length; k++) {
            if (!scan.has(o.ids()[k])) {
                if (absent >= 0) {
                    return o.ids().length;
                }
                absent = k;
            }
        }
        return absent;
    }

    static List<int[]> hits(Order o, LineScan scan) {
        List<int[]> hits = new ArrayList<>(); // {item, start, end}, by start
        for (int i = 0; i < scan.hits(); i++) {
            for (int k = 0; k < o.ids().length; k++) {
                if (scan.id(i) == o.ids()[k]) {
                    hits.add(new int[] {k, scan.start(i), scan.end(i)});
                }
            }
        }
        return hits;
    }

    private static void find(Order o, String line, LineScan scan, List<Hit> out) {
        int n = o.ids().length;
        List<int[]> hits = hits(o, scan);
        int done = -1;
        for (int h = 0; h < hits.size(); h++) {
            if (hits.get(h)[1] < done) {
                continue;
            }
            int[] chain = chain(hits, h, n, line, o.before().isEmpty() ? SEPARATORS : FRAMED_SEPARATORS);
            if (chain == null) {
                continue;
            }
            boolean standard = true;
            for (int k = 0; k < n; k++) {
                standard &= hits.get(chain[k])[0] == k;
            }
            int start = hits.get(chain[0])[1];
            int end = hits.get(chain[n - 1])[2];
            done = end;
            // the list goes on before or after the items (产业链、创新链、人才链、资金链、价值链): a list of one's own
            // that holds the standard items among others, in the order it chose
            // (a comma before them ends the clause before: ，完整、全面、准确贯彻新发展理念 is the list misordered)
            boolean longer = o.before().isEmpty() && start > 0 && line.charAt(start - 1) == '、'
                    || o.after().isEmpty() && end + 1 < line.length() && "、和".indexOf(line.charAt(end)) >= 0
                    && Han.is(line.charAt(end + 1));
            if (standard && longer) {
                added(o, line, start, end, out);
            }
            if (standard || longer || !line.startsWith(o.before(), start - o.before().length()) || start < o.before().length()
                    || !line.startsWith(o.after(), end)) {
                continue;
            }
            // the items in the standard order, each gap of the text kept where it was
            StringBuilder right = new StringBuilder(o.before());
            List<String> items = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                items.add(null);
            }
            for (int k = 0; k < n; k++) {
                int[] hit = hits.get(chain[k]);
                items.set(hit[0], line.substring(hit[1], hit[2]));
            }
            for (int k = 0; k < n; k++) {
                right.append(items.get(k));
                if (k + 1 < n) {
                    right.append(line, hits.get(chain[k])[2], hits.get(chain[k + 1])[1]);
                }
            }
            right.append(o.after());
            out.add(new Hit(o.vocabulary(), start - o.before().length(), end + o.after().length(), right.toString(), o.note()));
        }
    }

    /** The hits of a run of all n items from hit {@code h} on, each next one after a short gap of separators; or null. */
    private static int[] chain(List<int[]> hits, int h, int n, String line, String separators) {
        int[] chain = new int[n];
        chain[0] = h;
        boolean[] used = new boolean[n + 1]; // n items of a list of n, or n of a list of n + 1 (one left out)
        used[hits.get(h)[0]] = true;
        int end = hits.get(h)[2];
        for (int k = 1; k < n; k++) {
            int next = -1;
            for (int j = h + 1; j < hits.size() && hits.get(j)[1] <= end + MAX_GAP; j++) {
                int[] c = hits.get(j);
                if (c[1] >= end && !used[c[0]] && separators(line, end, c[1], separators)) {
                    next = j;
                    break;
                }
            }
            if (next < 0) {
                return null;
            }
            chain[k] = next;
            used[hits.get(next)[0]] = true;
            end = hits.get(next)[2];
        }
        return chain;
    }

    private static boolean separators(String line, int from, int to, String separators) {
        for (int i = from; i < to; i++) {
            if (separators.indexOf(line.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
