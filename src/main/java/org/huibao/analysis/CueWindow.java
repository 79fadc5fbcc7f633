package org.huibao.analysis;

/** How far around a cue its context is read, in the text of its sentence or heading. */
final class CueWindow {

    /** How far around a cue its context is read: further than any context phrase reaches. */
    static final int NEAR = 80;

    private CueWindow() {
    }

    /** Where the clause holding {@code offset} ends, at most {@link #NEAR} characters on. */
    static int clauseEnd(String text, int offset) {
        int i = offset;
        int limit = Math.min(text.length(), offset + NEAR);
        while (i < limit && ClauseReader.BREAKS.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** The text of the clause before {@code offset}, as far back as a clause is read ({@link ClauseReader#windowStart}). */
    static String clausePrefix(String text, int offset) {
        return text.substring(ClauseReader.windowStart(text, offset), offset);
    }
}
