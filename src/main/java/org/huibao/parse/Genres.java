package org.huibao.parse;

import java.util.regex.Pattern;
import org.huibao.api.Genre;
import org.huibao.api.NodeType;

/** Tells a report's genre from its title, salutation and closing. */
public final class Genres {
    private static final Pattern SPEECH_TITLE = Pattern.compile("讲话|发言|致辞|汇报提纲");
    private static final Pattern SPEECH_CLOSING = Pattern.compile("^汇报完毕|^谢谢");

    private Genres() {
    }

    /** The genre from title, salutation and closing; a report when nothing says otherwise. */
    public static Genre detect(Report report) {
        String title = report.title().orElse("");
        if (title.contains("述职") || title.contains("述责述廉")) {
            return Genre.DEBRIEF;
        }
        if (title.contains("自查")) {
            return Genre.SELF_CHECK;
        }
        if (SPEECH_TITLE.matcher(title).find() || !report.blocks(NodeType.SALUTATION).isEmpty()
                || report.blocks(NodeType.CLOSING).stream().anyMatch(b -> SPEECH_CLOSING.matcher(b.text()).find())) {
            return Genre.SPEECH;
        }
        if (title.contains("总结") && !title.contains("报告")) {
            return Genre.SUMMARY;
        }
        return Genre.REPORT;
    }
}
