package org.huibao.analysis;

/**
 * Where a mask of {@link WordingSpots#PLACEHOLDER} stands for nothing left unwritten: a form named in a
 * quotation (“××”式, 应称“XX先生”, 标注“××××翻印”), the "several" of a counted series (5个…，X个…), a
 * letter of mathematical notation (以X点为圆心, U为半径), a word that opens on 日 after a month (10月日军).
 */
final class MaskReadings {
    /** Verbs that name a form rather than fill it: 应称“XX小学”, 不得填写“相当××学历”, 标注“××翻印”. */
    private static final String[] NAMING = {"称", "称为", "称作", "称其为", "叫", "叫作", "写作", "写成", "表述为", "标注", "填写", "注明",
        "加盖", "冠以", "简称", "统称", "如", "例如", "即", "规范为", "统一为", "命名为", "更名为", "定名为", "名为"};
    /** What a quoted form may be followed by when it names a kind of thing: “××”式, “××”型, “×××”类. */
    private static final String KIND_AFTER = "式型类化体";
    /** Measures a counted series uses: 5个特色产业聚集区，X个影视产业群. */
    private static final String MEASURES = "个家条支项批所座片张套大类";

    /** How far around a mask its reading looks: a sentence, not a whole line (a line may be a megabyte). */
    private static final int NEAR = 120;

    private MaskReadings() {
    }

    /** Whether the mask {@code [from, to)} of line {@code t} stands for nothing left unwritten. */
    static boolean notUnwritten(String t, int from, int to) {
        return namedForm(t, from, to) || several(t, from, to) || notation(t, from, to) || dayWord(t, from, to) || defined(t, from, to)
                || slogan(t, from, to);
    }

    /** A letter the text defines: X即结合各区资源…, “Ｎ”指…: a name, not a figure left out. */
    private static boolean defined(String t, int from, int to) {
        int k = to < t.length() && t.charAt(to) == '”' ? to + 1 : to;
        return to - from == 1 && (t.startsWith("即", k) || t.startsWith("指", k) || t.startsWith("代表", k) || t.startsWith("是指", k));
    }

    /** N in a slogan's quotation (从“跑N窗”到“跑一窗”, “1+N”): the policy word for "many", not a figure left out. */
    private static boolean slogan(String t, int from, int to) {
        if (to - from != 1 || "NnＮｎ".indexOf(t.charAt(from)) < 0) {
            return false;
        }
        int open = back(t, '“', from);
        int shut = ahead(t, '”', to);
        return open >= 0 && shut >= 0 && shut - open <= 8 && back(t, '”', from) < open;
    }

    /**
     * A mask that is the whole or a part of a quotation naming a form: “××”式; 应称“XX先生（女士）”, and the
     * quotations listed with it (可称其为“…”、“…”或“XX先生”); a form with words of its own (“XX国小”) in a
     * line that tells how things are to be named (应称“…”).
     */
    private static boolean namedForm(String t, int from, int to) {
        int open = back(t, '“', from);
        int shut = ahead(t, '”', to);
        if (open < 0 || shut < 0 || shut - open > 24 || back(t, '”', from) > open) {
            return false;
        }
        if (shut + 1 < t.length() && KIND_AFTER.indexOf(t.charAt(shut + 1)) >= 0) {
            return true;
        }
        // back over the quotations listed before this one: “…”、“…”或“XX先生”
        int first = open;
        while (first >= 2 && "、或和及".indexOf(t.charAt(first - 1)) >= 0 && t.charAt(first - 2) == '”' && back(t, '“', first - 2) >= 0) {
            first = back(t, '“', first - 2);
        }
        if (namingBefore(t, first)) {
            return true;
        }
        boolean ownWords = shut - open - 1 > to - from;
        for (int q = t.indexOf('“', Math.max(0, from - NEAR)); q >= 0 && q < from + NEAR && ownWords; q = t.indexOf('“', q + 1)) {
            if (namingBefore(t, q)) {
                return true;
            }
        }
        return false;
    }

