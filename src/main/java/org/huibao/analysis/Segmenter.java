package org.huibao.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese word segmentation with part of speech (HanLP's Viterbi segmenter over its core dictionary).
 * Used only on the clauses that carry an element's cue, where words decide: 不断 is not a negation,
 * 主要 and 要求 are not the modal 要, 将 before a noun is the object marker and not the future.
 * Thread-safe: HanLP's segmenters keep no state between calls.
 */
final class Segmenter {
    /** One word: its text, its part of speech (PKU tags: v verb, n noun, d adverb …) and where it starts. */
    record Token(String word, String pos, int start) {
        int end() {
            return start + word.length();
        }

        boolean verb() {
            return pos.startsWith("v");
        }
    }

    /**
     * Every HanLP segmenter, even one with the custom dictionary switched off, loads HanLP's default
     * custom dictionary when the first is made (about 0.08 s of CPU at start-up, and 10 MB of heap kept
     * for the life of the process), and never reads it. Pointed at a one-word dictionary of
     * ours, with its cache file, it loads that instead. Set before the first segmenter is made, so that
     * HanLP's class that reads the setting sees it; nothing else in the process uses HanLP.
     */
    static {
        HanLP.Config.CustomDictionaryPath = new String[] {"data/huibao/hanlp-custom-unused.txt"};
    }

    // Name, place, organization and quantity recognition and the custom dictionary cost time and decide
    // nothing here.
    private final Segment segment = HanLP.newSegment().enableCustomDictionary(false).enableNameRecognize(false)
            .enablePlaceRecognize(false).enableOrganizationRecognize(false).enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false).enableNumberQuantifierRecognize(false);

    /** Loads the dictionaries now, so that the first report does not wait for them. */
    Segmenter warm() {
        tokens("我局将认真落实");
        return this;
    }

    /** True when the core dictionary holds the word ("新能源"); the dictionary is shared and read-only. */
    static boolean inDictionary(String word) {
        return CoreDictionary.contains(word);
    }

    /**
     * True when the dictionary reads the word as a modifier: an adjective (均衡, 平稳) or a distinguishing
     * word (优质, 区别词). Two of them side by side modify a head together, in either order.
     */
    static boolean modifier(String word) {
        return hasNature(word, n -> n.startsWith("a") || n.equals("b"));
    }

    /** True when the dictionary reads the word as a verb or a verbal noun (讲话, 经办, 填报). */
    static boolean verb(String word) {
        return hasNature(word, n -> n.equals("v") || n.equals("vn"));
    }

    /** True when the dictionary gives the word a part of speech that {@code test} accepts. */
    private static boolean hasNature(String word, java.util.function.Predicate<String> test) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        for (var n : a.nature) {
            if (test.test(n.toString())) {
                return true;
            }
        }
        return false;
    }

    /** How often the word is in the dictionary's corpus: 0 for one it lacks. */
    int frequency(String word) {
        return CoreDictionary.getTermFrequency(word);
    }

    /** True when the core dictionary holds the word ("新能源"). */
    boolean isWord(String word) {
        return CoreDictionary.contains(word);
    }

    /** True when the dictionary has the word as an idiom (成语, 习用语: 明辨是非, 防微杜渐). */
    boolean idiom(String word) {
        return hasNature(word, n -> n.startsWith("i") || n.startsWith("l"));
    }

    /**
     * True when the character is a word of its own: not only a bound morpheme (诊 is vg: only in 诊断, 坐诊 …; 湟 is
     * g), nor a character the dictionary has no reading for (萋 is x).
     */
    boolean freeWord(char c) {
        CoreDictionary.Attribute a = CoreDictionary.get(String.valueOf(c));
        if (a == null) {
            return false;
        }
        for (var n : a.nature) {
            String t = n.toString();
            if (!t.endsWith("g") && !t.equals("x")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the dictionary reads the word as a noun in at least a fifth of its uses (要求 is a noun in
     * 268 of 705, 安排 in 1 of 175): a word the tagger may have read as a verb where it names a thing. A
     * single character is no such word (员 is a bound noun morpheme).
     */
    boolean oftenNoun(String word) {
        CoreDictionary.Attribute a = word.length() < 2 ? null : CoreDictionary.get(word);
        if (a == null) {
            return false;
        }
        int all = 0;
        int nouns = 0;
        for (int k = 0; k < a.nature.length; k++) {
            all += a.frequency[k];
            if (a.nature[k].toString().startsWith("n")) {
                nouns += a.frequency[k];
            }
        }
        return nouns > 0 && nouns * 5 >= all;
    }

    /** True when the character is a noun of its own in the core dictionary, first of all ("病", not "习" or "设"). */
    boolean noun(char c) {
        CoreDictionary.Attribute a = CoreDictionary.get(String.valueOf(c));
        return a != null && a.nature.length > 0 && a.nature[0].toString().equals("n");
    }

    List<Token> tokens(String text) {
        List<Term> terms = segment.seg(text);
        List<Token> out = new ArrayList<>(terms.size());
        int at = 0;
        for (Term t : terms) {
            // offsets from the segmenter are relative to the text given; the words follow one another,
            // so the next one nearly always starts where the last ended, and a search is the exception
            int start = text.startsWith(t.word, at) ? at : text.indexOf(t.word, at);
            if (start < 0) {
                start = at;
            }
            out.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), start));
            at = start + t.word.length();
        }
        return out;
    }
}
