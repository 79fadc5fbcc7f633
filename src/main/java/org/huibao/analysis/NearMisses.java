package org.huibao.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huibao.api.Span;
import org.huibao.api.Term;
import org.huibao.lexicon.Lexicon;
import org.huibao.parse.Columns;

/**
 * Text close to a standard phrase of a word list ({@code standard:} entries, such as the standard
 * political formulations): the phrase with one small edit inside it — a character or a word of up to
 * two characters replaced, left out or put in (中央八条规定, 以人民为核心的发展思想, 党的第二十次代表大会,
 * 习近平新时代特色社会主义思想), two neighbouring characters or words exchanged (习近平新时代中国社会主义特色思想)
 * — or the items of its list in another order ({@link ListOrders}). Such a
 * span is a hit of the word list, with the standard phrase as its correct form.
 *
 * <p>Linear in the line: by the pigeonhole principle an edit of at most two characters leaves one of
 * two pieces of the phrase intact — the part before the midpoint but its last character, or the part
 * from the midpoint on — so the pieces are words of the one scan every line gets, and only a hit of a
 * piece is verified, by comparing the phrase with the text around it from both ends.
 *
 * <p>Not reported: an edit at either end of the phrase (全面从严治警, 新时代文明实践所 are other phrases),
 * an edit of numbers (党的第十九次全国代表大会), of punctuation and linking words only (和/与, 的), one
 * conjunction for another (同/与/和/及), 中国 in a campaign's name put for a place (平安中山建设, 法治浙江建设:
 * a province's or a city's own campaign),
 * a character typed twice (that is a doubling), and an edit inside an allowed phrase or another
 * standard one ({@code allowed: 改革开放新时期}). Immutable.
 *
 * <p>This class indexes the phrases by their pieces; which edit at a piece's hit is a slip is
 * {@link PhraseEdits}'s to tell, and which phrases are correct as written {@link AllowedPhrases}'s.
 */
final class NearMisses {
    /** Shorter phrases are too near to other correct phrases for a one-word edit to tell (五位一体, 三位一体). */
    static final int MIN_LENGTH = 6;
    /**
     * Word lists harvested from published texts (bench/harvest.py) are files named so. Their phrases are
     * frequent clauses of every field, not fixed formulas: one word put for another there mostly makes
     * another correct phrase (深化重点领域改革, 深化重要领域改革), and their items are written in either order.
     * So only a typing slip is a near miss of theirs — a character that breaks the phrase's word into no
     * word (加大招商引行力度, 加强靡政建设), or two characters typed in the other order that make none.
     */
    static final String HARVESTED = "harvested-";

    /** {@code harvested}: a phrase of a word list harvested from published texts ({@link #HARVESTED}). */
    record Phrase(String vocabulary, String text, String folded, String note, boolean name, int since, boolean harvested) {
    }

    /** A piece of a phrase's folded text; {@code left}: the edit it vouches for lies after it. */
    record Anchor(int phrase, int offset, int length, boolean left) {
    }

    /** A list with the tails of two of its items exchanged: the list it was meant to be. */
    private record Crossed(String vocabulary, String text, String note, int since) {
    }

    private final List<Phrase> phrases;
    private final List<Anchor> anchors;
    /** Per word id, the anchors that word is ({@code null}: none). */
    private final int[][] byWord;
    private final AllowedPhrases allowed;
    private final PhraseEdits edits;
    private final ListOrders orders;
    /** Per word id, the standard list that word is with two items' tails exchanged ({@code null}: none). */
    private final Crossed[] crossed;

