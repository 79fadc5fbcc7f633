package org.huibao.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Term;
import org.huibao.lexicon.Lexicon;
import org.huibao.parse.Columns;

/**
 * A bracketed title of a law, a regulation or a Party rule (《…法》《…条例》《…规定》…) that is no title
 * of the registry ({@code lexicon: titles}) but a drafter's slip for one of its {@code name:} titles:
 * （试行） left off, 中共中央 put for 中国共产党, a Party rule's kind changed (规定 for 条例), a word of up to
 * two characters inside the title added, dropped or changed (安全生产管理法, 乡村振兴法, 纪律处罚条例), or two
 * of its words in the other order (促进就业法, 农民工工资支付保障条例). Such a title is a hit of the
 * {@code formulations} list with the registry's title as its correct form. （试行） left off is a slip
 * only in a Party rule's title, whose formal edition the registry would know.
 *
 * <p>Silent on a title the registry knows ({@code name:} or {@code allowed:}, with or without
 * 中华人民共和国 and its 、), on a local regulation (a place's name leads it: its siblings are not in
 * the registry), on one that differs in a number, and on edits that make titles of their own more often
 * than slips: （试行） added (the earlier edition: 纪律处分条例（试行）), 实施/暂行/若干 put in, a kind
 * changed outside the Party's rules (a province's 民营经济促进条例 beside the national 促进法), a word
 * changed in a short title (行政诉讼法, 行政复议法). Immutable.
 */
final class TitleSlips {
    static final String LEXICON = "titles";
    private static final String PRC = "中华人民共和国";
    private static final String CPC = "中国共产党";
    private static final String KINDS_PATTERN = "法典|法|条例|规定|准则|规则|细则|办法";
    private static final List<String> KINDS = List.of(KINDS_PATTERN.split("\\|"));
    private static final List<String> TRIALS = List.of("（试行）", "（暂行）");
    private static final Pattern TITLE = Pattern.compile("《([^《》〈〉\\n]{3,60}?(?:" + KINDS_PATTERN + ")(?:（(?:试行|暂行)）)?)》");
    /** A place's name at the head of a title: a local regulation. */
    private static final Pattern PLACE = Pattern.compile("^(?:中华人民共和国)?.{1,7}?(?:省|市|自治区|县|州|特区|地区)");
    /** Words put into a title that make another real one (…实施办法, …暂行规定, …若干规定). */
    private static final Set<String> TITLE_WORDS = Set.of("实施", "暂行", "若干", "试行", "国内", "党员", "工作");
    private static final String NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千零〇两";
    /** Marks a title is written with and without (统计造假、弄虚作假): not part of the comparison. */
    private static final Pattern MARKS = Pattern.compile("[、，,·　 ]");
    /** An edit of a word replaced needs this much title around it unless the title is a national law's or the Party's. */
    private static final int LONG = 8;
    private static final int MIN_KEPT = 5;
    private static final int MAX_EDIT = 2;

    /** A title of the registry: as written, without 中华人民共和国 and marks. */
    private record Target(String text, String core) {
    }

    private final List<Target> targets = new ArrayList<>();
    /** Every title the registry knows, without 中华人民共和国 and marks. */
    private final Set<String> known = new HashSet<>();

    TitleSlips(Map<String, Lexicon> lexicons) {
        Lexicon titles = lexicons.get(LEXICON);
        if (titles == null) {
            return;
        }
        for (Lexicon.Standard s : titles.standards()) {
            String core = core(s.text());
            known.add(core);
            if (s.checked() && !PLACE.matcher(s.text()).find()) {
                targets.add(new Target(s.text(), core));
            }
        }
    }

    /** The slips of the line's bracketed titles, as terms of {@code formulations}; a span some term already covers is left to it. */
    List<Term> find(String line, int lineId, Columns columns, List<Term> taken) {
        if (targets.isEmpty() || line.indexOf('《') < 0) {
            return List.of();
        }
        List<Term> out = new ArrayList<>();
        Matcher m = TITLE.matcher(line);
        while (m.find()) {
            String written = m.group(1);
            String core = core(written);
            if (known.contains(core) || PLACE.matcher(written).find()) {
                continue;
            }
            Target best = null;
            int bestCost = Integer.MAX_VALUE;
            for (Target t : targets) {
                int cost = cost(core, written, t);
                if (cost < bestCost) {
                    best = t;
                    bestCost = cost;
                }
            }
            if (best != null) {
                String right = written.startsWith(PRC) && !best.text().startsWith(PRC) ? PRC + best.text() : best.text();
                NearMisses.add(out, taken, lineId, columns, line, "formulations", m.start(1), m.end(1), right,
                        "法规、党内法规的名称应为《" + right + "》");
            }
        }
        return out;
    }

