package org.huibao.output;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.huibao.api.Element;
import org.huibao.api.ElementStatus;
import org.huibao.api.Genre;
import org.huibao.api.Lang;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Fix;
import org.huibao.model.Severity;

/**
 * Every user-facing label of the human-readable formats, in one place so that wording and translation
 * are reviewed together and the formatters hold layout only. Messages of rules come from the rules
 * themselves ({@link org.huibao.api.Message}), not from here.
 */
final class Labels {

    /** Each key carries all its translations, so a label can never be missing in one language. */
    enum Key {
        PASS("通过", "passed"),
        FAIL("不通过", "failed"),
        TABLE_FILE("文件", "file"),
        TABLE_SCORE("得分", "score"),
        TABLE_VERDICT("结论", "verdict"),
        TABLE_MISSING("缺少的要素", "missing elements"),
        SCORE("得分 %s / 阈值 %s", "score %s / threshold %s"),
        BLOCKED_BY("一票否决: %s", "blocked by %s"),
        ERROR_REPORT("%s: 错误: %s", "%s: error: %s"),

        LEADERSHIP("组织领导", "Leadership"),
        SHORTCOMINGS("存在问题", "Shortcomings"),
        NEXT_STEPS("下一步措施", "Next steps"),
        QUALITY("行文质量", "Quality"),

        SECTION("专门成节", "section"),
        INLINE("行文提及", "inline"),
        ABSENT("缺失", "missing"),

        MARK_OK("✓", "✓"),
        MARK_WEAK("!", "!"),
        MARK_ABSENT("✗", "✗"),
        WEAK("弱: %s", "weak: %s"),
        NOT_REQUIRED("（本体裁不要求）", "(not required for this genre)"),
        EVIDENCE("第%d行: %s", "line %d: %s"),

        EXCERPT("> %s", "> %s"),
        SUGGESTION("建议: %s", "suggestion: %s"),
        // a finding's mechanical edit (json has it as data): html, the review page, sarif's fix description
        FIX("改为：%s", "Change to: %s"),
        FIX_DELETE("删去：%s", "Delete: %s"),
        BREAKDOWN("得分明细: %s", "breakdown: %s"),
        BREAKDOWN_ITEM("%s %s/%s", "%s %s/%s"),
        BREAKDOWN_DETAIL("%s %s/%s (%s)", "%s %s/%s (%s)"),
        BREAKDOWN_SEPARATOR(" · ", " · "),
        LIST_SEPARATOR("、", ", "),
        ELLIPSIS("…", "…"),

        SUMMARY("共 %d 个文件：通过 %d，不通过 %d，无法读取 %d", "%d files: %d passed, %d failed, %d unreadable"),
        SUMMARY_ONE("共 %d 个文件：通过 %d，不通过 %d，无法读取 %d", "%d file: %d passed, %d failed, %d unreadable"),
        WRITTEN_TO("结果已写入：%s", "results written to: %s"),

        // Suppression comments and the baseline (--baseline): what was set aside, in every format.
        PASS_ACCEPTED("通过（基线已接受）", "passed (accepted by the baseline)"),
        KNOWN("已知", "known"),
        KNOWN_TAG("已知（基线）", "known (baseline)"),
        KNOWN_HEADING("已知问题（基线）%d 处：", "known findings (baseline): %d"),
        SUPPRESSED("已忽略 %d 处（忽略注释）", "%d suppressed (by comments)"),
        STALE("基线中另有 %d 处已不再出现", "%d baseline entries no longer found"),
        SUMMARY_SUPPRESSED("已忽略 %d 处", "%d suppressed"),
        SUMMARY_BASELINE("基线：已知 %d 处，新问题 %d 处", "baseline: %d known, %d new"),
        SUMMARY_STALE("，已不再出现 %d 处（用 --write-baseline 更新基线）", ", %d no longer found (update it with --write-baseline)"),
        COLUMN_KNOWN("基线", "Baseline"),
        COLUMN_SUPPRESSED("已忽略", "Suppressed"),
        DOCX_KNOWN("已接受（基线）", "Accepted (baseline)"),
        HTML_KNOWN("已知问题（基线）（%d）", "Known findings, baseline (%d)"),
        HTML_KNOWN_NOTE("这些问题已记入基线，不影响是否通过。", "These findings are in the baseline: they do not decide pass or fail."),

