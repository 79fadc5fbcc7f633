package org.huibao.analysis;

import java.util.List;

/** Where words begin and end in a segmented stretch, by offset into that stretch. */
final class TokenSpans {
    private TokenSpans() {
    }

    /** A word that starts before {@code start} and ends at {@code end}: 进一步 around 一步. */
    static boolean endsLongerWord(List<Segmenter.Token> tokens, int start, int end) {
        for (Segmenter.Token t : tokens) {
            if (t.start() < start && t.end() == end) {
                return true;
            }
        }
        return false;
    }

    /** A word starts or ends at {@code offset}. */
    static boolean startsToken(List<Segmenter.Token> tokens, int offset) {
        for (Segmenter.Token t : tokens) {
            if (t.start() == offset || t.end() == offset) {
                return true;
            }
        }
        return false;
    }

    /** The index of the word covering {@code offset}, or -1. */
    static int indexAt(List<Segmenter.Token> tokens, int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).start() <= offset && offset < tokens.get(k).end()) {
                return k;
            }
        }
        return -1;
    }

}