    /** A title without 中华人民共和国 (a law's title is cited without it) and without marks. */
    private static String core(String title) {
        String t = title.startsWith(PRC) ? title.substring(PRC.length()) : title;
        return MARKS.matcher(t).replaceAll("");
    }

    /** How far a title written ({@code x}, its core) is from a registry title as a slip; MAX_VALUE: no slip. */
    private static int cost(String x, String written, Target target) {
        String t = target.core();
        if (t.length() < MIN_KEPT || x.equals(t)) {
            return Integer.MAX_VALUE;
        }
        boolean party = target.text().startsWith(CPC) && written.startsWith(CPC);
        // a Party rule issued on trial keeps （试行） until its formal edition, which the registry then knows;
        // a government measure's formal edition is less often cited, so its absence proves less
        for (String trial : TRIALS) {
            if (party && t.equals(x + trial)) {
                return 1;
            }
        }
        for (String p : List.of("中共中央", "中共")) {
            if (x.startsWith(p) && t.startsWith(CPC) && x.substring(p.length()).equals(t.substring(CPC.length()))) {
                return 1;
            }
        }
        String kx = kind(x);
        String kt = kind(t);
        if (!kx.equals(kt)) {
            String bx = bare(x);
            String bt = bare(t);
            return party && bx.length() - kx.length() >= 4 && bx.substring(0, bx.length() - kx.length()).equals(bt.substring(0, bt.length() - kt.length()))
                    ? 2 : Integer.MAX_VALUE;
        }
        int a = 0;
        int n = Math.min(x.length(), t.length());
        while (a < n && x.charAt(a) == t.charAt(a)) {
            a++;
        }
        int b = 0;
        while (b < n - a && x.charAt(x.length() - 1 - b) == t.charAt(t.length() - 1 - b)) {
            b++;
        }
        int dropped = t.length() - a - b;
        int put = x.length() - a - b;
        if (dropped <= MAX_EDIT && put <= MAX_EDIT && a >= 2 && b >= 1 && a + b >= MIN_KEPT) {
            String wrote = x.substring(a, a + put);
            String meant = t.substring(a, a + dropped);
            // a title that does not claim to be the state's or the Party's may be a city's own regulation
            // (物业服务管理条例 beside 物业管理条例): only a long one is near enough to tell
            if (NearMisses.any(wrote, NUMERALS) || NearMisses.any(meant, NUMERALS) || dropped == 0 && TITLE_WORDS.contains(wrote)
                    || t.length() < LONG && !written.startsWith(PRC) && !written.startsWith(CPC)) {
                return Integer.MAX_VALUE;
            }
            return 2 + dropped + put;
        }
        return x.length() == t.length() && x.length() >= MIN_KEPT && swapped(x, t) ? 3 : Integer.MAX_VALUE;
    }

    /** The title's kind (法, 条例, 规定…), its （试行） aside. */
    private static String kind(String title) {
        String t = bare(title);
        for (String k : KINDS) {
            if (t.endsWith(k)) {
                return k;
            }
        }
        return "";
    }

    private static String bare(String title) {
        for (String trial : TRIALS) {
            if (title.endsWith(trial)) {
                return title.substring(0, title.length() - trial.length());
            }
        }
        return title;
    }

    /** Whether {@code x} is {@code t} with two neighbouring stretches in the other order (促进就业法 for 就业促进法). */
    private static boolean swapped(String x, String t) {
        int n = t.length();
        for (int i = 0; i < n; i++) {
            if (x.charAt(i) != t.charAt(i)) {
                for (int j = i + 1; j < n; j++) {
                    for (int k = j + 1; k <= n; k++) {
                        if (x.regionMatches(i, t, j, k - j) && x.regionMatches(i + k - j, t, i, j - i) && x.regionMatches(k, t, k, n - k)) {
                            return true;
                        }
                    }
                }
                return false;
            }
        }
        return false;
    }
}