        // The gate, in junit, github and html: why a report failed.
        BELOW_THRESHOLD("得分 %s 低于阈值 %s", "score %s < threshold %s"),
        GATE_SEPARATOR("；", "; "),
        UNREADABLE("无法读取", "unreadable"),
        FINDING_COUNT("共 %d 处，首处 %s", "%d findings, first at %s"),

        // Severities and genres as people read them (the ids stay in json, sarif and the finding lines).
        SEVERITY_ERROR("错误", "error"),
        SEVERITY_WARNING("警告", "warning"),
        SEVERITY_INFO("提示", "info"),
        GENRE_REPORT("工作报告", "work report"),
        GENRE_SPEECH("汇报发言", "speech"),
        GENRE_DEBRIEF("述职报告", "debrief"),
        GENRE_SELF_CHECK("自查报告", "self-check report"),
        GENRE_SUMMARY("工作总结", "work summary"),
        GENRE_GOVERNMENT_WORK_REPORT("政府工作报告", "government work report"),
        GENRE_ADDRESS("讲话", "address"),
        GENRE_PLEDGE("表态发言", "pledge"),
        GENRE_RECTIFICATION("整改情况报告", "rectification report"),
        GENRE_NOT_A_REPORT("非报告", "not a report"),

        // xlsx and csv: the batch tables
        SHEET_REPORTS("报告", "Reports"),
        SHEET_FINDINGS("问题", "Findings"),
        SHEET_CONTINUED("%s %d", "%s %d"),
        COLUMN_FILE("文件", "File"),
        COLUMN_TITLE("标题", "Title"),
        COLUMN_GENRE("体裁", "Genre"),
        COLUMN_SCORE("得分", "Score"),
        COLUMN_VERDICT("结论", "Verdict"),
        COLUMN_BLOCKED_BY("一票否决", "Blocked by"),
        COLUMN_MISSING("缺少的要素", "Missing elements"),
        COLUMN_WEAK("较弱的要素", "Weak elements"),
        COLUMN_ERRORS("错误", "Errors"),
        COLUMN_WARNINGS("警告", "Warnings"),
        COLUMN_INFOS("提示", "Info"),
        COLUMN_NOTE("说明", "Note"),
        COLUMN_LINE("行", "Line"),
        COLUMN_COLUMN("列", "Column"),
        COLUMN_RULE("规则", "Rule"),
        COLUMN_RULE_TITLE("规则名称", "Rule title"),
        COLUMN_SEVERITY("级别", "Severity"),
        COLUMN_MESSAGE("问题", "Message"),
        COLUMN_EXCERPT("原文", "Excerpt"),
        COLUMN_SUGGESTION("建议", "Suggestion"),
        WEAK_ELEMENT("%s（%s）", "%s (%s)"),

        // markdown: the CI job summary (the report table reuses the columns above)
        MARKDOWN_RULES("各规则发现的问题", "Findings by rule"),
        MARKDOWN_FINDINGS("问题数", "Findings"),
        MARKDOWN_REPORTS("涉及报告数", "Reports"),
        MARKDOWN_UNLISTED("另有 %d 份报告未列出（完整结果见 JSON、SARIF 或 JUnit 输出）",
                "%d more reports are not listed (the JSON, SARIF or JUnit output has them all)"),

        // docx: the Word comments of the annotated copy
        DOCX_VERDICT("huibao 审读：%s，得分 %s（阈值 %s）", "huibao review: %s, score %s (threshold %s)"),
        DOCX_BLOCKED("一票否决：%s", "Blocked by: %s"),
        DOCX_MISSING("缺少要素：%s", "Missing elements: %s"),
        DOCX_WEAK("薄弱要素：%s", "Weak elements: %s"),
        DOCX_WEAK_ITEM("%s（%s）", "%s (%s)"),
        DOCX_WHOLE("关于全文：", "About the whole document:"),
        DOCX_UNPLACED("未能定位到原文的问题：", "Findings that could not be placed in the text:"),
        DOCX_RULE("%s（%s）", "%s (%s)"),
        DOCX_SUGGESTION("建议：%s", "Suggestion: %s"),
        DOCX_REPEATS("同类问题共 %d 处：%s", "%d places in all: %s"),
        DOCX_PLACES("第%s段", "paragraphs %s"),
        DOCX_PLACE("第%d段", "paragraph %d"),