    private static boolean namingBefore(String t, int quote) {
        return Adjacent.endsWithAny(t, quote, NAMING);
    }

    /**
     * A single X before a measure and a noun, in a sentence that counts a series before it (5个…，X个…;
     * 5类便民服务功能，拓展X个其他功能), in a line that uses N so (N家…), or after an enumeration comma: "several", as N is (打造N个特色产业集群). 覆盖X个行政村 alone is a figure left out.
     */
    private static boolean several(String t, int from, int to) {
        if (to - from != 1 || "xXｘＸ".indexOf(t.charAt(from)) < 0 || to + 1 >= t.length()
                || MEASURES.indexOf(t.charAt(to)) < 0 || !Han.is(t.charAt(to + 1))) {
            return false;
        }
        int sentence = from;
        while (sentence > 0 && from - sentence < NEAR && "。；！？".indexOf(t.charAt(sentence - 1)) < 0) {
            sentence--;
        }
        boolean counted = false;
        for (int k = sentence; k + 1 < from; k++) {
            char ch = t.charAt(k);
            boolean figure = ch >= '0' && ch <= '9' || "一二三四五六七八九十两".indexOf(ch) >= 0;
            counted |= figure && MEASURES.indexOf(t.charAt(k + 1)) >= 0;
        }
        boolean listed = from > 0 && "、和及与".indexOf(t.charAt(from - 1)) >= 0;
        return counted || listed || severalN(t, from);
    }

    /** N or n before a measure and a noun somewhere in the line: the line uses letters for "several". */
    private static boolean severalN(String t, int at) {
        for (int k = Math.max(1, at - NEAR); k + 2 < t.length() && k < at + NEAR; k++) {
            char ch = t.charAt(k);
            if ((ch == 'N' || ch == 'Ｎ') && Han.is(t.charAt(k - 1)) && MEASURES.indexOf(t.charAt(k + 1)) >= 0 && Han.is(t.charAt(k + 2))) {
                return true;
            }
        }
        return false;
    }

    /** A single letter in a line that names points or quantities by other capital letters: 以X点为圆心，U为半径，HG的延长线. */
    private static boolean notation(String t, int from, int to) {
        if (to - from != 1 || "xXＸｘNn".indexOf(t.charAt(from)) < 0) {
            return false;
        }
        int others = 0;
        for (int k = Math.max(0, from - NEAR); k < t.length() && k < from + NEAR; k++) {
            char ch = t.charAt(k);
            boolean alone = (k == 0 || !latin(t.charAt(k - 1))) && (k + 1 >= t.length() || !latin(t.charAt(k + 1)) || latin(t.charAt(k + 1))
                    && Character.isUpperCase(t.charAt(k + 1)) && (k + 2 >= t.length() || !latin(t.charAt(k + 2))));
            if (ch >= 'A' && ch <= 'Z' && ch != 'X' && ch != 'N' && alone) {
                others++;
            }
        }
        return others >= 2;
    }

    /** 10月日军, 6月日本: 日 opening a word after a month, not a day left out (2024年6月日). */
    private static boolean dayWord(String t, int from, int to) {
        return t.startsWith("月日", from) && to == from + 2 && to < t.length() && Segmenter.inDictionary(t.substring(from + 1, to + 1));
    }

    /** The last {@code ch} at or before {@code from}, at most {@link #NEAR} back; -1 if none. */
    static int back(String t, char ch, int from) {
        for (int k = Math.min(from, t.length() - 1); k >= 0 && k >= from - NEAR; k--) {
            if (t.charAt(k) == ch) {
                return k;
            }
        }
        return -1;
    }

    /** The first {@code ch} at or after {@code from}, at most {@link #NEAR} ahead; -1 if none. */
    static int ahead(String t, char ch, int from) {
        for (int k = Math.max(0, from); k < t.length() && k <= from + NEAR; k++) {
            if (t.charAt(k) == ch) {
                return k;
            }
        }
        return -1;
    }

    private static boolean latin(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z';
    }
}
