package org.huibao.parse;

import org.huibao.api.NodeType;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The lines around the body: title, subtitle, addressee and salutation at the top; closing,
 * signing unit and date at the bottom. What is not recognised here is body.
 */
final class Matter {

    static final int MAX_TITLE = 60;
    static final int MAX_ADDRESSEE = 40;

    /** A date line (signature date); never a title or a heading. */
    static final Pattern DATE_LINE = Pattern.compile(
            "^(\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*[\\d一二三四五六七八九十]{1,3}\\s*月"
                    + "(\\s*[\\d一二三四五六七八九十]{1,3}\\s*日)?$");
    private static final Pattern SALUTATION = Pattern.compile(
            "^(各位|尊敬的|同志们|亲爱的|老师们|领导们|代表们|委员们).*[：:]$");
    private static final Pattern NOT_ADDRESSEE = Pattern.compile("如下|以下|现将|现就|按照|根据|关于|为了|为");
    private static final Pattern CLOSING = Pattern.compile(
            "^(专此|特此)(报告|汇报|说明|函告|请示)|^以上(报告|汇报|意见|情况)|^汇报完毕|^谢谢(大家|各位)?[。！!]?$"
                    + "|^(妥否|当否|是否妥当)|^(请|恳请|敬请).{0,24}(审阅|审定|审议|批示|批复|指正|核准|批准)");
    private static final Pattern UNIT_LINE = Pattern.compile("^[^，。；：！？,.;:!?、“”]{2,30}$");
    private static final String FINAL_OR_CLAUSE = "。！？!?；;：:，,、";

    /** Where the body ends: the index of its last line and the offset where the back matter starts. */
    record Back(int last, int bodyEnd) {
    }

    private final String text;
    private final Consumer<Draft> out;

    Matter(String text, Consumer<Draft> out) {
        this.text = text;
        this.out = out;
    }

    /** Marks title, addressee and salutation from line {@code from}; returns the index of the first body line. */
    int front(List<Line> lines, int from) {
        int i = from;
        if (i < lines.size() - 1 && isTitle(lines.get(i))) {
            add(NodeType.TITLE, lines.get(i));
            i++;
            if (i < lines.size() - 1 && isSubtitle(lines.get(i))) {
                add(NodeType.TITLE, lines.get(i));
                i++;
            }
        }
        for (int k = 0; k < 2 && i < lines.size() - 1; k++) {
            Line line = lines.get(i);
            if (SALUTATION.matcher(line.text()).find() && line.length() <= MAX_ADDRESSEE) {
                add(NodeType.SALUTATION, line);
                i++;
            } else if (isAddressee(line)) {
                add(NodeType.ADDRESSEE, line);
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Marks closing and signature lines from the end, down to line {@code first} at most. */
    Back back(List<Line> lines, int first, int textEnd) {
        int j = lines.size() - 1;
        boolean sawDate = false;
        int signatureStart = -1;
        while (j > first) {
            Line line = lines.get(j);
            if (DATE_LINE.matcher(line.text()).matches()) {
                sawDate = true;
            } else if (!(sawDate && UNIT_LINE.matcher(line.text()).matches() && !hasOrdinal(line))) {
                break;
            }
            signatureStart = j;
            j--;
        }
        for (int k = lines.size() - 1; signatureStart >= 0 && k >= signatureStart; k--) {
            add(NodeType.SIGNATURE, lines.get(k));
        }
        int closingStart = -1;
        while (j > first && isClosing(lines.get(j))) {
            closingStart = j;
            add(NodeType.CLOSING, lines.get(j));
            j--;
        }
        int backStart = closingStart >= 0 ? closingStart : signatureStart;
        return new Back(j, backStart >= 0 ? lines.get(backStart).cs() : textEnd);
    }

    private boolean isTitle(Line line) {
        String t = line.text();
        return line.length() <= MAX_TITLE
                && !isMarkup(t)
                && !hasOrdinal(line)
                && t.indexOf('。') < 0
                && FINAL_OR_CLAUSE.indexOf(t.charAt(t.length() - 1)) < 0
                && !DATE_LINE.matcher(t).matches();
    }

    /**
     * A Markdown quotation or note ("> [!NOTE] 相关通知", the notice a published regulation is issued with)
     * or a site template's shortcode ("{{% pageinfo %}}"): page furniture, never the title.
     */
    private static boolean isMarkup(String t) {
        return t.startsWith(">") || t.startsWith("{{");
    }

    private boolean isSubtitle(Line line) {
        String t = line.text();
        return line.length() <= MAX_TITLE && (isSubtitle(t)
                || (t.startsWith("（") && t.endsWith("）") && !hasOrdinal(line)));
    }

    /** A subtitle or dateline under a title: "——在全市…会议上的讲话", "——2019年1月26日在…会议上". */
    static boolean isSubtitle(String t) {
        return t.startsWith("—") || t.startsWith("－－") || t.startsWith("--");
    }

    private boolean isAddressee(Line line) {
        String t = line.text();
        char lastChar = t.charAt(t.length() - 1);
        return (lastChar == '：' || lastChar == ':')
                && line.length() <= MAX_ADDRESSEE
                && t.indexOf('。') < 0 && t.indexOf('，') < 0
                && !hasOrdinal(line)
                && !NOT_ADDRESSEE.matcher(t).find();
    }

    private boolean isClosing(Line line) {
        return line.length() <= MAX_ADDRESSEE && CLOSING.matcher(line.text()).find();
    }

    private boolean hasOrdinal(Line line) {
        return Ordinals.heading(text, line.cs(), line.ce()).isPresent()
                || Ordinals.enumeration(text, line.cs(), line.ce()).isPresent();
    }

    private void add(NodeType type, Line line) {
        out.accept(new Draft(type, line.cs(), line.ce()));
    }
}