        // html
        HTML_TITLE("汇报审读结果", "Report review"),
        HTML_FILE("文件", "File"),
        HTML_VERDICT("结论", "Verdict"),
        HTML_SCORE("得分", "Score"),
        HTML_THRESHOLD("阈值", "Threshold"),
        HTML_FINDINGS("问题", "Findings"),
        HTML_FINDINGS_COUNT("问题（%d）", "Findings (%d)"),
        HTML_ELEMENTS("三要素", "Required elements"),
        HTML_TEXT("原文", "Report text"),
        HTML_BREAKDOWN("得分明细", "Score breakdown"),
        HTML_NO_FINDINGS("未发现问题。", "No findings."),
        HTML_NO_EVIDENCE("未找到", "not found"),
        HTML_NO_TEXT("原文不可用。", "The report text is not available."),
        HTML_TITLE_OF_REPORT("标题", "Title"),
        HTML_GENRE("体裁", "Genre"),
        HTML_LINE("第%d行", "line %d"),
        HTML_LINE_COLUMN("第%d行第%d列", "line %d, column %d"),
        HTML_POINTS("%s / %s", "%s / %s"),
        WHOLE_REPORT("全文", "whole report"),
        HTML_ABOUT_WHOLE_REPORT("关于全文", "About the whole report"),
        HTML_PLACES("共 %d 处", "%d places"),
        HTML_ALL_PLACES("全部 %d 处位置", "all %d places"),
        HTML_WEAK_SHORT("流于套话", "stock phrases only"),
        HTML_REVIEW_OPINION("审核意见", "Reviewer's opinion"),
        HTML_REVIEWER("审核人", "Reviewer"),
        HTML_DATE("日期", "Date"),
        HTML_FIELD("%s：", "%s: "),
        HTML_PRINT_NOTE("本页由 huibao 自动生成，供审核参考", "Made by huibao to assist the review");

        private final String zh;
        private final String en;

