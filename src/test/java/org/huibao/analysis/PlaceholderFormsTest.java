package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.huibao.analysis.SpotProbe.Probe;
import org.huibao.api.SpotKind;
import org.junit.jupiter.api.Test;

/**
 * HB301's space, built from the definition of a placeholder — text that stands for content not yet
 * written — axis by axis: the slot left open (a figure, a person, a unit, a date, a document, a passage),
 * the form a drafter leaves in it (a mask, an empty or a field-naming bracket, underscores, blanks, a
 * template token, a note to a colleague), and the sentence around it. Every form in every slot it fits
 * must be found; the correct sentences of the same frames, and the brackets, letters and symbols edited
 * texts really use, must not be.
 */
class PlaceholderFormsTest {
    /** Sentences with a figure left out: the slot stands before what it counts. */
    private static final String[] FIGURE_FRAMES = {"全年共开展专题培训{}次。", "共计投入资金{}万元。", "覆盖{}个行政村。",
        "同比增长{}%。", "完成率达到{}％。", "培训党员干部{}人次。", "整改问题{}个，均已销号。", "收到信访举报{}件。",
        "争取上级资金{}亿元，新增就业{}人。", "查处违纪案件{}起。", "建成示范点{}处。", "受理群众诉求{}宗，办结率100%。",
        "{}个村完成改造。"};
    /** How a drafter leaves a figure out. */
    private static final String[] FIGURE_MASKS = {"xx", "XX", "××", "ＸＸ", "ｘｘ", "X", "x", "XXX", "x.x", "X.X", "*", "**", "＊＊",
        "○○", "〇〇", "□□", "□", "△△", "■■", "？？", "??", "……", "___", "＿＿", "N", "n", "NN", "#", "◎◎", "※※",
        "【】", "（ ）", "()", "[ ]", "〔 〕", "［］", "｛｝", "{}", "（数字）", "（具体数字）", "【数据】", "（数据待核）", "（待补充）",
        "(TBD)", "（TBD）", "[TODO]", "（待统计）", "（数据待核实）", "【待定】", "{{n}}", "${n}", "<数量>", "＜数量＞", "[数量]",
        "（人数）", "（金额）", "〔数额〕", "（请财务科补充）", "（请办公室核实）",
        // any glyph a drafter types as a fill, alone or repeated
        "▇▇", "▇▇▇", "██", "■■■", "★★", "☆☆", "●●", "◆◆◆", "◇◇", "▲▲", "△△△", "※※※", "？？？", "▇", "█", "■"};
    /** Blank runs where a figure belongs: they are found before a counter, not opening a line. */
    private static final String[] FIGURE_BLANKS = {"  ", "   ", "　", "　　", "\u00A0\u00A0"};

    /** Sentences with a person left out. */
    private static final String[] NAME_FRAMES = {"由{}同志任组长。", "{}书记带队赴基层调研。", "明确{}同志为第一责任人。",
        "联系人：{}，联系电话：12345678。", "由分管副局长{}同志具体负责。"};
    private static final String[] NAME_MASKS = {"XX", "XXX", "××", "×××", "ＸＸＸ", "某某", "*", "**", "＊＊", "○○", "□□", "△△",
        "___", "＿＿", "（姓名）", "【姓名】", "〔姓名〕", "（领导姓名）", "<姓名>", "{{name}}", "${name}", "[姓名]", "（ ）", "【】",
        "（具体人员）", "（责任人）",
        "▇▇▇", "▇", "█", "■■", "★★", "●●", "◆◆", "☆☆☆", "×", "（分管领导姓名）", "（主要负责人姓名）", "【牵头领导姓名】", "[[姓名]]",
        "【【姓名】】", "［［姓名］］", "〖姓名〗", "「姓名」"};

    /** Sentences with a unit or place left out. */
    private static final String[] UNIT_FRAMES = {"{}局党组高度重视。", "赴{}县开展调研。", "{}党委召开专题会议。", "与{}公司签订合作协议。",
        "{}镇积极推进人居环境整治。"};
    private static final String[] UNIT_MASKS = {"XX", "××", "ＸＸ", "X", "x", "某某", "XXX", "xx", "**", "○○", "□□", "（单位名称）",
        "【单位名称】", "<单位>", "[单位]", "{{单位}}", "${unit}", "（ ）", "【】", "＿＿", "___",
        "▇▇", "■■", "◆◆", "●●", "×", "（承办单位名称）", "[[单位名称]]", "〖单位名称〗", "「单位名称」"};

