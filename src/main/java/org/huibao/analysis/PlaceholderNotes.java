package org.huibao.analysis;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Spot;

/**
 * The placeholders a drafter leaves without a bracket around them: a note to a colleague or a reviewer's
 * remark typed as a line of its own (小刘：这段数字再核一下; 修改意见：问题部分再具体些), a clause that is
 * nothing but a to-do (主要成效：待补。; 数据待核), and a contact or signature label whose value was never
 * typed (签发人：, 联系人：　　　联系电话：, 联系人：……). Brackets are {@link PlaceholderFields}'s.
 *
 * <p>Left alone: a speech's address (同志们，这里我强调…: no colleague by name or title); a shortcoming's own
 * wording (有待完善, 尚待核实: 待 after a word); a label at the end of a line that introduces a list
 * (有下列情形之一的，不得辞去领导职务：).
 */
final class PlaceholderNotes {
    /** Someone on the drafting team addressed by name or title: 小刘, 老王, 张科长, 王主任, 李姐, 陈总. */
    static final String COLLEAGUE = "@?(?:[小老](?![结计组型微])[\\p{IsHan}]|[\\p{IsHan}]{1,3}(?:科长|主任|处长|书记|局长|部长|经理|老师|股长"
            + "|所长|站长|队长|秘书|姐|哥|总|工|科)"
            // or an office of the unit asked to fill in: （农业站：此段数据年底前补齐）
            + "|[\\p{IsHan}]{1,5}(?:站|办|科|股|室|中心))";
    /** What a note asks to be done to the text. */
    static final String EDITS = "(?:再|改|补|删|核|具体|精简|压缩|调整|完善|充实|细化|数字|数据|加上|增加|写|换|确认|斟酌|统一|润色|去掉|展开"
            + "|对不上|不一致|不符|不一样|对一遍|要不要|是否保留|对齐|沟通|商量|对接)";
    /** How a reviewer's remark is labelled when it is not addressed to anyone by name. */
    private static final String REMARK = "(?:批注|修改意见|审稿意见|审改意见|修改建议|编辑意见|审核意见|领导批注|审阅意见)";
    /** Words by which a note points at the draft: this paragraph, this figure, the heading, this part. */
    private static final String DRAFT = "(?:这段|此段|该段|本段|上段|下段|这部分|此部分|该部分|这一部分|这里|此处|这句|此句|这个数|此数|该数|这组数"
            + "|标题|这一节|此节|这个案例|此案例|字数|篇幅|全文|这几段|以上内容|上述数据|部分)";
    /**
     * A line that is a note on the draft: a colleague or a remark's label, a colon or a comma, then the
     * draft pointed at and what to do to it (the note of a line, not of a bracket: （小刘：…） is the bracket's).
     */
    private static final Pattern NOTE_LINE = Pattern.compile(
            "^[ \\u3000]*(?:" + COLLEAGUE + "(?:批注|批|意见|留言|备注)?|" + REMARK + ")[：:，,](?=.{0,40}" + DRAFT + ").{0,40}" + EDITS + ".*");
    /**
     * A clause that is nothing but a to-do, after a label's colon, a comma or a stop: 主要成效：待补。, …，数据待核。
     * (待补充, 待填 are the mask pattern's wherever they stand).
     */
    private static final Pattern PENDING_CLAUSE = Pattern.compile(
            "(?<=^|[：:，,。；;])[ \\u3000]*(?:(?:数据|数字|金额|案例|事例|内容|具体数据|具体数字|典型案例|名单)?待(?:补|核|核实|完善|确认|更新|统计|提供|核对)(?!充)"
            // 标题待定, 小标题待拟: a heading still to write
            + "|(?:标题|小标题|题目)待(?:定|拟|补))(?=[ \\u3000]*(?:$|[。；;，,]))");
    /** Labels of a contact or a signature block, whose value is a name, a number or a date. */
    private static final String LABELS = "(?:联系人|联系电话|电话|手机|传真|邮箱|电子邮箱|负责人|签发人|报告人|填报人|审核人|审批人|经办人|起草人|核稿人"
            + "|撰稿人|填报单位|报送单位|填报日期|报送日期|报告日期|填报时间|姓名|职务|日期|时间|地点|单位)";
    /**
     * Such a label with no value: nothing to the line's end (签发人：), blanks up to the next label (联系人：　　　
     * 联系电话：), or a filler (联系人：……，, 电话：——). The label opens the line or follows blanks or a comma;
     * a bare 日期, 时间, 单位… only before another label, where a form's row shows it.
     */
    private static final Pattern EMPTY_LABEL = Pattern.compile(
            "(?<=^|[ \\u3000\\u00A0，,；;])(" + LABELS + ")[：:](?:([ \\u3000\\u00A0]*)(?=$)|[ \\u3000\\u00A0]{2,}(?=\\p{IsHan}{1,6}[：:])"
            + "|[ \\u3000\\u00A0]*(?:…{1,2}|—{2}|[？?]{1,3}|[.．]{3,6})(?=[ \\u3000\\u00A0]*(?:$|[，,。；;]|\\p{IsHan}{1,6}[：:])))");
    /**
     * Such a label whose value is still the template's name of the field (报告单位：单位名称, 填报人：姓名, 日期：
     * 日期, 电话：电话号码) or an anonymous 某 (单位：某单位): group 2 is the value. Only the whole value, up to
     * the line's end, a mark or the next label, so 时间、地点 in a list of items is no value.
     */
    private static final Pattern FIELD_VALUE = Pattern.compile(
            "(?<=^|[ \\u3000\\u00A0，,；;])((?:报告|汇报|发文|主办|承办|牵头|责任|述职)?" + LABELS + "|汇报人|述职人|发言人)[：:][ \\u3000\\u00A0]*(单位名称|单位全称|姓名|名字|日期|年月日|电话号码|联系电话|电话"
            + "|手机号码|手机号|职务|地址|某(?:单位|部门|公司|局|县|市|区|镇|乡|村))(?=[ \\u3000\\u00A0]*(?:$|[，,。；;]|\\p{IsHan}{1,6}[：:]))");
    /**
     * A signature block still the template's: a date line of 年月日 alone (年月日, 2026年月日 is PlaceholderBlanks'),
     * and a field's name before where the seal goes (单位名称（盖章）).
     */
    private static final Pattern SIGNATURE_FIELD = Pattern.compile(
            "^[ \\u3000]*(?:(年[ \\u3000]*月[ \\u3000]*日)|(单位名称|单位全称|落款单位|发文机关|机关名称)(?=[ \\u3000]*[（(](?:盖章|签章|公章)[)）]))[ \\u3000]*(?:[（(](?:盖章|签章|公章)[)）][ \\u3000]*)?$");
    /** The labels only a contact or a signature block has, which may end a line with nothing after them. */
    private static final Pattern SIGNING_LABEL = Pattern.compile(
            "联系人|联系电话|签发人|报告人|填报人|审核人|经办人|起草人|核稿人|撰稿人|填报日期|报送日期|报告日期");

