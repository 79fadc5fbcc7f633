package org.huibao.analysis;

import java.util.HashSet;
import java.util.Set;

/**
 * The doubled characters that published editors write, each with the character either side (小学|学生,
 * 共产党|党委, 健全|全过程, 十五五), from {@code data/huibao/doubled-contexts.txt} (made by {@code bench/doubled.py} from
 * the harvest half of the published texts of state organs). A doubling written in the same context by
 * several organs is language, two words meeting on a character or a name, whatever the segmenter's
 * dictionary knows of it; a slip is each editor's own and is written once. Only contexts with a Han
 * character before the doubling are listed: one that opens a clause or follows a mask (××市|市政府) is the
 * segmenter's to read. Immutable; one instance for the process.
 */
final class WrittenDoublings {
    private static final String RESOURCE = "/data/huibao/doubled-contexts.txt";
    /** How a side that is no Han character (a mark, a digit, the line's edge) is written in the resource. */
    private static final char NOT_HAN = '_';

    private final Set<String> contexts;

    private WrittenDoublings(Set<String> contexts) {
        this.contexts = Set.copyOf(contexts);
    }

    private static final class Holder {
        static final WrittenDoublings INSTANCE = load();
    }

    static WrittenDoublings get() {
        return Holder.INSTANCE;
    }

    /** True when the character doubled at {@code i} and {@code i + 1} of {@code text} stands in a context the published texts write. */
    boolean written(String text, int i) {
        char before = i > 0 ? text.charAt(i - 1) : NOT_HAN;
        char after = i + 2 < text.length() ? text.charAt(i + 2) : NOT_HAN;
        char x = text.charAt(i);
        return contexts.contains(new String(new char[] {side(before), x, x, side(after)}));
    }

    private static char side(char c) {
        return Han.is(c) ? c : NOT_HAN;
    }

    private static WrittenDoublings load() {
        Set<String> out = new HashSet<>();
        DataLines.of(RESOURCE).forEach(line -> out.add(line.strip()));
        return new WrittenDoublings(out);
    }
}
