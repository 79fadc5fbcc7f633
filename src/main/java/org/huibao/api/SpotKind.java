package org.huibao.api;

/**
 * The kinds of {@link Spot}: character-level facts found once per line before the rules run. Each kind
 * says what it covers and what it leaves alone; a rule decides what to report.
 */
public enum SpotKind {
    /**
     * An unfilled placeholder or mask: 20xx年, xx年x月x日, x月x日, xx/XX/××/XXX (not inside a Latin word or
     * number: APP, Excel, XXL), a single x/X before a Chinese character (x局, not X光, X射线, x轴, X型,
     * 1+X证书), 某某 (not 张某某, an anonymised name), 【待补充】, （此处填写…）, （待定）, TODO/TBD/FIXME,
     * ○○ (not 二○○八年), □□; and in a plain-text file every run of * or ＊ that is not between digits
     * (3*4); in a Markdown file only a star that opens or closes no emphasis pair, list bullet or escape.
     */
    PLACEHOLDER,
    /**
     * A character typed twice (党风廉政建建设, 认真真落实, 的的), judged by segmenting its clause: not where
     * two words meet on it (激发发展, 人民民主, 归侨侨眷), inside one word (稳稳), in a short quoted name
     * (《柳柳州》), or between content characters the dictionary does not join (names). An AABB form
     * (干干净净, 三三两两) is consumed whole and never a spot. Other correct doublings (常常, ××局局长)
     * are left to the rules, which compare the spot with the "reduplications" word list.
     */
    DOUBLED_CHARACTER,
    /**
     * A word of two to four Chinese characters typed twice (做到做到, 工作工作), both halves whole words;
     * not one character repeated (哈哈哈哈), a repeat across words (纪委监委监督), or 一A一A (一个问题一个问题). ABAB reduplication (研究研究) is left to the "reduplications" word list.
     */
    DOUBLED_WORD,
    /**
     * 请示 wording, read as a request marker and what it asks for: a marker (请, 恳请, 敬请, 特请, 拟请, 烦请,
     * 谨请, 呈请, 提请, 函请, 请求, 请予, 望) and, within its clause, an object a superior is asked for (批准,
     * 批示, 批复, 批转, 审批, 审定, 核准, 同意, 支持, 协调解决, 解决, 拨付, 指示, or 予以/给予 + 关心, 倾斜,
     * 立项…); request closings (妥否, 当否, 如无不妥, 如无不当, 特此请示, 以上请示, 请示如下; 如无异议, 是否妥当,
     * 可否 before a request). A closing and the request after it are one spot (妥否，请批示). Not: 申请, 邀请,
     * 报请, 转请, 请示 as a noun (请示报告制度, 请示汇报), an account of requests made (经…批准, 已报请…批示,
     * 多次请…予以协调), a refusal (不予支持), a legislature's procedure (提请人大审议, 提请大会审查批准), what a
     * report asks of its readers (请审阅, 请审议, 请批评指正) or of units below (请各单位…), a title in 《》, 希望,
     * 展望, 望城区.
     */
    REQUEST,
    /**
     * The closing formula of another kind of document ending a line: 特此通知, 特此通报, 特此公告, 特此通告,
     * 特此批复, 特此决定, 特此证明, 特此函告/函复/函达, 此复; not in a document whose title names that kind
     * (…的通知 closing 特此通知), nor in one without a title.
     */
    OTHER_CLOSING,
    /**
     * A number not written as GB/T 15835 asks: 百分之 before Arabic digits (百分之98.6; detail: 98.6%), a
     * full-width comma between the groups of a number (1，260; detail: 1260). Not: 百分之九十, an
     * enumeration (1，2，3 · 第1，2条), a comma before a group that is not three digits.
     */
    NUMBER_FORM,
    /**
     * Text pasted from a web page or an editor: ##paidbegin##-style markers, HTML tags (&lt;p&gt;, &lt;/span&gt;) and
     * character entities (&amp;nbsp;); a web address the text does not introduce (网址/网站/官网/登录/访问/详见/
     * 下载/网页/主页/域名/邮箱 within 12 characters before it); in a plain-text file, a line that is only a
     * separator (------, ******, |---|---|) and a Markdown bullet ("* ") at a line's start; a line the
     * parser set aside as an artefact.
     */
    ARTEFACT,
    /**
     * A paired mark (“” ‘’ 《》 〈〉 （） 【】 〔〕; ( and ) count with （ and ）) whose partner is not on the
     * line. Not: a list marker's lone closer (：1）, a)), an apostrophe (Smith’s, 90’s), minutes and seconds
     * written with quotation marks (3’25”), and the last “ left open in a paragraph when one of the next
     * two lines is a paragraph that opens with “ (a quotation over several paragraphs).
     */
    UNPAIRED_MARK,
    /**
     * A title in book-title marks inside a title in book-title marks on the same line (《落实《…》的方案》):
     * the inner pair; detail: the inner title in single marks (〈…〉).
     */
    NESTED_TITLE,
    /**
     * A half-width , ; : ? ! ( ) " or . touching Chinese text or a Chinese mark; a half-width pair of
     * parentheses or straight quotes is one spot, when it touches Chinese text or holds it from end to
     * end. Not: marks between digits or Latin letters (1,000 · 9:30 · 1:2), URLs, Markdown link targets,
     * a heading ordinal at a line's start ((一) (1) 1, 一.), a list marker's lone closer (1) a)). Detail:
     * the full-width form.
     */
    HALF_WIDTH_MARK,
    /**
     * Two or more of ，、；：。？！ in a row (，， 。。 ，。 ；。). Not: ？ and ！ stacked alone (？！ ！！), three
     * or more 。 (an ellipsis, {@link #ELLIPSIS}).
     */
    DOUBLED_MARK,
    /**
     * A mark used where another belongs: a 顿号 before 等 (消防、人防、等), single quotation marks that no
     * double ones hold (‘党建引领’), two ASCII hyphens for a dash (--2025年), an exclamation mark closing a
     * sentence of figures in a written report (走访企业580家次！), a paragraph ending with ； before a heading
     * or the closing. Detail and fix: what belongs there.
     */
    MISUSED_MARK,
    /** A 顿号 directly between a closing and an opening quotation or book-title mark (”、“ ’、‘ 》、《); detail: the three characters. */
    ENUMERATION_COMMA,
    /**
     * A malformed ellipsis: an ellipsis followed by 等/等等, three or more 。, three or more . or · next to
     * Chinese text, a single … .
     */
    ELLIPSIS,
    /**
     * A wrong mark between the ends of a number range: ——, ――, －－ or -- between numbers; a half-width -
     * or ~ in a date range (before a number followed by 年/月/日, or after 年/月/日). Not: 2023-04-05, GB/T
     * 9704-2012, telephone and house numbers.
     */
    RANGE_DASH,
    /**
     * A date not written in full: a zero-padded month, day or serial number (04月, 05日, 〔2023〕05号); a
     * two-digit year before a month or half-year (23年4月, 23年上半年), not after 徒刑/刑期/满/近/历时/长达/
     * 超过/共/约/龄 (durations); a two-digit year standing alone where a year is named (24年以来, 于23年,
     * 23年底, 24年全年), not after a Chinese character that makes it a count (工作了24年, 成立24年以来) and
     * not 90年代; a date with dots (2024.6.1, 2024.06.01), not a version or section number (V2024.6.1,
     * 第4.2.1条).
     */
    DATE_FORM
}