    private PlaceholderNotes() {
    }

    static void find(LineContext c, List<Spot> out) {
        String t = c.text();
        if (t.indexOf('：') >= 0 || t.indexOf(':') >= 0 || t.indexOf('，') >= 0 || t.indexOf(',') >= 0) {
            Matcher note = NOTE_LINE.matcher(t);
            if (t.length() <= 80 && note.matches()) {
                int from = 0;
                while (from < t.length() && " \u3000".indexOf(t.charAt(from)) >= 0) {
                    from++;
                }
                Placeholders.addNew(c, out, from, t.stripTrailing().length());
                return;
            }
        }
        if (t.length() <= 20 && (t.indexOf('日') >= 0 || t.indexOf('章') >= 0)) {
            Matcher f = SIGNATURE_FIELD.matcher(t);
            if (f.matches()) {
                int g = f.start(1) >= 0 ? 1 : 2;
                Placeholders.addNew(c, out, f.start(g), f.end(g));
            }
        }
        if (t.indexOf('待') >= 0) {
            Matcher m = PENDING_CLAUSE.matcher(t);
            while (m.find()) {
                int from = m.start();
                while (" \u3000".indexOf(t.charAt(from)) >= 0) {
                    from++;
                }
                Placeholders.addNew(c, out, from, m.end());
            }
        }
        if (t.indexOf('：') >= 0 || t.indexOf(':') >= 0) {
            Matcher v = FIELD_VALUE.matcher(t);
            while (v.find()) {
                Placeholders.addNew(c, out, v.start(2), v.end(2));
            }
            Matcher m = EMPTY_LABEL.matcher(t);
            while (m.find()) {
                boolean atEnd = m.group(2) != null;
                // 时间：, 地点： ending a line may head what the next lines give; a signature's labels do not
                if (!atEnd || SIGNING_LABEL.matcher(m.group(1)).matches()) {
                    Placeholders.addNew(c, out, m.start(), m.end());
                }
            }
        }
    }
}
