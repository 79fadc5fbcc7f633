package org.huibao.analysis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A heading made of stock phrases only ("加强组织领导", "高度重视，加强组织领导。"): whichever cue it
 * matched, it promises a part that may hold nothing but more stock ("把…摆在突出位置").
 */
final class StockHeading {
    private static final Pattern PIECES = Pattern.compile("[，,、；;。．.：:\\s]+");

    private StockHeading() {
    }

    static boolean of(List<Pattern> stock, String heading) {
        if (stock.isEmpty()) {
            return false;
        }
        String[] pieces = PIECES.split(heading.strip());
        int n = 0;
        for (String piece : pieces) {
            if (piece.isEmpty()) {
                continue;
            }
            if (!Patterns.anyMatches(stock, piece)) {
                return false;
            }
            n++;
        }
        return n > 0;
    }
}