    /** Sentences with a date left out. */
    private static final String[] DATE_FRAMES = {"{}，召开全县动员大会。", "于{}前完成整改。", "会议于{}在县委会议室召开。",
        "截至{}，全部完成。"};
    private static final String[] DATE_MASKS = {"○月○日", "〇月〇日", "X月X日", "x月x日", "XX月XX日", "××月××日", "ｘ月ｘ日", "202X年",
        "20XX年", "20××年", "20xx年", "2024年X月", "2024年XX月XX日", "2024年○月", "○○○○年○月○日", "2024年 月 日",
        "2024年  月  日", "2024年　月　日", "____年__月__日", "＿＿年＿＿月＿＿日", "2024年__月", "YYYY年MM月DD日", "20__年",
        "2024年×月×日", "□月□日", "△月△日", "2024年（ ）月", "（具体时间）", "（日期）", "【时间】", "（时间待定）",
        "2024年X月X日", "2024年6月X日", "2024年6月__日", "2024年6月  日", "202×年",
        // an ordinal of a period left out: 第×季度, 第X批
        "2026年第×季度", "第×季度", "第X季度", "第××季度", "2026年第▇季度"};
    /** A date alone on its line, where a template's signature has it. */
    private static final String[] DATE_LINES = {"年  月  日", "　　年　　月　　日", "    年  月  日", "2024年 月 日", "X年X月X日",
        "二〇二四年  月  日", "○○○○年○○月○○日"};

    /** Sentences about a document left out. */
    private static final String[] DOC_FRAMES = {"根据《{}》要求，我局认真组织实施。", "按照市委办公室{}文件精神。"};
    private static final String[] DOC_MASKS = {"××", "XX", "关于××的通知", "关于XX工作的实施方案", "（文件名称）", "   "};
    private static final String[] NUMBER_MASKS = {"〔2024〕X号", "〔2024〕XX号", "〔2024〕号", "〔20XX〕X号", "〔2024〕 号", "第  号",
        "〔2024〕××号", "〔2024〕__号"};