        Key(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    private static final Labels ZH = new Labels(Lang.ZH);
    private static final Labels EN = new Labels(Lang.EN);

    private final Lang lang;

    private Labels(Lang lang) {
        this.lang = lang;
    }

    static Labels of(Lang lang) {
        return Objects.requireNonNull(lang, "lang") == Lang.EN ? EN : ZH;
    }

    Lang lang() {
        return lang;
    }

    String get(Key key) {
        return lang == Lang.EN ? key.en : key.zh;
    }

    // Locale.ROOT: numbers must not pick up a default locale's digits or grouping.
    String format(Key key, Object... args) {
        return String.format(Locale.ROOT, get(key), args);
    }

    /** An element's name: as configured, else a built-in element's usual name, else its id. */
    String element(ElementVerdict v) {
        return v.name().isEmpty() ? element(v.element()) : v.name().in(lang);
    }

    /** A built-in element's usual name; another element's id. */
    String element(Element element) {
        Key key = builtInName(element);
        return key == null ? element.id() : get(key);
    }

    private static Key builtInName(Element element) {
        if (element.equals(Element.LEADERSHIP)) {
            return Key.LEADERSHIP;
        }
        if (element.equals(Element.SHORTCOMINGS)) {
            return Key.SHORTCOMINGS;
        }
        return element.equals(Element.NEXT_STEPS) ? Key.NEXT_STEPS : null;
    }

    /**
     * Whether the outputs know an element's name without being told: a built-in element under its usual
     * name (or none). The JSON names the others, for the review page and other readers.
     */
    static boolean usualName(ElementVerdict v) {
        Key key = builtInName(v.element());
        return v.name().isEmpty() || key != null && v.name().zh().equals(key.zh)
                && (v.name().en().isEmpty() || v.name().en().equals(key.en));
    }

    String status(ElementStatus status) {
        return get(switch (status) {
            case SECTION -> Key.SECTION;
            case INLINE -> Key.INLINE;
            case ABSENT -> Key.ABSENT;
        });
    }

    /** 通过, 不通过 or 无法读取 for {@link org.huibao.model.ReportResult#status()}. */
    String verdict(String status) {
        return get(switch (status) {
            case "pass" -> Key.PASS;
            case "fail" -> Key.FAIL;
            default -> Key.UNREADABLE;
        });
    }

    /** A severity as a reviewer reads it (错误, 警告, 提示). */
    String severity(Severity severity) {
        return get(switch (severity == null ? Severity.WARNING : severity) {
            case ERROR -> Key.SEVERITY_ERROR;
            case WARNING -> Key.SEVERITY_WARNING;
            case INFO -> Key.SEVERITY_INFO;
        });
    }

    /** The name of a genre by its id (工作报告 for {@code report}); an id this class does not know is shown as it is. */
    String genre(String id) {
        return Genre.parse(id).map(g -> get(switch (g) {
            case REPORT -> Key.GENRE_REPORT;
            case SPEECH -> Key.GENRE_SPEECH;
            case DEBRIEF -> Key.GENRE_DEBRIEF;
            case SELF_CHECK -> Key.GENRE_SELF_CHECK;
            case SUMMARY -> Key.GENRE_SUMMARY;
            case GOVERNMENT_WORK_REPORT -> Key.GENRE_GOVERNMENT_WORK_REPORT;
            case ADDRESS -> Key.GENRE_ADDRESS;
            case PLEDGE -> Key.GENRE_PLEDGE;
            case RECTIFICATION -> Key.GENRE_RECTIFICATION;
            case NOT_A_REPORT -> Key.GENRE_NOT_A_REPORT;
        })).orElse(id == null ? "" : id);
    }

    /** The name of a score breakdown item of a report; an id this class does not know is shown as it is. */
    String breakdownItem(String id, Map<Element, ElementVerdict> elements) {
        if ("quality".equals(id)) {
            return get(Key.QUALITY);
        }
        ElementVerdict v = elements.get(Element.of(id));
        return v != null ? element(v) : Element.byId(id).map(this::element).orElse(id);
    }

    /** Whether a score breakdown item is an element's (not the quality part). */
    static boolean elementItem(String id, Map<Element, ElementVerdict> elements) {
        return elements.containsKey(Element.of(id)) || Element.byId(id).isPresent();
    }

    /** What a finding's edit does, as a reviewer reads it: 改为：， (or 删去：… when it deletes). */
    String fix(Fix fix) {
        return fix.replacement().isEmpty() ? format(Key.FIX_DELETE, fix.range().text()) : format(Key.FIX, fix.replacement());
    }

    String summary(long files, long passed, long failed, long errors) {
        return format(files == 1 ? Key.SUMMARY_ONE : Key.SUMMARY, files, passed, failed, errors);
    }

    String writtenTo(java.util.List<String> places) {
        return format(Key.WRITTEN_TO, String.join(get(Key.LIST_SEPARATOR), places));
    }

    /** "已忽略 3 处；基线：已知 40 处，新问题 1 处…", or empty when the run set nothing aside and had no baseline. */
    String waivers(org.huibao.model.WaiverCounts c) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (c.suppressed() > 0) {
            parts.add(format(Key.SUMMARY_SUPPRESSED, c.suppressed()));
        }
        if (c.baseline()) {
            parts.add(format(Key.SUMMARY_BASELINE, c.known(), c.fresh())
                    + (c.stale() > 0 ? format(Key.SUMMARY_STALE, c.stale()) : ""));
        }
        return String.join(get(Key.GATE_SEPARATOR), parts);
    }

    /** 通过, 不通过 or 无法读取, and 通过（基线已接受） for a report that passes only because of the baseline. */
    String verdict(org.huibao.model.ReportResult r) {
        return r.waivers().accepted() && "pass".equals(r.status()) ? get(Key.PASS_ACCEPTED) : verdict(r.status());
    }
}
