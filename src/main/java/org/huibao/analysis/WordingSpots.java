package org.huibao.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Block;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;
import org.huibao.parse.Columns;

/**
 * Placeholders, doubled characters and words, request wording and pasted artefacts in the lines that
 * hold the report's wording. Each pattern runs only on a line that has a character it needs; the
 * doublings are found by comparing characters, with the patterns kept for lines outside the Basic
 * Multilingual Plane.
 */
final class WordingSpots implements Detector {
    // The alternatives, in order: 20xx年(x月x日) · xx年(x月x日) · x月x日 · xx, XX, ××, XXX (not inside a
    // Latin word or number) · a single x/X before a Chinese character (not X光, X射线, x轴, X型, 1+X证书) ·
    // 某某 (not 张某某) · 【待补充】, （此处填写…）, （待定） · TODO · ○○ (not 二○○八年) · □□. Where an
    // alternative has a look-behind, it follows the first character: tried at every position, a
    // look-behind over a long class of characters is what a line's scan would spend its time on.
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?<!\\d)(?:19|20)[xXｘＸ×]{2}年(?:[xXｘＸ×]{1,2}月(?:[xXｘＸ×]{1,2}日)?)?"
            + "|(?<![A-Za-z0-9])[xXｘＸ×]{2,4}年(?:[xXｘＸ×]{1,2}月(?:[xXｘＸ×]{1,2}日)?)?"
            + "|(?<![A-Za-z0-9])[xXｘＸ×]{1,2}月(?:[xXｘＸ×]{1,2}日)?"
            + "|(?<![A-Za-z0-9])[xXｘＸ×]{2,}(?![A-Za-z0-9]|染色)"
            + "|[xXｘＸ](?<![A-Za-z0-9+＋\\-－_./\\\\][xXｘＸ])(?<![A-Za-z0-9] [xXｘＸ])(?![A-Za-z0-9+＋\\-－_./])(?=\\p{IsHan})(?![光射线轴型形染世])"
            + "|某(?<![王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤]某)某+"
            + "|[【\\[（(]\\s*(?:待补充|待完善|待填写|待核实|待确认|待更新|待定|此处[^】\\]）)]{0,20})\\s*[】\\]）)]"
            + "|(?<![A-Za-z])(?:TODO|TBD|FIXME)(?![A-Za-z])"
            + "|○(?<![〇零○一二三四五六七八九十]○)○+(?![〇零○一二三四五六七八九十年])"
            + "|□{2,}");
    /** Characters without one of which no placeholder alternative can match. */
    static final String PLACEHOLDER_CHARS = "xXｘＸ×某待此TF○□";
    private static final Pattern SEPARATOR_LINE = Pattern.compile(
            "[\\s\\u3000]*(?:[*＊\\-=_~][\\s\\u3000]*){3,}|\\|?[\\s\\u3000]*:?-{3,}:?[\\s\\u3000]*(?:\\|[\\s\\u3000]*:?-{3,}:?[\\s\\u3000]*)+\\|?");
    // In a plain-text report every run of * or ＊ masks something ("由党委*同志任组长"); not 3*4.
    private static final Pattern STAR_MASK = Pattern.compile("(?<![\\d*＊])[*＊]++|[*＊]++(?![\\d*＊])");
    // In Markdown, *…*, **…**, ***…*** are emphasis, "* " at a line's start a bullet, \* an escaped star;
    // group 2 is a star that closes no pair.
    private static final Pattern MARKDOWN_STAR = Pattern.compile(
            "(\\*{1,3})(?=[^\\s*])[^*]*?(?<=[^\\s*])\\1(?!\\*)|^[*＊][ \\t\\u3000]|\\\\\\*|([*＊]+)");
    private static final Pattern DOUBLED_CHARACTER = Pattern.compile(
            "(\\p{IsHan})\\1(?!\\1)(\\p{IsHan})\\2|((\\p{IsHan})\\4)");
    private static final Pattern DOUBLED_WORD = Pattern.compile("(\\p{IsHan}{2,4})\\1");
    private static final Pattern ONE_CHARACTER_REPEATED = Pattern.compile("(\\p{IsHan})\\1+");
    // 条例 第十五条: markers of a request for approval.
    private static final Pattern REQUEST = Pattern.compile(
            "(?:妥否|当否|是否妥当|可否)[，,]?\\s*请予?(?:批示|示|指示|审批|批复)"
            + "|(?<![报申提呈转经次曾已后再均])请(?:予以?|尽快|及时|速)?(?:批准|批复|审批|核准|批示)"
            + "|恳请[^。；！？]{0,30}?(?:审批|批准|批复|核准|拨付|解决)"
            + "|(?<![申邀报聘宴提呈转经次曾已后再均动])请[^。；！？请]{0,25}?予以(?:解决|拨付|支持|批准|审批|协调)"
            + "|(?:特此|专此)请示");
    private static final Pattern MARKUP = Pattern.compile(
            "##[A-Za-z_]{1,30}##"
            + "|(?i:</?(?:p|span|div|br|strong|b|i|em|font|img|a|table|tr|td|th|tbody|thead|ul|ol|li|h[1-6]|section|article|sup|sub|u|hr|blockquote|pre|code|style|script|o:p|center|label|input|iframe)(?:\\s[^<>]{0,200})?\\s*/?>)"
            + "|&(?:nbsp|amp|lt|gt|quot|apos|ldquo|rdquo|lsquo|rsquo|mdash|ndash|hellip|middot|emsp|ensp|bull|times|copy|reg|#\\d{2,6}|#[xX][0-9a-fA-F]{2,5});");
    private static final String ADDRESS =
            "(?:https?|ftp)://[^\\s<>\\\"“”，。；、（）()【】]+|(?<![A-Za-z0-9./@])www\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+(?:/[^\\s<>\\\"“”，。；、（）()【】]*)?";
    private static final Pattern WEB_ADDRESS = Pattern.compile(ADDRESS);
    // An address the text introduces as one is not a stray: group 1 is the introduced address.
    private static final Pattern INTRODUCED_ADDRESS = Pattern.compile(
            "(?:网址|网站|官网|登录|访问|详见|下载|网页|主页|域名|邮箱)[^。；！？]{0,12}?(" + ADDRESS + ")");
    private static final Pattern BULLET = Pattern.compile("^[*＊](?=[ \\t\\u3000])");
    private static final Pattern TRIMMED = Pattern.compile("\\S(?:.*\\S)?");

    @Override
    public void detect(LineContext c, List<Spot> out) {
        if (!c.line().wording()) {
            return;
        }
        String text = c.text();
        boolean markdown = c.document().markdown();
        if (c.has(CharSets.PLACEHOLDER)) {
            c.find(PLACEHOLDER, 0, SpotKind.PLACEHOLDER, out);
        }
        boolean stars = c.has(CharSets.STAR);
        boolean separator = stars || c.has(CharSets.RULE) ? SEPARATOR_LINE.matcher(text).matches() : false;
        if (stars && !separator) {
            c.find(markdown ? MARKDOWN_STAR : STAR_MASK, markdown ? 2 : 0, SpotKind.PLACEHOLDER, out);
        }
        doubledCharacters(c, out);
        doubledWords(c, out);
        if (text.indexOf('请') >= 0) {
            c.find(REQUEST, 0, SpotKind.REQUEST, out);
        }
        if (c.has(CharSets.MARKUP)) {
            c.find(MARKUP, 0, SpotKind.ARTEFACT, out);
        }
        if (text.contains("://") || text.contains("www.")) {
            webAddresses(c, out);
        }
        if (!markdown && separator) {
            c.find(TRIMMED, 0, SpotKind.ARTEFACT, out);
        }
        if (!markdown && stars) {
            c.find(BULLET, 0, SpotKind.ARTEFACT, out);
        }
    }

    /**
     * A marker the parser set aside as a block of its own ("##paidend##" on its own line, "##paidbegin##"
     * before a paragraph, which then shares its line): not a line, so found here rather than in detect.
     */
    static void artefact(Block b, List<Spot> out) {
        Matcher m = TRIMMED.matcher(b.text());
        Columns columns = new Columns(b);
        while (m.find()) {
            out.add(new Spot(SpotKind.ARTEFACT, b.id(), columns.span(m.start(), m.end()), m.group(), ""));
        }
    }

    private static void webAddresses(LineContext c, List<Spot> out) {
        Matcher m = WEB_ADDRESS.matcher(c.text());
        Matcher intro = null;
        while (m.find()) {
            if (m.end() == m.start()) {
                continue;
            }
            intro = intro == null ? INTRODUCED_ADDRESS.matcher(c.text()) : intro.reset();
            boolean introduced = false;
            while (intro.find()) {
                if (intro.group(1) != null && intro.end(1) > intro.start(1) && intro.start(1) == m.start()) {
                    introduced = true;
                    break;
                }
            }
            if (!introduced) {
                out.add(c.spot(SpotKind.ARTEFACT, m.start(), m.end(), ""));
            }
        }
    }

    /** {@link #DOUBLED_CHARACTER}'s third group, by comparing characters. */
    private static void doubledCharacters(LineContext c, List<Spot> out) {
        String t = c.text();
        if (Han.hasSurrogate(t)) {
            Matcher m = DOUBLED_CHARACTER.matcher(t);
            while (m.find()) {
                if (m.group(3) != null) {
                    out.add(doubled(c, SpotKind.DOUBLED_CHARACTER, m.start(3), m.end(3)));
                }
            }
            return;
        }
        int n = t.length();
        int i = 0;
        while (i + 1 < n) {
            char a = t.charAt(i);
            if (t.charAt(i + 1) == a && Han.is(a)) {
                if (i + 3 < n && t.charAt(i + 2) != a && Han.is(t.charAt(i + 2)) && t.charAt(i + 3) == t.charAt(i + 2)) {
                    i += 4; // AABB: 干干净净
                    continue;
                }
                out.add(doubled(c, SpotKind.DOUBLED_CHARACTER, i, i + 2));
                i += 2;
                continue;
            }
            i++;
        }
    }

    /** {@link #DOUBLED_WORD} less one character repeated, by comparing characters. */
    private static void doubledWords(LineContext c, List<Spot> out) {
        String t = c.text();
        if (Han.hasSurrogate(t)) {
            Matcher m = DOUBLED_WORD.matcher(t);
            while (m.find()) {
                if (!ONE_CHARACTER_REPEATED.matcher(m.group()).matches()) {
                    out.add(doubled(c, SpotKind.DOUBLED_WORD, m.start(), m.end()));
                }
            }
            return;
        }
        int n = t.length();
        int i = 0;
        next:
        while (i + 4 <= n) {
            for (int len = 4; len >= 2; len--) {
                if (i + 2 * len <= n && t.regionMatches(i, t, i + len, len) && allHan(t, i, i + len)) {
                    if (!sameCharacter(t, i, i + 2 * len)) {
                        out.add(doubled(c, SpotKind.DOUBLED_WORD, i, i + 2 * len));
                    }
                    i += 2 * len;
                    continue next;
                }
            }
            i++;
        }
    }

    private static Spot doubled(LineContext c, SpotKind kind, int from, int to) {
        String s = c.text().substring(from, to);
        return c.spot(kind, from, to, s.substring(0, s.length() / 2));
    }

    private static boolean allHan(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Han.is(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameCharacter(String t, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (t.charAt(i) != t.charAt(from)) {
                return false;
            }
        }
        return true;
    }
}