    NearMisses(Map<String, Lexicon> lexicons, Vocabulary.Builder words) {
        Map<Integer, List<Integer>> anchorsOf = new HashMap<>();
        Map<Integer, Crossed> crossedOf = new HashMap<>();
        List<ListOrders.Order> lists = new ArrayList<>();
        List<Phrase> phrases = new ArrayList<>();
        List<Anchor> anchors = new ArrayList<>();
        AllowedPhrases.Builder allowedPhrases = new AllowedPhrases.Builder();
        // a variant that is itself a phrase of a list is no slip
        Set<String> texts = new java.util.HashSet<>();
        lexicons.values().forEach(l -> l.standards().stream().filter(s -> !harvested(s)).forEach(s -> texts.add(s.text())));
        // the registry of titles has a matcher of its own (TitleSlips): a title is compared as a whole
        for (String name : lexicons.keySet().stream().sorted().filter(n -> !n.equals(TitleSlips.LEXICON)).toList()) {
            for (Lexicon.Standard s : lexicons.get(name).standards()) {
                boolean harvested = harvested(s);
                allowedPhrases.add(s, harvested, words);
                if (!s.checked()) {
                    continue;
                }
                String note = s.note().isEmpty() ? "规范提法是“" + s.text() + "”" : s.note();
                if (!harvested && !s.items().isEmpty()) {
                    lists.add(ListOrders.Order.of(name, s, note, words));
                }
                for (String variant : harvested ? List.<String>of() : Crossings.of(s.text(), s.items())) {
                    if (!texts.contains(variant)) {
                        crossedOf.putIfAbsent(words.add(variant), new Crossed(name, s.text(), note, s.since()));
                    }
                }
                String folded = Folded.fold(s.text());
                if (folded.length() < MIN_LENGTH) {
                    continue;
                }
                int phrase = phrases.size();
                phrases.add(new Phrase(name, s.text(), folded, note, s.name(), s.since(), harvested));
                for (Anchor a : anchors(phrase, s.text(), folded)) {
                    int id = words.add(folded.substring(a.offset(), a.offset() + a.length()));
                    anchorsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(anchors.size());
                    anchors.add(a);
                }
            }
        }
        int size = anchorsOf.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        this.byWord = new int[size][];
        anchorsOf.forEach((id, as) -> byWord[id] = as.stream().mapToInt(Integer::intValue).toArray());
        this.orders = new ListOrders(lists);
        this.crossed = new Crossed[crossedOf.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        crossedOf.forEach((id, c) -> crossed[id] = c);
        this.phrases = List.copyOf(phrases);
        this.anchors = List.copyOf(anchors);
        this.allowed = allowedPhrases.build();
        this.edits = new PhraseEdits(this.phrases, allowed);
    }

    private static boolean harvested(Lexicon.Standard s) {
        return s.source().substring(s.source().lastIndexOf('/') + 1).startsWith(HARVESTED);
    }

    /**
     * The two pieces of a phrase: one inside {@code folded[0, h-1)}, one inside {@code folded[h, m)}, for
     * the midpoint {@code h} whose pieces are longest. A piece does not cross the place of a quotation
     * mark of the phrase as written, since a draft that keeps the mark would not contain it.
     */
    private static List<Anchor> anchors(int phrase, String text, String folded) {
        BitSet cut = new BitSet();
        for (int i = 0, k = 0; i < text.length(); i++) {
            if (Folded.folds(text.charAt(i))) {
                cut.set(k);
            } else {
                k++;
            }
        }
        int m = folded.length();
        int[] best = null;
        for (int h = 2; h < m; h++) {
            int[] left = longestRun(cut, 0, h - 1);
            int[] right = longestRun(cut, h, m);
            int score = Math.min(left[1] - left[0], right[1] - right[0]) * 100 + left[1] - left[0] + right[1] - right[0];
            if (best == null || score > best[4]) {
                best = new int[] {left[0], left[1], right[0], right[1], score};
            }
        }
        if (best == null || best[1] - best[0] < 2 || best[3] - best[2] < 2) {
            return List.of();
        }
        return List.of(new Anchor(phrase, best[0], best[1] - best[0], true), new Anchor(phrase, best[2], best[3] - best[2], false));
    }

    /** The longest stretch of {@code [from, to)} that no cut falls inside. */
    private static int[] longestRun(BitSet cut, int from, int to) {
        int[] best = {from, from};
        int start = from;
        for (int i = from + 1; i <= to; i++) {
            if (i == to || cut.get(i)) {
                if (i - start > best[1] - best[0]) {
                    best = new int[] {start, i};
                }
                start = i;
            }
        }
        return best;
    }

    /**
     * The near misses in a line, as terms of their word list; a span some term of the same list already
     * covers ({@code taken}, the lists' own entries) is left to that term. A phrase that became standard
     * after the text's date is not held against it, and an allowed phrase of the text's time is allowed.
     */
    List<Term> find(String line, LineScan scan, int lineId, Columns columns, List<Term> taken, Dated dated) {
        List<PhraseEdits.Candidate> found = new ArrayList<>();
        Folded folded = null;
        for (int i = 0; i < scan.hits(); i++) {
            int id = scan.id(i);
            if (id >= byWord.length || byWord[id] == null) {
                continue;
            }
            folded = folded == null ? Folded.of(line) : folded;
            for (int a : byWord[id]) {
                if (dated.before(phrases.get(anchors.get(a).phrase()).since())) {
                    continue;
                }
                PhraseEdits.Candidate c = edits.verify(anchors.get(a), folded, folded.toText()[scan.start(i)], line, scan, dated);
                if (c != null) {
                    found.add(c);
                }
            }
        }
        List<Term> out = new ArrayList<>();
        for (int i = 0; i < scan.hits(); i++) {
            int id = scan.id(i);
            if (id < crossed.length && crossed[id] != null && !dated.before(crossed[id].since())) {
                Crossed c = crossed[id];
                add(out, taken, lineId, columns, line, c.vocabulary(), scan.start(i), scan.end(i), c.text(), c.note());
            }
        }
        for (ListOrders.Hit h : orders.find(line, scan, dated)) {
            // an item replaced by an allowed word (依法治省 for 依法治国) is that word
            if (h.editFrom() >= 0 && allowed.insideLegit(scan, h.editFrom(), h.editTo(), dated, false) || allowed.allowedAround(scan, h.start(), h.end(), dated)) {
                continue;
            }
            add(out, taken, lineId, columns, line, h.vocabulary(), h.start(), h.end(), h.replacement(), h.note());
        }
        // the smallest edit first, and of equal ones the longest phrase: it says most about what was meant
        found.sort((x, y) -> x.cost() != y.cost() ? Integer.compare(x.cost(), y.cost())
                : x.end() - x.start() != y.end() - y.start() ? Integer.compare(y.end() - y.start(), x.end() - x.start())
                : Integer.compare(x.start(), y.start()));
        for (PhraseEdits.Candidate c : found) {
            Phrase p = phrases.get(c.phrase());
            if (Quotes.besideStandard(line, c.start(), c.end(), p.text()) || ParallelTerms.beside(line, c.start(), c.end(), c.replacement())) {
                continue;
            }
            add(out, taken, lineId, columns, line, p.vocabulary(), c.start(), c.end(), c.replacement(), p.note());
        }
        return out;
    }

    /** Adds a hit unless a term of the same list already covers part of its span. */
    static void add(List<Term> out, List<Term> taken, int lineId, Columns columns, String line, String vocabulary,
                            int start, int end, String replacement, String note) {
        Span span = columns.span(start, end);
        for (List<Term> terms : List.of(taken, out)) {
            for (Term t : terms) {
                if (t.vocabulary().equals(vocabulary) && t.lineId() == lineId && t.span().start() < span.end() && t.span().end() > span.start()) {
                    return;
                }
            }
        }
        out.add(new Term(vocabulary, lineId, span, line.substring(start, end), replacement, note, replacement));
    }

    static boolean any(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