    /** Notes and field names a drafter leaves in place of a passage, and the sentences around them. */
    private static final String[] PASSAGE_FRAMES = {"全年共办理案件12件{}。", "{}", "主要做法：{}", "一是强化理论武装{}；二是加强队伍建设。"};
    private static final String[] PASSAGE_MASKS = {"（此处补充典型案例）", "【填写具体做法】", "（请补充具体数据）", "（待补充）", "（数据待核）",
        "(TBD)", "(TODO)", "【TODO】", "（请办公室核实）", "（请张主任确认）", "（请财务科补充）", "（此处插入图表）", "（列举2—3个典型事例）",
        "（简述主要成效）", "（典型事例）", "（具体事例）", "（主要做法）", "〔待定〕", "【待核】", "（数字待定）", "（此段可删）",
        "（请核实后填写）", "（注：数据以统计局为准，定稿时删除）", "（内容）", "【具体情况】", "（相关数据）", "（具体内容）", "【简述】",
        "（补充完善）", "（需补充）", "（需核实）", "（待完善）", "【此处待补】", "（请李科长审核确认）", "(待定)", "（XXX）", "（××）",
        "【××】", "（请各科室补充本科室亮点）", "（案例待补）", "【待领导审定】", "（填写）", "〔填〕", "【示例：…】",
        "（请补充2024年数据）", "（数据待财政局提供）", "（请核对数据）",
        // notes to a colleague, by name or title, then what to do to the text
        "（小刘：问题部分再具体些，周书记说要有数字）", "（老王：这段数字再核一下）", "（张科长，此处案例换一个）", "【王主任：成效部分压缩】",
        "（李姐：把去年的数据补上）", "［小陈，标题再斟酌］",
        // review notes on a figure or a wording, and to-dos before the draft goes out
        "（此数据与财务科报表不一致，报出前务必核对）", "（报出前删除）", "（上报前请再核实）", "（数据需再核实）", "（口径务必核对）",
        "（此提法待领导确认）", "（该数字偏低，请再确认）", "（印发前替换为正式文号）", "（此部分待补）",
        // the pairs of a wiki or a template engine
        "[[签名]]", "[[具体做法]]", "【【填写】】", "〖填写主要成效〗", "「填写」", "［签名］", "【盖章】",
        // examples and reviewers' remarks in any bracket; notes on an item or a sentence; to-dos for later; offices addressed
        "（例：召开专题会议3次）", "【修改意见：问题部分写得太虚，再具体些】", "（审稿意见：成效部分数字偏少，请补充）",
        "【批注：请防汛办补充“7·19”转移典型事例】", "（本条可删）", "〔此条是否保留，请办公室斟酌〕", "（此条由就业科补充）",
        "（二选一：为基层减负／基层减负赋能）", "（数据截至11月底，12月数据出来后替换）", "（按时间顺序列举，每条不超过50字）",
        "（省定时限是多少天？请就业科补充）", "（农业站：此段数据年底前补齐）", "（@小吴：场次再跟宣教科对一遍）",
        "（李科长：这个数跟区住建局报的对不上？）", "﹝　﹞", "〘　〙", "『』"};
    /** The same families with no bracket: a note typed as a line, a clause that is only a to-do, a label left empty. */
    private static final String[][] LOOSE = {{"小刘：这段数字再核一下。", "小刘"}, {"张科长，此处案例换一个新的。", "张科长"},
        {"王主任批注：此段压缩到200字以内。", "王主任"}, {"修改意见：问题部分写得太虚，再具体些。", "修改意见"}, {"主要成效：待补。", "待补"},
        {"全年完成投资12亿元，数据待核。", "数据待核"}, {"存在的主要问题：标题待定", "标题待定"}, {"签发人：", "签发人："},
        {"联系人：　　　　　联系电话：", "联系人："}, {"联系人：……，联系电话：12345678。", "……"}, {"由……同志任组长。", "……"},
        {"于……前完成整改。", "……"}, {"共计投入资金_万元。", "_"}, {"2026/X/X，召开动员大会。", "2026/X/X"},
        {"2026-XX-XX，召开动员大会。", "2026-XX-XX"}, {"20　　年，召开动员大会。", "20　　年"}, {"同比下降X‰。", "X"},
        {"招聘会囗场。", "囗"}, {"共口口口口项。", "口口口口"}, {"仅为‗‗%。", "‗‗"}, {"走访···家企业。", "···"},
        {"【三级标题】", "【三级标题】"}, {"（落款单位）", "（落款单位）"}, {"（主送机关）：", "（主送机关）"},
        {"【市名】生态环境局召开专题会议。", "【市名】"}, {"县委副书记、政法委书记〔姓名〕作为第一责任人。", "〔姓名〕"},
        {"『局长姓名』带队赴基层调研。", "『局长姓名』"}};
    /** A bracket naming the count a figure was to give, before that figure's unit. */
    private static final String[] COUNT_NAMES = {"（起数）起", "（人数）人", "（件数）件", "（户数）户", "（个数）个", "（次数）次",
        "（金额）万元", "（比例）%", "【人数】名", "〔数量〕项", "（具体数额）亿元", "（场次数）场"};
    /** A unit left standing after the verb a figure follows, without the figure. */
    private static final String[] UNITS_ALONE = {"签约率[达到%]。", "同比[增长个百分点]。", "[共计万元]。", "[合计亿元]，完成年度目标。",
        "增幅[为％]。", "[占%]，居全市第一。", "[下降个百分点]，降幅收窄。", "[总计万人次]参与。", "覆盖率提高[到%]以上。"};
    /** A blank two full-width spaces wide or more where a clause's object was left out, before its mark. */
    private static final String[] CLAUSE_BLANKS = {"实际[使用　　　　]，完成老旧管网改造42.6公里。", "全年[拨付　　　　]。",
        "其中用于安全[培训    ]，其余用于设备更新。", "累计[完成　　　　]；新增用户1200户。"};

