package org.huibao.analysis;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a template gives the fields it leaves for the writer: a listed name (单位名称, 姓名), a name
 * built from a verb, a count and a kind of content (列举2—3个典型事例, 主要做法), a role (讲话人), or a short
 * phrase ending on a field word (责任人姓名). A field name names a <em>kind</em> of content rather than
 * content, which is how a bracket holding one is told from a bracket of the text.
 */
final class FieldNames {
    /** Field names a template puts in brackets for the writer to replace: （单位名称）, 〔姓名〕, （具体时间）. */
    static final Set<String> FIELDS = Set.of("单位名称", "单位全称", "部门名称", "机关名称", "公司名称",
        "企业名称", "项目名称", "会议名称", "活动名称", "文件名称", "文件标题", "姓名", "人名", "名字", "职务",
        "职务姓名", "姓名职务", "领导姓名", "时间", "日期", "年份", "月份", "地点", "金额", "数额", "数字", "人数",
        "次数", "百分比", "文号", "编号", "联系人", "联系电话", "具体内容", "具体事项", "具体数据", "具体措施",
        "具体做法", "具体问题", "具体名称", "具体单位", "人员", "具体人员", "相关人员", "责任人", "负责人", "责任单位",
        "签名", "签字", "盖章", "签章");
    /**
     * A field name built as a drafter builds one, from what the writer is to do, how many, which, and the kind
     * of content: （列举2—3个典型事例）, 【简述主要成效】, （具体情况）, （相关数据）, 【主要做法】. Group 1 is the
     * kind alone (（内容）, （情况）), which a text may also put after a noun as a gloss.
     */
    private static final Pattern KIND = Pattern.compile(
            "(?:(?:列举|简述|概述|填写|填入|补充|写明|注明|列出|描述|插入|添加|说明|简要说明|简要介绍)"
            + "(?:[0-9一二三两几]+(?:[—\\-－～~至到][0-9一二三两几]+)?[个条项件例])?)?"
            + "(?:具体|主要|相关|典型|实际|详细|有关|重要|工作|单位|部门|项目|本单位|本部门|本科室|本地|特色|亮点)*"
            + "(名称|单位|姓名|时间|日期|金额|数字|数据|内容|情况|事例|案例|做法|成效|措施|问题|经验|举措|亮点|成果|数额|人数|次数|比例"
            + "|地点|职务|人员|事项|事迹|效果|原因|图表|照片|图片|责任人|负责人|联系人)?");
    /** The verbs of {@link #KIND} alone: 【简述】, （列举）. */
    private static final Set<String> KIND_VERBS = Set.of("简述", "概述", "列举", "描述", "简要说明", "简要介绍");
    /** Prefixes a field name may carry: （具体时间）, （填写单位名称）. */
    private static final String[] FIELD_PREFIXES = {"具体", "实际"};
    /** Endings of a field that names whose name or which unit's name is wanted: （分管领导姓名）, （牵头单位全称）. */
    static final String[] NAME_ENDS = {"姓名", "名称", "全称", "名字", "简称"};
    /** Endings of a field name: ＜报送单位＞, 【责任人姓名】, ［完成时间］. */
    private static final String[] FIELD_ENDS = {"单位", "名称", "姓名", "时间", "日期", "金额", "数额", "数量", "人数", "次数",
        "地点", "职务", "电话", "文号", "编号", "内容", "事项", "数据", "案例", "措施", "做法", "成效", "问题", "签名", "签字", "盖章",
        "签章", "简称", "主送机关", "落款单位", "月份", "年份", "县名", "市名", "区名", "镇名", "乡名", "村名", "省名", "局名",
        "单位名", "小标题", "级标题", "标题"};

    private FieldNames() {
    }

    /** A field name, with an instruction or a prefix before it, or an instruction with anything after it. */
    static boolean field(String inside) {
        String s = inside;
        // a note for the writer stands where the field is, whatever field it is
        if (DraftNotes.forWriter(s)) {
            return true;
        }
        Matcher kind = KIND.matcher(s);
        if (KIND_VERBS.contains(s) || kind.matches() && kind.group(1) != null) {
            return true;
        }
        for (String p : FIELD_PREFIXES) {
            if (s.startsWith(p) && s.length() > p.length()) {
                s = s.substring(p.length());
                break;
            }
        }
        return FIELDS.contains(s);
    }

    /**
     * A role named by what its holder does: a verb of two or three characters and 人 (讲话人, 经办人, 填报人, 审核人);
     * the dictionary's own words of that shape name parties of a procedure (当事人 is no verb's 人) and are read
     * by the field list where a template writes them.
     */
    static boolean roleName(String inside) {
        int n = inside.length();
        return (n == 3 || n == 4) && inside.charAt(n - 1) == '人' && Han.is(inside.charAt(0)) && Segmenter.verb(inside.substring(0, n - 1));
    }

    /** A kind of content named alone: （内容）, （情况）, （数据）. */
    static boolean bareKind(String inside) {
        Matcher m = KIND.matcher(inside);
        return m.matches() && m.group(1) != null && m.group(1).length() == inside.length();
    }

    /**
     * A field name in a bracket no text puts its own words in (【】, ＜＞, ［］, 〔〕): a short phrase ending on
     * a field word, or an example or a note for the writer (【示例：…】, 【例如…】, 【注：…】).
     */
    static boolean fieldLike(String inside) {
        if (DraftNotes.note(inside)) {
            return true;
        }
        if (inside.length() > 8 || inside.isEmpty() || !Han.is(inside.charAt(0))) {
            return false;
        }
        for (String e : FIELD_ENDS) {
            if (inside.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** A field's name ending as a field's does (【责任人姓名】, ＜报送单位＞) or naming whose name is wanted. */
    static boolean namesField(String s) {
        return fieldLike(s) || s.length() >= 3 && s.length() <= 10 && Han.is(s.charAt(0)) && Adjacent.endsWithAny(s, NAME_ENDS);
    }
}
