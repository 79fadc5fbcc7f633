package org.huibao.analysis;

import java.util.List;
import org.huibao.api.Line;
import org.huibao.api.NodeType;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;
import org.huibao.parse.Columns;

/**
 * One way of listing quoted or titled items per text: GB/T 15834-2011 says items each in quotation marks or
 * each in book-title marks "usually" take no 顿号 between them, so a 顿号 there is only a hint (HB405) — but a
 * text that elsewhere lists such items without it (“四个意识”“四个自信”, 《医师法》《医疗机构管理条例》) has made
 * the standard's choice its own, and the 顿号 (“春风行动”、“就业援助月”) is then a slip of that text (HB410).
 * Read over the whole text, since a line alone cannot tell; quotation marks and book-title marks are judged
 * each by their own habit.
 */
final class ListHabits {
    /** How often a text must list such items without the 顿号 before that is its habit. */
    private static final int HABIT = 3;

    private ListHabits() {
    }

    static void find(List<Line> lines, List<Spot> spots) {
        int bareQuotes = 0;
        int commaQuotes = 0;
        int bareTitles = 0;
        int commaTitles = 0;
        for (Line line : lines) {
            if (line.type() == NodeType.PARAGRAPH || line.type() == NodeType.HEADING) {
                bareQuotes += count(line.text(), "”“");
                commaQuotes += count(line.text(), "”、“");
                bareTitles += count(line.text(), "》《");
                commaTitles += count(line.text(), "》、《");
            }
        }
        // published texts mix the two ways (a quarter of their quoted lists keep the 顿号): only the odd one out
        // against a clear habit of the text is its slip
        boolean quotes = habit(bareQuotes, commaQuotes);
        boolean titles = habit(bareTitles, commaTitles);
        if (!quotes && !titles) {
            return;
        }
        for (int k = 0; k < spots.size(); k++) {
            Spot s = spots.get(k);
            if (s.kind() != SpotKind.ENUMERATION_COMMA || !(s.detail().startsWith("”") ? quotes : s.detail().startsWith("》") && titles)) {
                continue;
            }
            Line line = line(lines, s.lineId());
            if (line == null) {
                continue;
            }
            Columns columns = new Columns(line.span(), line.text());
            int at = s.span().start() - line.span().start();
            String bare = s.detail().charAt(0) + s.detail().substring(2);
            spots.set(k, new Spot(SpotKind.MISUSED_MARK, s.lineId(), columns.span(at - 1, at + 2), s.detail(), bare, bare));
        }
    }

    /** The bare form is the text's way: written at least {@link #HABIT} times and three times as often as the other. */
    private static boolean habit(int bare, int comma) {
        return bare >= HABIT && bare >= 3 * comma;
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    private static Line line(List<Line> lines, int id) {
        for (Line l : lines) {
            if (l.id() == id) {
                return l;
            }
        }
        return null;
    }
}
