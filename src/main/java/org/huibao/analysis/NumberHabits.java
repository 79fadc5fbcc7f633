package org.huibao.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Line;
import org.huibao.api.NodeType;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;
import org.huibao.parse.Columns;

/**
 * One way of writing long numbers per text (GB/T 15835-2011 allows grouping the digits with a comma or
 * not, but a text keeps to one): a number grouped with commas (12,600人次) in a report whose other long numbers
 * are not grouped (3400人次, 18600元) is the odd one out. Read over the whole text, since a line alone cannot
 * tell; table rows ("|") are data and left alone.
 */
final class NumberHabits {
    /** 12,600 · 1,260,000: groups of three digits after the first one to three, then Chinese text or a unit. */
    private static final Pattern GROUPED = Pattern.compile("(?<![\\d.,，])\\d{1,3}(?:,\\d{3})+(?![\\d,])(?=[\\p{IsHan}%％])");
    private static final StartsAt.Test GROUPED_START = FirstChars.of(GROUPED).orElse(null);
    /** 3400 · 18600: four or more digits in a row that are no year (2024年, 2024—2025, GB/T 15834—2011). */
    private static final Pattern PLAIN = Pattern.compile(
            "(?<![\\d.,，/\\-:A-Za-z—～~])(?!(?:19|20)\\d{2}(?!\\d))\\d{4,}(?![\\d年.,/\\-:A-Za-z—～~])");
    private static final StartsAt.Test PLAIN_START = FirstChars.of(PLAIN).orElse(null);

    /** 百分之九十八点六: a percentage with decimals spelt in Chinese numerals. */
    private static final Pattern SPELT_PERCENT = Pattern.compile(
            "百分之([一二三四五六七八九十]{1,3})点([〇零一二三四五六七八九]{1,3})");
    /** 92.3%: a percentage in Arabic digits. */
    private static final Pattern ARABIC_PERCENT = Pattern.compile("\\d[%％]");

    private NumberHabits() {
    }

    /**
     * 百分之九十八点六 in a text that writes its other percentages as 92.3%: the odd one out (GB/T 15835-2011 wants
     * measured figures in Arabic digits). A text that spells all its percentages (the reports of 1993, of a Party
     * congress) keeps its own way.
     */
    static void percents(List<Line> lines, List<Spot> out) {
        // the text's habit is its majority: a 1986 report spelling thirty percentages and writing one 5% keeps its way
        int arabic = 0;
        int spelt = 0;
        for (Line line : lines) {
            if (line.type() == NodeType.PARAGRAPH) {
                for (Matcher m = ARABIC_PERCENT.matcher(line.text()); m.find(); ) {
                    arabic++;
                }
                for (int i = line.text().indexOf("百分之"); i >= 0; i = line.text().indexOf("百分之", i + 3)) {
                    spelt++;
                }
            }
        }
        if (arabic <= spelt) {
            return;
        }
        for (Line line : lines) {
            if (line.type() != NodeType.PARAGRAPH || !line.text().contains("百分之")) {
                continue;
            }
            Columns columns = new Columns(line.span(), line.text());
            Matcher m = SPELT_PERCENT.matcher(line.text());
            while (m.find()) {
                String fix = Numbers.value(m.group(1)) + "." + NumberWords.decimals(m.group(2)) + "%";
                out.add(new Spot(SpotKind.NUMBER_FORM, line.id(), columns.span(m.start(), m.end()), m.group(), fix, fix));
            }
        }
    }

    static void find(List<Line> lines, List<Spot> out) {
        int plain = 0;
        List<Line> grouped = new ArrayList<>();
        for (Line line : lines) {
            String t = line.text();
            if (line.type() != NodeType.PARAGRAPH || t.indexOf('|') >= 0) {
                continue;
            }
            Search s = new Search(PLAIN, t, PLAIN_START);
            while (s.find()) {
                plain++;
            }
            if (t.indexOf(',') >= 0 && new Search(GROUPED, t, GROUPED_START).find()) {
                grouped.add(line);
            }
        }
        int groups = 0;
        for (Line line : grouped) {
            Search s = new Search(GROUPED, line.text(), GROUPED_START);
            while (s.find()) {
                groups++;
            }
        }
        // the text's habit is plain numbers: at least one, and no fewer than the grouped ones (1,840名 beside 1372人)
        if (plain < 1 || groups > plain) {
            return;
        }
        for (Line line : grouped) {
            Columns columns = new Columns(line.span(), line.text());
            Search s = new Search(GROUPED, line.text(), GROUPED_START);
            Matcher m = s.matcher();
            while (s.find()) {
                String fix = m.group().replace(",", "");
                out.add(new Spot(SpotKind.NUMBER_FORM, line.id(), columns.span(m.start(), m.end()), m.group(), fix, fix));
            }
        }
    }
}
