package org.huibao.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a report as a copy carries it: under a web page's frame, after a document number on the
 * first line, or broken over two lines. The parser takes one line for the title; the genre is named by
 * the title the writer gave, so it is looked for where copies put it.
 */
final class CopiedTitles {
    /**
     * A line of a web page's frame copied with its text: where the page sits, when and by whom it was posted,
     * how often it was read. It names no document; the title, if any, is on a line after it.
     */
    static final Pattern CHROME = Pattern.compile(
            "^(当前位置|您的位置|您现在的位置|所在位置)[：:]|^首页[ 　]*[>＞»/]|(发布|发表|更新)(时间|日期)[：:]|来源[：:]|浏览(次数|量)"
                    + "|阅读(次数|量)|点击(数|量|率)[：:]|字号[：:]|【(字体|打印|关闭)|打印本页|关闭窗口|分享到");
    /**
     * A document number before a title on its first line ("化办发〔2016〕72号 中共…关于印发…的通知"): the title
     * after it names the document, though the line is too long for the parser to take it as the title.
     */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^[^，。〔]{1,12}〔\\d{2,4}〕\\d{1,4}号[ 　]*([^。，；]{4,100})$");
    /** The longest line taken for a title under a page's frame. */
    private static final int TITLE_LINE = 60;
    /** The longest line a title broken in two may go on with. */
    private static final int TITLE_TAIL = 30;

    private CopiedTitles() {
    }

    /**
     * The title, or when the parser took a line of a web page's frame for it ("当前位置：首页 > 工作动态"), the
     * first line after the frame that reads as a title: short, no full stop.
     */
    static String titleBehindChrome(Report report) {
        String title = report.title().orElse("");
        if (!CHROME.matcher(title).find()) {
            return title;
        }
        for (String l : Openings.firstLines(report.text(), 5)) {
            String line = l.strip();
            if (!line.isEmpty() && !CHROME.matcher(line).find()) {
                return line.length() <= TITLE_LINE && line.indexOf('。') < 0 && line.indexOf('：') < 0 ? line : "";
            }
        }
        return "";
    }

    /**
     * The title on a first line that opens with a document number ("化办发〔2016〕72号 …的通知"), or "" when the
     * first line is no such line.
     */
    static String numberedTitle(Report report) {
        Matcher m = NUMBERED_TITLE.matcher(Openings.firstLines(report.text(), 1).get(0).strip());
        return m.find() ? m.group(1) : "";
    }

    /**
     * A title broken over two lines ("盘锦市党政主要负责人履行推进法治建设" / "第一责任人职责清单"): the title and the
     * short line under it, when that line has no punctuation; the title alone otherwise.
     */
    static String brokenTitle(Report report, String title) {
        List<String> lines = Openings.firstLines(report.text(), 2);
        if (title.isEmpty() || lines.size() < 2 || !lines.get(0).strip().equals(title)) {
            return title;
        }
        String next = lines.get(1).strip();
        return next.length() <= TITLE_TAIL && next.chars().noneMatch(c -> "，。：；、,:;".indexOf(c) >= 0)
                ? title + next : title;
    }
}