    /** The variables of template engines, in the figure frames: any engine, any casing. */
    private static final String[] TEMPLATE_TOKENS = {"%(n)s", "%(num)d", "%AMOUNT%", "%count%", "<%=count%>", "<%= n %>", "VAR_RATE",
        "VAR_X", "TOTAL_AMOUNT", "FIELD_A1"};
    /** Upper-case field words in a template's brackets, in the date frames. */
    private static final String[] BRACKET_WORDS = {"[DATE]", "【DATE】", "＜DATE＞", "［TIME］", "[MEETING_DATE]"};
    /** A figure half masked or written with zeros or the letter O, in frames where a word comes before the slot. */
    private static final String[] HALF_MASKS = {"N0", "1X", "X0", "ＮＮ0", "00", "ＯＯ", "OO"};
    /** What a word processor writes where a field or a cross-reference shows nothing. */
    private static final String[] WORD_RESIDUE = {"错误！未找到引用源。", "错误!未找到引用源。", "错误！书签未定义。", "错误！超链接引用无效。",
        "单击此处输入文字", "点击或单击此处输入文字", "在此处键入问题标题", "单击此处输入日期", "[批注1：此数与纪委年报不符]", "【批注A2：请核实】"};
    private static final String[] RESIDUE_FRAMES = {"清运处置（详见附表{}），清运量26.4万吨。", "{}", "（一）{}。", "其中第一种形态44人次{}。"};
    /** A heading's number and what a template writes where the heading is still to come. */
    private static final String[] HEADING_NUMBERS = {"（一）", "一、", "1.", "（1）", "2、", "（四）"};
    private static final String[] HEADING_SLOTS = {"二级标题", "小标题二", "三级标题1", "标题3", "待拟。", "标题待定。", "内容待补。", "　　　　。",
        "〔小标题待拟〕", "（标题待拟）", "【三级标题】", "小标题待拟", "待定"};
    /** Notes on the draft after a dash, in a bracket or as a clause of their own. */
    private static final String[][] NOTES = {{"配备率仅为61%——此数为11月底数，年底数出来后替换。", "——此数为11月底数，年底数出来后替换"},
        {"共查处案件12起——请纪检组核实后补上。", "——请纪检组核实后补上"}, {"整改率98%——报出前务必核对。", "——报出前务必核对"},
        {"编印案例汇编（案例数量请纪委核实后补上）。", "（案例数量请纪委核实后补上）"}, {"收集意见12条【数量请办公室确认】。", "【数量请办公室确认】"},
        {"（四）此条由综合部补写。", "此条由综合部补写"}, {"此段请办公室补充。", "此段请办公室补充"}, {"全年发放补贴320万元。此数据待核实。", "此数据待核实"}};
    /** Fields named in a bracket where a unit, a signature or a date's part belongs. */
    private static final String[][] FIELDS = {{"刚才，（发言单位）等3所学校作了交流发言。", "（发言单位）"}, {"刚才，（单位1）、（单位2）作了发言。", "（单位1）"},
        {"县应急管理局（单位简称）坚持以习近平新时代中国特色社会主义思想为指导。", "（单位简称）"}, {"述职人：（签名）", "（签名）"},
        {"2027年（月份）底前建成平台。", "（月份）"}, {"2026年「月份」前补充执法人员。", "「月份」"}, {"2026年【具体月份】底前完成。", "【具体月份】"},
        {"由局长&lt;组长姓名&gt;任组长。", "组长姓名"}, {"清运量【？】万吨。", "【？】"}, {"共整改问题（##）个。", "（##）"},
        {"柳塘街道党工委书记‘’", "‘’"}, {"由局长“”负责。", "“”"}};
    /** Masks in a date's month or day, a signature's name, a table's cell, and a blank before a unit. */
    private static final String[][] SLOTS = {{"2027年?月底前完成。", "?"}, {"2026年1月?日召开。", "?"}, {"2026年11月▢日", "▢"},
        {"2026年◇月完成。", "◇"}, {"2024年Ｍ月，督察组开展督察。", "Ｍ月"}, {"2024年ＭＭ月ＤＤ日", "ＭＭ月"}, {"市教育局党组书记、局长◇◇◇", "◇◇◇"},
        {"县委书记▇▇", "▇▇"}, {"设施蔬菜基地｜3个｜生猪出栏｜　万头｜水产养殖面积｜1500亩", "　万头"},
        {"就业困难人员就业（人）｜4000｜＃＃＃＃｜107.0%", "＃＃＃＃"}, {"新增就业 万人，完成目标的108.4%。", "业 万人"},
        {"投入资金 亿元。", "金 亿元"}, {"有N所学校党组织专题研究不足2次。", "N"}, {"对N家存在问题的机构逐家复查。", "N"},
        {"检查“九小场所”···家。", "···家"}, {"水质优良比例达到00.0%。", "00.0"}, {"拍摄警示教育片ＴＢＤ部。", "ＴＢＤ"}};

