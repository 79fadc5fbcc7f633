package org.huibao.analysis;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.huibao.lexicon.Lexicon;

/**
 * The phrases of the word lists that are correct as written: an edit that falls inside one of them is
 * another correct phrase, not a slip for the standard one ({@link NearMisses}). Kept apart from the index
 * of standard phrases because the lists of published texts ({@link NearMisses#HARVESTED}) vouch for
 * their own near misses only. Immutable once built.
 */
final class AllowedPhrases {
    /** Words that are allowed or standard phrases: an edit inside one is no near miss. */
    private final BitSet legit;
    /**
     * Words that are phrases of the harvested lists: an edit inside one is no near miss of a harvested
     * phrase, but a hand-written phrase's near miss may be one (统筹安全与发展 is published, and a slip).
     */
    private final BitSet harvestedLegit;
    /** Words that are allowed phrases until a year ({@code until:}): per word id, that year. */
    private final Map<Integer, Integer> legitUntil;

    private AllowedPhrases(BitSet legit, BitSet harvestedLegit, Map<Integer, Integer> legitUntil) {
        this.legit = legit;
        this.harvestedLegit = harvestedLegit;
        this.legitUntil = legitUntil;
    }

    /**
     * Gathers the phrases while the word lists are read: each phrase is added to the vocabulary in the
     * order the lists are read, which the word ids of every other matcher depend on.
     */
    static final class Builder {
        private final BitSet legit = new BitSet();
        private final BitSet harvestedLegit = new BitSet();
        private final Map<Integer, Integer> legitUntil = new HashMap<>();

        /** Adds a standard phrase as written and folded; {@code harvested}: of a list harvested from published texts. */
        void add(Lexicon.Standard s, boolean harvested, Vocabulary.Builder words) {
            if (harvested) {
                harvestedLegit.set(words.add(s.text()));
                harvestedLegit.set(words.add(Folded.fold(s.text())));
            } else if (s.until() > 0) {
                legitUntil.merge(words.add(s.text()), s.until(), Math::max);
                legitUntil.merge(words.add(Folded.fold(s.text())), s.until(), Math::max);
            } else {
                legit.set(words.add(s.text()));
                legit.set(words.add(Folded.fold(s.text())));
            }
        }

        AllowedPhrases build() {
            return new AllowedPhrases((BitSet) legit.clone(), (BitSet) harvestedLegit.clone(), Map.copyOf(legitUntil));
        }
    }

    /**
     * Whether an allowed or a standard phrase of the line covers the edit (for an insertion, the place);
     * an allowed phrase with {@code until:} only in a text dated up to that year.
     */
    boolean insideLegit(LineScan scan, int from, int to, Dated dated, boolean harvested) {
        for (int i = 0; i < scan.hits() && scan.start(i) < Math.max(to, from + 1); i++) {
            if ((allowed(scan.id(i), dated) || harvested && harvestedLegit.get(scan.id(i))) && scan.start(i) < Math.max(to, from + 1) && scan.end(i) > from
                    && (to > from || scan.start(i) < from)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is a standard or allowed phrase, one allowed until a year only in a text of that year or before. */
    boolean allowed(int id, Dated dated) {
        return legit.get(id) || legitUntil.containsKey(id) && dated.within(legitUntil.get(id));
    }

    /** Whether an allowed phrase of the line holds the whole of {@code [from, to)} (统筹安全发展 for a list in another order). */
    boolean allowedAround(LineScan scan, int from, int to, Dated dated) {
        for (int i = 0; i < scan.hits() && scan.start(i) <= from; i++) {
            if (allowed(scan.id(i), dated) && scan.end(i) >= to) {
                return true;
            }
        }
        return false;
    }
}
