package org.huibao.analysis;

import java.util.List;

/**
 * Tells a word typed twice (做到做到, 进一步进一步, 工作工作组) from a word said twice on purpose or a stretch that
 * only looks doubled across words, by segmenting the clause it stands in.
 */
final class DoubledWords {
    private final Segmenter segmenter;
    private final WordBoundaries boundaries;

    DoubledWords(Segmenter segmenter, WordBoundaries boundaries) {
        this.segmenter = segmenter;
        this.boundaries = boundaries;
    }

    /**
     * True when the word doubled from {@code i} to {@code end} of {@code text} was typed twice: both
     * halves are whole words (做到|做到, 进一步|进一步), not a stretch across words (纪委|监委|监督 holds
     * 委监委监), and not the 一…一… of going one by one (一个问题一个问题).
     */
    boolean slip(String text, int i, int end) {
        if (WordBoundaries.insideShortQuote(text, i)) {
            return false;
        }
        int from = Math.max(ClauseReader.windowStart(text, i), i - WordBoundaries.WINDOW);
        int to = end;
        while (to < text.length() && to < end + WordBoundaries.WINDOW && ClauseReader.BREAKS.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        List<Segmenter.Token> tokens = segmenter.tokens(text.substring(from, to));
        int middle = (i + end) / 2 - from;
        if (text.charAt(i) == '一') {
            // 一步一步, 一个问题一个问题 go one by one; but when the first half ends a longer word (进|一步|一步:
            // 进一步, then 一步 again) the second half was typed twice
            return TokenSpans.endsLongerWord(tokens, i - from, middle) && TokenSpans.startsToken(tokens, end - from);
        }
        // 担当担当再担当, 落实落实再落实: the word said twice on purpose, then once more after 再
        String half = text.substring(i, (i + end) / 2);
        if (end < text.length() && "再又".indexOf(text.charAt(end)) >= 0 && text.startsWith(half, end + 1)) {
            return false;
        }
        // 抓具体具体抓, 抓反复反复抓: the doubled word framed by one verb on both sides, on purpose
        // (the frame a word of its own and no noun: not 产业链|供应供应|链)
        if (i > 0 && end < text.length() && text.charAt(i - 1) == text.charAt(end) && Han.is(text.charAt(end))
                && segmenter.freeWord(text.charAt(end)) && !segmenter.noun(text.charAt(end))) {
            return false;
        }
        // 中共…监督管理委员会委员会: the Party committee of a body whose name ends in 委员会
        if (half.equals("委员会") && text.lastIndexOf("中共", i) >= Math.max(0, i - WordBoundaries.NAME_LENGTH * 3)) {
            return false;
        }
        // 干部干部，“干”字当头: a clause of nothing but the word said twice calls it out on purpose
        if ((i == 0 || ClauseReader.BREAKS.indexOf(text.charAt(i - 1)) >= 0)
                && (end == text.length() || ClauseReader.BREAKS.indexOf(text.charAt(end)) >= 0)) {
            return false;
        }
        // 是不是不急于搞, 能不能不开会: an A-not-A question (是不是) whose verb phrase is itself negated
        if (half.length() == 2 && "不没".indexOf(half.charAt(1)) >= 0) {
            return false;
        }
        return TokenSpans.startsToken(tokens, i - from) && TokenSpans.startsToken(tokens, middle)
                && (TokenSpans.startsToken(tokens, end - from) || startsLongerWord(tokens, middle, half));
    }

    /**
     * The word at {@code middle} starts with the doubled half and runs on past it: 突击|突击队, 工作|工作组 — the
     * half typed, then the longer word it begins typed in full. Not a noun before a longer noun, which lists two
     * things without a 顿号 (博士|博士后科研平台, 硕士|硕士研究生).
     */
    private boolean startsLongerWord(List<Segmenter.Token> tokens, int middle, String half) {
        for (Segmenter.Token t : tokens) {
            if (t.end() == middle && t.word().equals(half) && t.pos().startsWith("n")) {
                return false;
            }
        }
        for (Segmenter.Token t : tokens) {
            if (t.start() == middle && t.word().length() > half.length() && t.word().startsWith(half) && boundaries.word(t.word())) {
                return true;
            }
        }
        return false;
    }
}