    /** Correct sentences of the same frames and the brackets, letters and symbols published texts use. */
    private static final String[] CLEAN = {"全年共开展专题培训12次。", "共计投入资金350万元。", "同比增长6.5%。",
        "由张明同志任组长。", "赴临泉县开展调研。", "2024年6月5日，召开全县动员大会。", "于6月底前完成整改。",
        "根据《关于加强基层治理的实施意见》要求，我局认真组织实施。", "按照市委办公室〔2024〕12号文件精神。",
        "出台《物业管理条例（试行）》。", "全市地区生产总值（GDP）增长5.2%。", "全市规模以上工业增加值（以下简称“规上工业”）增长6%。",
        "完成固定资产投资（含基础设施）120亿元。", "（一）强化组织领导。", "推进“1+N”政策体系建设。", "构建“一核多点N区”发展格局。",
        "配备X射线安检设备3台。", "PM2.5平均浓度下降8%。", "建成5G基站1200个。", "出台“1+X”证书制度试点方案。",
        "“××”式的检查不能代替实地调研。", "坚决杜绝“一刀切”“层层加码”。", "设立X光机和CT设备。", "函数f(x)在区间内单调递增。",
        "依申请公开政府信息23件。", "某单位负责人存在违规问题。", "张某某违规收受礼品。", "第一条　　为了规范管理，制定本办法。",
        "姓  名：王伟", "国务委员　宋　平", "单位：万元", "（单位：万元）", "（数据来源：市统计局）", "（2023年数据）",
        "二〇二四年十二月二十日", "2024年12月20日", "（2024—2025年）", "〔2024〕5号", "（详见附件）", "（具体名单附后）",
        "全年完成各类培训（含线上）3.2万人次。", "城乡居民收入（元）增长6%。", "居民人均可支配收入（元）", "采用A/B两种方案。",
        "实施“十四五”规划。", "召开党组会议12次，研究重大事项36项。", "综合考虑N个因素。", "用好“四下基层”工作法。",
        "人口（万人）", "建设“3+X”产业体系。",
        // 万 and 亿 alone are figures (one 万, one 亿); a percent in a table's heading; ratings and zeros
        "指趣科技等一批企业产值突破亿元。", "持续降低万元生产总值能耗。", "新签约亿元以上项目500个。", "高考录取人数突破万人。",
        "培育万元户120户。", "（单位为%）", "占比（%）", "推荐指数：★★★★", "二○二六年一月十五日", "二〇〇六年", "长×宽×高为3×2×1米。",
        "★重点任务", "● 强化组织领导", "──国民经济保持较快增长。", "━━产业结构调整取得重要进展。", "（小结）", "（小计：12项）", "（主要修订）", "（相应修改）", "（需经本人核实）",
        "（王主任：兼任组长）", "（老旧小区改造）", "姓　　名：王伟", "单位（盖章）",
        // the same words where nothing is left out
        "有下列情形之一的，不得辞去领导职务：", "经过近20年来的努力。", "存在问题有待完善。", "对现症病人实施免费治疗。",
        "同志们，这里我再强调三点。", "附件（略）", "以上数据尚待核实的，以统计部门公布为准。", "人口口径调整。",
        // the same glyphs and words of the new families where nothing is left out
        "（三）标题党问题整治。", "此项工作还需进一步完善。", "| 指标 | 万元 |", "| 产值 | — |", "参考文献：[EB/OL]，[J]。", "详见file_name.pdf。", "数据写入total_amount字段。", "PM_10平均浓度下降8%，SO_2下降5%。",
        "联系邮箱：user_name@163.com。", "打造N个特色产业集群，撬动N支子基金。", "采购N95口罩2万只。", "单位（盖章）", "增长0.0%。",
        "（详见附表1）", "纠正错误认识。", "在此处设立服务站。", "（一）待遇保障。落实补贴12项。", "全年查处案件12起——均已结案。",
        "全面从严治党——永远在路上。", "——四大民生短板加快补齐。", "——这一年，我们全面建成小康社会短板有效补齐。", "——制度仍需完善。", "2026年12月20日", "“十四五”规划", "各类市场主体（含个体工商户）。", "全国有近百 万人参与。"};

    private static final java.util.regex.Pattern SEVERAL = java.util.regex.Pattern.compile("[个家条支项批所座片张套]\\p{IsHan}");

    static List<Probe> probes() {
        List<Probe> out = new ArrayList<>();
        fill(out, FIGURE_FRAMES, FIGURE_MASKS);
        for (String f : FIGURE_FRAMES) {
            if (!f.startsWith("{}")) {
                fill(out, new String[] {f}, FIGURE_BLANKS);
            }
        }
        fill(out, NAME_FRAMES, NAME_MASKS);
        fill(out, UNIT_FRAMES, UNIT_MASKS);
        fill(out, DATE_FRAMES, DATE_MASKS);
        for (String d : DATE_LINES) {
            out.add(Probe.bad(d, d.strip()));
        }
        fill(out, DOC_FRAMES, DOC_MASKS);
        fill(out, new String[] {"按照市委办公室（市委办发{}）文件精神。", "印发{}文件。"}, NUMBER_MASKS);
        fill(out, PASSAGE_FRAMES, PASSAGE_MASKS);
        fill(out, new String[] {"查处违纪案件{}。", "全年发生第三方施工挖断管道事件{}，均已处置。"}, COUNT_NAMES);
        for (String[] marked : new String[][] {UNITS_ALONE, CLAUSE_BLANKS}) {
            for (String m : marked) {
                // [ ] marks what is to be found
                out.add(Probe.bad(m.replace("[", "").replace("]", ""), m.substring(m.indexOf('[') + 1, m.indexOf(']'))));
            }
        }
        fill(out, FIGURE_FRAMES, TEMPLATE_TOKENS);
        fill(out, DATE_FRAMES, BRACKET_WORDS);
        fill(out, new String[] {"全年共开展专题培训{}次。", "共计投入资金{}万元。", "查处违纪案件{}起。", "培训党员干部{}人次。"}, HALF_MASKS);
        fill(out, RESIDUE_FRAMES, WORD_RESIDUE);
        for (String n : HEADING_NUMBERS) {
            for (String h : HEADING_SLOTS) {
                // a heading alone is read as a heading, not a line of text: the slot is followed by a sentence
                String slot = h.startsWith("　") ? "　　　　。" : h.endsWith("。") ? h.substring(0, h.length() - 1) : h;
                out.add(Probe.bad(n + (h.endsWith("。") ? h : h + "。") + "严格落实“三会一课”制度。", slot));
            }
        }
        for (String[][] table : new String[][][] {NOTES, FIELDS, SLOTS}) {
            for (String[] l : table) {
                out.add(Probe.bad(l[0], l[1]));
            }
        }
        for (String[] l : LOOSE) {
            out.add(Probe.bad(l[0], l[1]));
        }
        for (String c : CLEAN) {
            out.add(Probe.ok(c));
        }
        return out;
    }

    /** Each mask in each frame; a second slot in a frame gets a real figure. */
    private static void fill(List<Probe> out, String[] frames, String[] masks) {
        for (String f : frames) {
            for (String m : masks) {
                int at = f.indexOf("{}");
                String text = f.substring(0, at) + m + f.substring(at + 2).replace("{}", "12");
                if (m.equalsIgnoreCase("N") && SEVERAL.matcher(text.substring(at + 1)).lookingAt()) {
                    // N before a measure and a noun inside a sentence is the policy word for "several" (打造N个特色产业集群)
                    out.add(Probe.ok(text));
                    continue;
                }
                if (!text.strip().isEmpty()) {
                    out.add(Probe.bad(text, m.strip().isEmpty() ? m : m.strip()));
                }
            }
        }
    }

    @Test
    void everyFormInEverySlotIsFoundAndCorrectTextIsNot() throws Exception {
        List<String> wrong = SpotProbe.wrong(probes(), SpotKind.PLACEHOLDER);
        assertEquals(List.of(), wrong, wrong.size() + " of " + probes().size() + " probes read wrongly");
    }
}
