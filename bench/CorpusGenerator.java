/*
 * CorpusGenerator — writes a corpus of synthetic but realistic Chinese work reports for the benchmark.
 *
 *   java bench/CorpusGenerator.java OUT_DIR COUNT [--size BYTES | --sizes MIN-MAX] [--seed N] [--start I]
 *
 * Writes OUT_DIR/hb-NNNNNN.txt (UTF-8, one paragraph a line, as Word saves text) and OUT_DIR/manifest.tsv
 * (huibao ignores .tsv files) with one line per report:
 *
 *   file  bytes  chars  genre  variant  expect
 *
 * variant is "complete" (all three required elements, no planted defect: huibao should pass it), one of
 * the missing-element variants (no-leadership, no-shortcomings, no-next-steps) or a planted defect
 * (placeholder, doubled, halfwidth, skipped-level, request, booktitle); expect is the rule id that
 * variant must trigger. About 65 % of the reports are complete, 15 % miss an element, 20 % carry a defect.
 *
 * Sizes: --size BYTES makes every report about BYTES long (UTF-8 bytes, within a few hundred bytes);
 * --sizes MIN-MAX draws each size uniformly from [MIN, MAX] (suffix K for 1024: --sizes 2K-25K). Default
 * 8K. A report is built from its fixed parts first (title, addressee, intro, leadership, shortcomings,
 * next steps, closing, signature); then achievement items are added until it reaches its size. The
 * shortcomings part grows with the report, so that it stays above the content-balance share (HB105).
 * Reports under 4 KB are compact (one-sentence items, two problems, two measures) to get down to 2 KB.
 *
 * Deterministic: report I depends only on the seed, I and the size options, so a corpus of 10,000
 * starts with the same 2,000 reports as a corpus of 2,000 with the same options. --start I numbers the
 * first report I (to write a second, different half of a corpus into another folder).
 *
 * Every sentence below is written for this generator (none is copied from real documents). Slots in
 * braces are filled at random: {n} 2–29, {k} 2–9, {t} 12–89, {N} 120–2999, {p} a percentage, {m} a month,
 * {d} a day, {Y} the report's year, {Y1} the next year, {biz}/{biz2} business of the unit, {doc} a document
 * title, {dept} an office of the unit, {place} a place of work.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

public class CorpusGenerator {

    // ---- data tables -------------------------------------------------------------------------------

    /** A unit: its name and the business its reports talk about. */
    record Unit(String name, String[] biz) {}

    static final Unit[] UNITS = {
        new Unit("市水务局", new String[] {"防汛保安", "城乡供水", "河湖治理", "水资源管理", "农村饮水安全"}),
        new Unit("县市场监管局", new String[] {"食品安全监管", "特种设备安全", "经营主体培育", "知识产权保护", "价格监督检查"}),
        new Unit("区教育局", new String[] {"义务教育优质均衡", "课后服务", "校园安全", "教师队伍建设", "学前教育普惠发展"}),
        new Unit("市自然资源和规划局", new String[] {"国土空间规划", "耕地保护", "不动产登记", "地质灾害防治", "土地供应"}),
        new Unit("县交通运输局", new String[] {"农村公路建设", "道路运输管理", "城乡客运一体化", "交通项目建设", "公路养护"}),
        new Unit("市生态环境局", new String[] {"大气污染防治", "水污染防治", "环境执法", "固体废物管理", "生态环境监测"}),
        new Unit("区卫生健康委", new String[] {"基层医疗卫生服务", "公共卫生", "家庭医生签约", "医疗质量管理", "老年健康服务"}),
        new Unit("县农业农村局", new String[] {"粮食生产", "高标准农田建设", "农村人居环境整治", "农产品质量安全", "乡村产业发展"}),
        new Unit("市住房和城乡建设局", new String[] {"老旧小区改造", "建筑施工安全", "保障性住房建设", "城市更新", "物业服务管理"}),
        new Unit("区人力资源和社会保障局", new String[] {"稳岗就业", "社会保险扩面", "劳动保障监察", "技能人才培养", "人事考试"}),
        new Unit("县文化和旅游局", new String[] {"公共文化服务", "文物保护利用", "全域旅游", "文化市场管理", "群众文化活动"}),
        new Unit("市应急管理局", new String[] {"安全生产监管", "应急救援能力建设", "自然灾害防治", "危险化学品监管", "应急物资储备"}),
        new Unit("区商务局", new String[] {"招商引资", "消费市场促进", "外贸稳增长", "商贸流通", "电子商务发展"}),
        new Unit("市财政局", new String[] {"预算管理", "国有资产管理", "政府采购监管", "财政资金直达", "债务风险防控"}),
        new Unit("县林业局", new String[] {"森林防火", "国土绿化", "林长制", "野生动物保护", "林下经济"}),
        new Unit("市医疗保障局", new String[] {"医保基金监管", "医保经办服务", "药品集中带量采购", "异地就医结算", "医疗救助"}),
        new Unit("区城市管理局", new String[] {"市容环境整治", "垃圾分类", "城市照明维护", "违法建设治理", "燃气安全"}),
        new Unit("市司法局", new String[] {"公共法律服务", "人民调解", "普法宣传", "行政复议", "社区矫正"}),
        new Unit("县退役军人事务局", new String[] {"退役军人就业创业", "优抚安置", "褒扬纪念", "服务站点建设", "困难帮扶"}),
        new Unit("市机关事务管理局", new String[] {"公共机构节能", "公务用车管理", "办公用房管理", "机关后勤保障", "会议服务"}),
        new Unit("区科技局", new String[] {"科技型企业培育", "研发平台建设", "科技成果转化", "科技人才引进", "科学普及"}),
        new Unit("县民政局", new String[] {"养老服务", "社会救助", "婚姻登记", "社区治理", "儿童福利"}),
        new Unit("市统计局", new String[] {"统计调查", "经济普查", "统计数据质量", "统计执法", "统计分析服务"}),
        new Unit("区政务服务中心", new String[] {"一网通办", "营商环境优化", "帮办代办", "政务窗口服务", "数据共享"}),
    };

    static final String[] CITY = {"江城", "云州", "临川", "青阳", "安平", "河西", "东川", "平湖", "南屿", "石门", "白沙", "兴宁"};
    static final String[] NAMES = {"张伟", "李敏", "王强", "刘洋", "陈静", "杨帆", "赵磊", "周洁", "吴昊", "孙悦", "郑凯", "冯雪"};
    static final String[] POSTS = {"党组书记、局长", "党组副书记、副局长", "党组成员、副局长", "机关党委书记", "党组书记、主任"};
    static final String[] DEPTS = {"办公室", "机关党委", "组织人事处", "政策法规科", "机关纪委", "综合科", "规划财务科", "宣传科"};
    static final String[] PLACES = {"乡镇站所", "基层一线", "项目现场", "服务窗口", "社区网格", "企业车间", "村组农户"};
    /** the unit's own rules and plans ({doc}) and what its members read ({book}) */
    static final String[] DOCS = {
        "关于加强机关党的建设的实施意见", "党支部标准化规范化建设工作手册", "{Y}年度党建工作要点",
        "党员教育管理工作办法", "廉政风险防控工作规程", "意识形态工作责任制实施细则", "机关作风建设十项措施",
        "“三会一课”制度实施办法", "干部教育培训规划", "入党积极分子培养考察办法", "谈心谈话制度",
        "政务公开工作规范", "调查研究工作制度", "{biz}工作规程", "{biz}廉政风险防控手册",
    };
    static final String[] BOOKS = {
        "习近平著作选读", "中国共产党纪律处分条例", "中国共产党支部工作条例（试行）", "习近平谈治国理政",
        "论党的自我革命", "中国共产党章程", "关于新时代加强机关青年工作的意见", "中国共产党廉洁自律准则",
    };

    /** An achievement theme: level-2 headings, level-3 item heads, and sentences. */
    record Theme(String[] headings, String[] items, String[] sentences) {}

    static final Theme[] THEMES = {
        new Theme(new String[] {"强化理论武装，筑牢思想根基", "坚持学思践悟，提升政治能力", "抓实理论学习，凝聚思想共识"},
            new String[] {"抓好中心组学习", "落实“第一议题”制度", "开展专题读书班", "推进青年理论学习", "丰富学习载体"},
            new String[] {
                "党组理论学习中心组全年开展集体学习{n}次，其中专题研讨{k}次，班子成员每人撰写研讨材料{k}篇。",
                "坚持把学习习近平总书记重要讲话精神作为党组会议第一议题，全年传达学习{t}次，形成贯彻落实措施{n}条。",
                "举办专题读书班{k}期，组织党员干部逐章研读《{book}》，参学人员{N}人次。",
                "青年理论学习小组开展“青年说”分享活动{n}场，35岁以下党员干部全部参加。",
                "依托学习强国、干部网络学院等平台开展线上学习，党员人均学习时长达到{t}学时。",
                "组织党员到革命纪念馆、廉政教育基地开展现场教学{k}次，参加党员{N}人次。",
                "围绕{biz}开展“学理论、解难题”研讨交流{k}次，推动学习成果转化为工作思路。",
                "编印学习资料汇编{k}册，分发到各支部和全体党员，做到学习资料人手一册。",
            }),
        new Theme(new String[] {"夯实基层基础，建强战斗堡垒", "推进支部建设，提升组织力", "规范组织生活，激发支部活力"},
            new String[] {"规范支部设置", "严格组织生活", "加强党员管理", "抓好发展党员", "推进标准化建设"},
            new String[] {
                "完成{k}个基层党支部按期换届，选优配强支部书记{k}名，支部委员{t}名。",
                "全年发展党员{k}名，确定入党积极分子{n}名，全部按程序完成培养考察。",
                "各支部全年召开支部委员会{t}次、党员大会{n}次，讲授专题党课{n}次，台账全部实现电子化管理。",
                "开展主题党日活动{t}次，组织党员到{place}开展志愿服务{N}人次。",
                "对照《{doc}》开展支部达标创建，{k}个支部通过验收，评选示范支部{k}个。",
                "按时足额收缴党费{N}元，组织关系转接全部在网上完成，党员信息采集准确率达到{p}%。",
                "组织支部书记参加集中轮训{k}期，培训{t}人次，考试合格率100%。",
                "开展谈心谈话{N}人次，走访慰问生活困难党员和老党员{t}名，发放慰问金{N}元。",
            }),
        new Theme(new String[] {"严明纪律规矩，推进党风廉政建设", "深化正风肃纪，营造清朗生态", "抓好廉政教育，筑牢拒腐防线"},
            new String[] {"深化廉政风险防控", "开展警示教育", "纠治“四风”", "加强日常监督", "推进廉洁文化建设"},
            new String[] {
                "对工程招投标、资金拨付、行政审批等环节开展廉政风险排查，梳理风险点{t}个，制定防控措施{t}条。",
                "召开警示教育大会{k}次，组织观看警示教育片{k}部，受教育党员干部{N}人次。",
                "严格执行中央八项规定及其实施细则精神，“三公”经费支出较上年下降{p}%。",
                "在元旦、春节、中秋、国庆等节点开展明察暗访{k}轮，发送廉政提醒短信{N}条。",
                "对新提拔干部开展任前廉政谈话{n}人次，对重点岗位人员开展提醒谈话{t}人次。",
                "举办廉洁文化作品征集展示活动，收到书法、摄影、微视频作品{t}件，评选优秀作品{n}件。",
                "修订《{doc}》，把廉政要求嵌入{biz}各个环节，实现制度化、流程化管理。",
                "组织党员干部家属参加家庭助廉活动{k}场，签订家庭助廉承诺书{N}份。",
            }),
        new Theme(new String[] {"转变工作作风，提升服务效能", "坚持为民服务，办好民生实事", "深化作风建设，推动担当作为"},
            new String[] {"开展调查研究", "办好民生实事", "优化服务流程", "推行服务承诺", "畅通诉求渠道"},
            new String[] {
                "班子成员围绕{biz}确定调研课题{k}个，深入{place}开展调研{t}次，形成调研报告{k}篇。",
                "确定为民办实事项目{k}项，已全部办结，惠及群众{N}人次。",
                "推行{biz}事项“一次办”，办理时限平均压缩{p}%，群众满意率达到{p}%。",
                "开通服务热线和网上留言渠道，全年受理群众诉求{N}件，按期办结{N}件。",
                "组织党员干部下沉{place}，帮助群众和企业办成实事{t}件，收到感谢信{n}封。",
                "开展“局长走流程”活动{k}次，班子成员以办事人身份体验{biz}办理全过程，优化环节{n}个。",
                "精简会议文件，全年发文数量较上年减少{p}%，会议数量减少{p}%。",
                "建立重点任务清单化推进机制，{t}项年度重点任务按期完成{t}项。",
            }),
        new Theme(new String[] {"推动融合发展，服务中心大局", "聚焦主责主业，以党建促业务", "发挥党员作用，助力高质量发展"},
            new String[] {"打造党建品牌", "组建党员突击队", "设立党员责任区", "开展岗位建功", "推进重点项目"},
            new String[] {
                "围绕{biz}组建党员突击队{k}支，参与攻坚任务{N}人次，按期完成年度目标。",
                "在{biz}一线设立党员示范岗{n}个、党员责任区{n}个，推动党员亮身份、作表率。",
                "打造“{city}先锋”党建品牌，{k}个支部品牌项目入选全市机关党建优秀案例。",
                "开展“党建+{biz}”联建共建，与{k}个乡镇、社区党组织结对共建，共办实事{t}件。",
                "{biz}主要指标全面完成，其中{biz2}相关指标较上年增长{p}%。",
                "推动{biz}项目提前{t}天完工，新增服务对象{N}户。",
                "组织党员开展技能比武和岗位练兵{k}场，参赛{N}人次，评选业务标兵{n}名。",
                "完成{biz2}专项行动，累计投入资金{N}万元，惠及群众{N}户。",
            }),
        new Theme(new String[] {"守好意识形态阵地，加强宣传引导", "加强宣传思想工作，讲好部门故事", "做好舆论引导，凝聚奋进力量"},
            new String[] {"加强阵地管理", "做好新闻宣传", "推进政务公开", "开展网评引导", "强化舆情应对"},
            new String[] {
                "每半年专题分析研判意识形态形势，全年研判{k}次，形成研判报告{k}份。",
                "门户网站和政务新媒体全年发布信息{N}条，阅读量累计{N}万次。",
                "在市级以上媒体刊发{biz}相关稿件{t}篇，其中省级以上媒体{n}篇。",
                "对讲座、论坛、报告会实行“一会一报”管理，全年审核{t}场次。",
                "建立舆情监测和快速响应机制，全年妥善处置网络舆情{k}起，回应群众关切{t}条。",
                "组织网评员队伍开展正面宣传和网络引导，发布原创评论{N}条。",
                "主动公开{biz}政策文件{t}件，开展政策解读{n}次，办理依申请公开{n}件。",
            }),
        new Theme(new String[] {"加强干部队伍建设，锻造过硬队伍", "坚持严管厚爱，激励担当作为", "抓好教育培训，提升履职本领"},
            new String[] {"选优配强干部", "加强教育培训", "推进轮岗交流", "完善考核评价", "关心关爱干部"},
            new String[] {
                "选拔任用科级干部{n}名，其中35岁以下年轻干部{k}名，干部队伍结构持续优化。",
                "举办{biz}业务培训班{k}期，培训干部职工{N}人次，参训率达到{p}%。",
                "推进干部轮岗交流{t}人次，选派{k}名干部到{place}挂职锻炼。",
                "修订平时考核办法，季度考核结果与年度考核、评先评优挂钩，评定优秀等次{t}人。",
                "落实容错纠错和澄清正名机制，为{k}名受到不实举报的干部澄清正名。",
                "组织干部职工开展健康体检，举办文体活动{n}场，参与{N}人次。",
                "实施青年干部“导师帮带”计划，{t}名青年干部与业务骨干结对。",
            }),
        new Theme(new String[] {"完善制度机制，推进规范管理", "健全工作机制，提高治理效能", "抓好制度建设，推动依法行政"},
            new String[] {"健全制度体系", "规范权力运行", "推进依法行政", "加强内部控制", "提升信息化水平"},
            new String[] {
                "新制定和修订内部管理制度{t}项，汇编成册下发各科室和基层单位。",
                "梳理权力事项{N}项，编制权力运行流程图{t}张，全部在门户网站公开。",
                "落实重大行政决策合法性审查，全年审查规范性文件{n}件、合同{t}份。",
                "推进{biz}信息系统建设，{t}项业务实现网上办理，网办率达到{p}%。",
                "开展内部控制评价，完善预算、采购、资产等关键环节控制措施{t}条。",
                "组织{biz}领域行政执法案卷评查{k}次，评查案卷{t}卷，优良率达到{p}%。",
                "建立周调度、月通报工作机制，全年编发工作简报{t}期、督办通知{n}份。",
            }),
        new Theme(new String[] {"加强群团统战工作，汇聚发展合力", "发挥群团组织作用，凝聚干部职工", "做好群团工作，激发队伍活力"},
            new String[] {"做好工会工作", "加强青年工作", "发挥妇委会作用", "做好统战工作", "开展志愿服务"},
            new String[] {
                "工会组织开展职工运动会、读书会等活动{n}场，参与干部职工{N}人次。",
                "团支部组织青年志愿者开展服务活动{t}次，服务时长累计{N}小时。",
                "妇委会开展“巾帼建功”活动，{k}名女干部获评市级先进个人。",
                "召开党外人士座谈会{k}次，听取意见建议{t}条，已全部研究办理。",
                "组建“{city}红”志愿服务队{k}支，在{place}开展志愿服务{t}次。",
                "走访慰问一线职工{N}人次，发放慰问物资折合{N}元。",
            }),
        new Theme(new String[] {"推进精神文明建设，培育良好风尚", "深化文明创建，提升机关形象", "弘扬先进典型，营造比学赶超氛围"},
            new String[] {"深化文明创建", "选树先进典型", "弘扬传统美德", "推进书香机关建设", "开展节日活动"},
            new String[] {
                "深化文明单位创建，{k}个基层单位获评市级文明单位。",
                "选树先进典型{t}名，举办先进事迹报告会{k}场，受教育干部职工{N}人次。",
                "开展“我们的节日”主题活动{n}场，参与群众{N}人次。",
                "建设职工书屋{k}个，新增图书{N}册，开展读书分享活动{n}次。",
                "开展文明礼仪培训{k}期，窗口服务人员全部参训。",
                "组织“最美{biz}人”评选，{t}名干部职工受到表彰。",
            }),
    };

    /** The leadership part (组织领导): its headings and sentences. */
    static final String[] LEAD_HEADINGS = {
        "加强组织领导，压紧压实管党治党责任", "强化组织领导，扛牢主体责任", "健全领导机制，层层传导压力",
        "高度重视，精心部署", "落实主体责任，健全责任体系",
    };
    static final String[] LEAD_ITEMS = {"健全责任体系", "落实“一岗双责”", "强化统筹调度", "完善考核机制"};
    static final String[] LEAD_SENTENCES = {
        "年初成立由党组书记任组长、其他党组成员任副组长的党建工作领导小组，下设办公室负责日常工作。",
        "党组书记认真履行第一责任人职责，全年主持召开党组会议专题研究部署党建工作{n}次。",
        "制定《{Y}年度全面从严治党主体责任清单》，将{t}项任务分解到{k}个科室和{n}个基层党支部。",
        "班子成员严格落实“一岗双责”，每人联系{k}个基层党支部，全年到联系点指导工作{t}次。",
        "党组每季度听取{k}个基层党支部工作汇报，对{biz}重点任务逐项明确责任领导和完成时限。",
        "与各支部书记签订党建工作目标责任书{n}份，把考核结果与干部评先评优挂钩。",
        "年底组织全部基层党支部书记开展抓党建工作述职评议，评定“好”等次{k}个、“较好”等次{k}个。",
        "党组书记带头讲授专题党课{k}次，带队到{place}督导党建工作{k}次。",
    };

    /** Shortcomings (存在的问题): a headline and its specifics. */
    static final String[][] PROBLEMS = {
        {"理论学习与业务工作结合不够紧密", "部分支部学习以传达文件为主，围绕{biz}难题开展研讨较少，全年{n}个支部中仅有{k}个形成了有分量的调研成果。"},
        {"基层党支部建设不够均衡", "{place}的{k}个支部党员平均年龄超过50岁，近3年未发展新党员，组织生活形式比较单一。"},
        {"作风建设仍有薄弱环节", "个别干部调查研究不深入，{biz}有{k}个项目因前期论证不充分出现较大调整，影响了推进进度。"},
        {"党建与业务融合不够深入", "一些支部开展活动与{biz}结合不紧，存在“两张皮”现象，党建品牌的带动作用发挥不充分。"},
        {"干部队伍结构不够合理", "全局干部平均年龄{t}岁，{biz2}等专业岗位人才储备不足，{k}个科室存在一人多岗情况。"},
        {"制度执行还不够严格", "部分制度修订后宣传培训不到位，抽查{t}份台账中有{k}份记录不规范、签字不完整。"},
        {"意识形态工作压力传导不够到位", "个别支部对网络舆情研判不及时，{biz}相关信息发布审核把关不够严格。"},
        {"服务群众的精准度还不够高", "{biz}事项办理中仍有{k}类材料需要群众重复提交，网上办理的便捷程度与群众期待还有差距。"},
        {"廉政风险防控存在短板", "对{biz2}等领域新出现的风险点排查不够及时，{k}个环节的防控措施还比较笼统。"},
        {"青年干部培养力度还不够大", "35岁以下干部参与重大任务的比例偏低，{k}名青年干部近两年未参加系统培训。"},
        {"统筹推进能力有待提升", "年度{t}项重点任务中有{k}项进度滞后，部门之间协同配合还不够顺畅。"},
        {"信息化支撑能力还比较弱", "{biz}数据分散在{k}个业务系统中，共享程度不高，基层填报负担较重。"},
    };
    /** a further detail that may follow a problem's specifics */
    static final String[] PROBLEM_DETAILS = {
        "从年底考核情况看，有{k}个科室的相关指标排名靠后。", "这一情况在{place}表现得更为明显。",
        "究其原因，主要是思想认识不够到位，抓落实的举措不够有力。", "对照年初目标，{t}项具体任务中还有{k}项没有达到预期效果。",
        "服务对象对此反映较多，全年收到相关意见建议{t}条。", "这在一定程度上影响了{biz}工作的推进质量和效率。",
    };
    static final String[] PROBLEM_HEADINGS = {"存在的问题", "存在的不足", "问题和不足", "存在的主要问题", "存在的差距和不足"};

    /** Next steps (下一步工作打算): a headline and its concrete measures. */
    static final String[][] MEASURES = {
        {"深化理论学习转化", "{Y1}年{m}月底前制定理论学习中心组年度学习计划，每季度围绕{biz}开展1次专题研讨，由{dept}负责督促。"},
        {"推进基层支部均衡发展", "{Y1}年上半年选派{k}名青年骨干到{place}支部挂职，年内在基层一线发展党员不少于{k}名。"},
        {"持续改进作风", "{Y1}年{m}月底前修订{biz}项目论证管理办法，每半年开展1次作风建设专项检查，由{dept}负责。"},
        {"从严抓好廉政建设", "{Y1}年{m}月底前完成廉政风险点动态更新，二季度对{biz2}环节开展专项监督1次，由机关纪委组织实施。"},
        {"推动党建业务深度融合", "围绕{biz}年内打造{k}个党建融合示范点，每个支部至少领办1个重点项目，由机关党委牵头考评。"},
        {"加强干部队伍建设", "{Y1}年组织{biz2}专题培训{k}期，年底前完成{t}名干部轮岗交流，由{dept}负责落实。"},
        {"提升服务群众水平", "{Y1}年{m}月底前完成{biz}事项材料精简，可网办事项比例提高到{p}%，由{dept}牵头推进。"},
        {"强化制度执行", "{Y1}年{m}月底前对现行制度开展全面梳理，每季度抽查台账1次，结果纳入年度考核。"},
        {"加强意识形态阵地管理", "{Y1}年每季度开展1次意识形态形势研判，{m}月底前完成政务新媒体账号清理规范，由{dept}负责。"},
        {"提高信息化水平", "{Y1}年底前建成{biz}综合管理平台，整合{k}个业务系统，由{dept}牵头实施。"},
    };
    static final String[] NEXT_HEADINGS = {"下一步工作打算", "{Y1}年工作打算", "下一步工作措施", "今后工作安排", "下一步工作计划"};

    static final String[] ACH_HEADINGS = {"{Y}年度工作开展情况", "主要工作和成效", "主要做法及成效", "工作开展情况", "{Y}年度党建工作情况"};
    static final String[] ADDRESSEES = {"市委", "市直机关工委", "县委组织部", "区委", "市委组织部", "县直机关工委", "区直机关工委"};

    static final String[] INTROS = {
        "{Y}年，{unit}党组坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，推动机关党建与{biz}工作深度融合，各项工作取得新进展。",
        "{Y}年以来，{unit}党组认真落实新时代党的建设总要求，聚焦{biz}和{biz2}两项重点，以高质量党建引领保障事业发展。",
        "今年以来，{unit}坚持围绕中心、服务大局，把党的建设与{biz}一体谋划、一体推进，全年目标任务顺利完成。",
        "{Y}年，{unit}在上级党组织的坚强领导下，坚持稳中求进工作总基调，统筹推进{biz}、{biz2}等各项工作，为全市经济社会发展作出了积极贡献。",
    };

    /** The genres: title, opening (addressee or salutation), the preview sentence, closing. */
    enum Genre { REPORT, BRIEFING, DEBRIEF, SELF_CHECK, SUMMARY, SPEECH }

    static final String[] REPORT_TITLES = {
        "{unit}党组关于{Y}年度党建工作情况的报告", "{unit}关于{Y}年工作情况的报告",
        "{unit}关于{Y}年度意识形态工作情况的报告", "{unit}党组关于{Y}年上半年机关党建工作情况的报告",
    };
    static final String[] BRIEFING_TITLES = {
        "{unit}学习贯彻习近平新时代中国特色社会主义思想主题教育开展情况汇报", "{unit}{Y}年度基层党建工作情况汇报",
        "{unit}关于党纪学习教育开展情况的汇报",
    };
    static final String[] SELF_CHECK_TITLES = {
        "{unit}关于落实中央八项规定精神情况的自查报告", "{unit}关于机关作风建设情况的自查报告",
        "{unit}关于{Y}年度党风廉政建设情况的自查报告",
    };

    // Defects planted in a report: the variant name and the rule huibao must report for it.
    static final String[] DEFECTS = {"placeholder", "doubled", "halfwidth", "skipped-level", "request", "booktitle"};
    static final String[] DEFECT_RULES = {"HB301", "HB302", "HB403", "HB202", "HB303", "HB401"};
    static final String[] PLACEHOLDER_SENTENCES = {
        "x月x日召开推进会议，对{biz}重点任务进行再调度。", "全年累计开展专项检查××次，覆盖全部基层单位。",
        "××月组织开展{biz}专项行动，参与党员{N}人次。",
    };
    static final String[] DOUBLED_SENTENCES = {
        "持续推进党支部标准化规范化建建设，{k}个支部完成阵地改造。", "推推进机关党建与{biz}工作深度融合，形成典型案例{k}个。",
        "认真落落实{doc}，{t}项措施全部到位。", "全年完完成{biz}年度任务，群众满意率达到{p}%。",
    };
    static final String[] HALFWIDTH_SENTENCES = {
        "组织开展专题培训{k}期,参训党员干部{N}人次。", "完成{biz}年度目标任务;群众满意率达到{p}%。",
        "召开座谈会{k}次(覆盖全部基层单位)，收集意见建议{t}条。",
    };
    static final String[] BOOKTITLE_SENTENCES = {
        "组织党员干部学习《{book}，撰写心得体会{t}篇。", "印发《{Y}年度{biz}工作方案，明确任务{t}项。",
    };

    // ---- composition -----------------------------------------------------------------------------

    final Random r;
    final int year;
    final Unit unit;
    final String city;
    final int target;
    /** a short report (under 4 KB): one-sentence items, two problems, two measures */
    final boolean compact;

    CorpusGenerator(long seed, int target) {
        this.r = new Random(seed);
        this.target = target;
        this.compact = target < 4096;
        this.year = 2021 + r.nextInt(5);
        this.unit = pick(UNITS);
        this.city = pick(CITY);
    }

    <T> T pick(T[] a) { return a[r.nextInt(a.length)]; }

    /** Fills the slots of a template. */
    String fill(String t) {
        StringBuilder b = new StringBuilder(t.length() + 16);
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            int close = c == '{' ? t.indexOf('}', i) : -1;
            if (close < 0) { b.append(c); i++; continue; }
            String slot = t.substring(i + 1, close);
            i = close + 1;
            switch (slot) {
                case "n" -> b.append(2 + r.nextInt(28));
                case "k" -> b.append(2 + r.nextInt(8));
                case "t" -> b.append(12 + r.nextInt(78));
                case "N" -> b.append(120 + r.nextInt(2880));
                case "p" -> b.append(String.format(Locale.ROOT, "%d.%d", 1 + r.nextInt(97), r.nextInt(10)));
                case "m" -> b.append(3 + r.nextInt(9));
                case "d" -> b.append(1 + r.nextInt(28));
                case "Y" -> b.append(year);
                case "Y1" -> b.append(year + 1);
                case "unit" -> b.append(city).append(unit.name());
                case "biz" -> b.append(pick(unit.biz()));
                case "biz2" -> b.append(unit.biz()[(r.nextInt(unit.biz().length - 1) + 1) % unit.biz().length]);
                case "doc" -> b.append(fill(pick(DOCS)));
                case "book" -> b.append(pick(BOOKS));
                case "dept" -> b.append(pick(DEPTS));
                case "place" -> b.append(pick(PLACES));
                case "city" -> b.append(city);
                default -> b.append('{').append(slot).append('}');
            }
        }
        return b.toString();
    }

    static final String[] CN = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /** Chinese numeral 1–99. */
    static String cn(int n) {
        if (n < 10) return CN[n];
        return (n >= 20 ? CN[n / 10] : "") + "十" + CN[n % 10];
    }

    /** Deals the entries of a pool in random order, each once before any comes again. */
    final class Deck {
        final String[] pool;
        final List<Integer> order = new ArrayList<>();
        Deck(String[] pool) { this.pool = pool; }
        String next() {
            if (order.isEmpty()) {
                for (int i = 0; i < pool.length; i++) order.add(i);
                java.util.Collections.shuffle(order, r);
            }
            return pool[order.remove(order.size() - 1)];
        }
        /** count sentences, filled, without a repeat inside the line */
        String sentences(int count) {
            StringBuilder b = new StringBuilder();
            List<String> seen = new ArrayList<>();
            for (int i = 0; i < Math.min(count, pool.length); i++) {
                String s = next();
                if (seen.contains(s)) { i--; continue; }   // a reshuffle may deal a sentence of this line again
                seen.add(s);
                b.append(fill(s));
            }
            return b.toString();
        }
    }

    /** A level-2 achievement part: heading, numbered items (or one plain paragraph), its decks. */
    final class Part {
        final String heading;
        final Deck items, sentences;
        final List<String> lines = new ArrayList<>();
        boolean numbered = true;
        boolean parenItems;          // the skipped-level defect: items numbered （1） under （一）

        Part(String heading, String[] items, String[] sentences) {
            this.heading = heading;
            this.items = new Deck(items);
            this.sentences = new Deck(sentences);
        }
        /** adds an item "head。sentence sentence"; returns its bytes */
        int addItem() {
            String line = items.next() + "。" + sentences.sentences(compact ? 1 : 2 + r.nextInt(2));
            lines.add(line);
            return line.getBytes(StandardCharsets.UTF_8).length + 8;
        }
        void paragraph(int sentenceCount) {
            numbered = false;
            lines.add(sentences.sentences(sentenceCount));
        }
        int bytes() {
            int n = heading.getBytes(StandardCharsets.UTF_8).length + 8;
            for (String l : lines) n += l.getBytes(StandardCharsets.UTF_8).length + 8;
            return n;
        }
    }

    Part themePart(Theme t) {
        Part p = new Part(pick(t.headings()), t.items(), t.sentences());
        if (r.nextInt(5) == 0) p.paragraph(compact ? 2 : 3 + r.nextInt(2));     // one plain paragraph
        else for (int i = 0; i < 2; i++) p.addItem();
        return p;
    }

    Part leadershipPart() {
        Part p = new Part(pick(LEAD_HEADINGS), LEAD_ITEMS, LEAD_SENTENCES);
        if (r.nextInt(4) == 0) p.paragraph(compact ? 3 : 4);
        else for (int i = 0; i < (compact ? 2 : 2 + r.nextInt(2)); i++) p.addItem();
        return p;
    }

    /** One generated report. */
    record Report(String text, Genre genre, String variant, String expect) {}

    Report build(String variant) {
        Genre genre = Genre.values()[weighted(new int[] {40, 20, 10, 10, 10, 10})];
        boolean speech = genre == Genre.SPEECH;
        if (variant.equals("request") && speech) genre = Genre.REPORT;   // a speech is not checked for 请示 wording
        speech = genre == Genre.SPEECH;
        String unitName = city + unit.name();
        String person = pick(NAMES);

        List<String> head = new ArrayList<>();
        switch (genre) {
            case REPORT -> head.add(fill(pick(REPORT_TITLES)));
            case BRIEFING -> head.add(fill(pick(BRIEFING_TITLES)));
            case SELF_CHECK -> head.add(fill(pick(SELF_CHECK_TITLES)));
            case DEBRIEF -> head.add(unitName + pick(POSTS) + person + year + "年度述职报告");
            case SUMMARY -> head.add(unitName + year + "年度工作总结");
            case SPEECH -> head.add("在" + city + "市" + year + "年机关党建工作推进会上的汇报发言");
        }
        switch (genre) {
            case REPORT, BRIEFING, SELF_CHECK -> head.add(pick(ADDRESSEES) + "：");
            case SPEECH -> head.add("各位领导、同志们：");
            default -> { }
        }
        String intro = fill(pick(INTROS));
        intro += switch (genre) {
            case SUMMARY -> "现将全年工作总结如下：";
            case SPEECH -> "下面，我就有关情况作简要汇报。";
            case DEBRIEF -> "现将本人履职情况报告如下：";
            case SELF_CHECK -> "按照上级要求，我们对照有关规定逐项开展了自查，现将自查情况报告如下：";
            default -> "现将有关情况报告如下：";
        };
        head.add(intro);

        // the fixed parts
        boolean noLead = variant.equals("no-leadership");
        boolean noShort = variant.equals("no-shortcomings");
        boolean noNext = variant.equals("no-next-steps");

        List<String> shortLines = new ArrayList<>();
        if (!noShort) {
            // at least 7 % of the report, so that the content-balance rule (HB105) stays quiet
            int want = compact ? 2 : Math.max(3, (int) Math.ceil(target * 0.09 / 280));
            int[] order = shuffled(PROBLEMS.length);
            Deck details = new Deck(PROBLEM_DETAILS);
            if (want <= 4 && r.nextInt(4) == 0) {     // one paragraph with 一是…二是…
                StringBuilder b = new StringBuilder(genre == Genre.SELF_CHECK ? "经自查，我们还存在以下不足：" : "对照上级要求，工作中还存在以下不足：");
                for (int i = 0; i < want; i++) {
                    String[] pr = PROBLEMS[order[i]];
                    b.append(cn(i + 1)).append("是").append(pr[0]).append("。").append(fill(pr[1])).append(compact ? "" : fill(details.next()));
                }
                shortLines.add(b.toString());
            } else {
                for (int i = 0; i < want; i++) {
                    String[] pr = PROBLEMS[order[i % order.length]];
                    shortLines.add("（" + cn(i + 1) + "）" + pr[0] + "。" + fill(pr[1]) + (compact ? "" : fill(details.next())));
                }
            }
        }
        List<String> nextLines = new ArrayList<>();
        if (!noNext) {
            int want = compact ? 2 : Math.min(MEASURES.length, 3 + r.nextInt(2) + target / 40000);
            int[] order = shuffled(MEASURES.length);
            for (int i = 0; i < want; i++) {
                String[] m = MEASURES[order[i]];
                nextLines.add("（" + cn(i + 1) + "）" + m[0] + "。" + fill(m[1]));
            }
        }
        List<String> tail = new ArrayList<>();
        String closing = switch (genre) {
            case SPEECH -> "汇报完毕，谢谢大家。";
            case DEBRIEF -> "以上报告，请予审议。";
            case SUMMARY -> null;
            default -> pick(new String[] {"特此报告。", "专此报告。"});
        };
        if (variant.equals("request")) closing = pick(new String[] {"以上报告妥否，请批示。", "妥否，请批示。"});
        if (closing != null) tail.add(closing);
        if (!speech) {
            tail.add(genre == Genre.DEBRIEF ? person : (genre == Genre.SUMMARY ? unitName : "中共" + unitName + "党组"));
            tail.add((year + 1) + "年1月" + (1 + r.nextInt(28)) + "日");
        }

        // the achievement parts, grown until the report reaches its size
        List<Part> parts = new ArrayList<>();
        if (!noLead) parts.add(leadershipPart());
        int[] themes = shuffled(THEMES.length);
        int used = 0;
        for (int i = 0; i < (compact ? 1 : 2); i++) parts.add(themePart(THEMES[themes[used++]]));
        int bytes = size(head) + size(shortLines) + size(nextLines) + size(tail) + 60;
        for (Part p : parts) bytes += p.bytes();
        while (bytes < target) {
            Part grow = null;
            if (used < themes.length && (parts.size() < 4 || r.nextInt(3) == 0)) {
                grow = themePart(THEMES[themes[used++]]);
                parts.add(grow);
                bytes += grow.bytes();
                continue;
            }
            // add an item to the shortest numbered theme part
            for (Part p : parts) {
                if (!p.numbered || p == parts.get(0) && !noLead) continue;
                if (grow == null || p.lines.size() < grow.lines.size()) grow = p;
            }
            if (grow == null) {   // every theme part is a plain paragraph: start a numbered one
                grow = themePart(THEMES[themes[r.nextInt(themes.length)]]);
                if (!grow.numbered) { grow.lines.clear(); grow.numbered = true; grow.addItem(); }
                parts.add(grow);
                bytes += grow.bytes();
                continue;
            }
            bytes += grow.addItem();
        }

        // plant a defect in an achievement part (never the leadership one, to keep that element intact)
        int planted = -1;
        String[] defectPool = switch (variant) {
            case "placeholder" -> PLACEHOLDER_SENTENCES;
            case "doubled" -> DOUBLED_SENTENCES;
            case "halfwidth" -> HALFWIDTH_SENTENCES;
            case "booktitle" -> BOOKTITLE_SENTENCES;
            default -> null;
        };
        int first = noLead ? 0 : 1;
        if (defectPool != null) {
            Part p = parts.get(first + r.nextInt(parts.size() - first));
            int line = r.nextInt(p.lines.size());
            p.lines.set(line, p.lines.get(line) + fill(pick(defectPool)));
        }
        if (variant.equals("skipped-level")) {
            Part p = null;
            for (int i = first; i < parts.size(); i++) if (parts.get(i).numbered) { p = parts.get(i); break; }
            if (p == null) {
                p = parts.get(first);
                p.lines.clear();
                p.numbered = true;
                p.addItem();
                p.addItem();
            }
            p.parenItems = true;
        }

        // assemble
        StringBuilder out = new StringBuilder(target + 1024);
        for (String l : head) out.append(l).append('\n');
        int level1 = 0;
        out.append(cn(++level1)).append("、").append(fill(pick(ACH_HEADINGS))).append('\n');
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            out.append("（").append(cn(i + 1)).append("）").append(p.heading).append('\n');
            for (int j = 0; j < p.lines.size(); j++) {
                if (p.numbered) out.append(p.parenItems ? "（" + (j + 1) + "）" : (j + 1) + ".");
                out.append(p.lines.get(j)).append('\n');
            }
        }
        if (!shortLines.isEmpty()) {
            out.append(cn(++level1)).append("、").append(pick(PROBLEM_HEADINGS)).append('\n');
            for (String l : shortLines) out.append(l).append('\n');
        }
        if (!nextLines.isEmpty()) {
            out.append(cn(++level1)).append("、").append(fill(pick(NEXT_HEADINGS))).append('\n');
            for (String l : nextLines) out.append(l).append('\n');
        }
        for (String l : tail) out.append(l).append('\n');

        String expect = switch (variant) {
            case "no-leadership" -> "HB101";
            case "no-shortcomings" -> "HB102";
            case "no-next-steps" -> "HB103";
            case "complete" -> "";
            default -> DEFECT_RULES[java.util.Arrays.asList(DEFECTS).indexOf(variant)];
        };
        return new Report(out.toString(), genre, variant, expect);
    }

    int[] shuffled(int n) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < n; i++) l.add(i);
        java.util.Collections.shuffle(l, r);
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    int weighted(int[] w) {
        int sum = 0;
        for (int x : w) sum += x;
        int v = r.nextInt(sum);
        for (int i = 0; i < w.length; i++) if ((v -= w[i]) < 0) return i;
        return w.length - 1;
    }

    static int size(List<String> lines) {
        int n = 0;
        for (String l : lines) n += l.getBytes(StandardCharsets.UTF_8).length + 1;
        return n;
    }

    /** Which variant report I gets: 65 % complete, 5 % each missing element, the rest defects. */
    static String variantOf(Random r) {
        int v = r.nextInt(100);
        if (v < 65) return "complete";
        if (v < 70) return "no-leadership";
        if (v < 75) return "no-shortcomings";
        if (v < 80) return "no-next-steps";
        return DEFECTS[(v - 80) * DEFECTS.length / 20];
    }

    // ---- command line ----------------------------------------------------------------------------

    static int parseSize(String s) {
        s = s.trim().toUpperCase(Locale.ROOT);
        int mul = 1;
        if (s.endsWith("K")) { mul = 1024; s = s.substring(0, s.length() - 1); }
        return (int) Math.round(Double.parseDouble(s) * mul);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java bench/CorpusGenerator.java OUT_DIR COUNT [--size BYTES | --sizes MIN-MAX] [--seed N] [--start I]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int min = 8192, max = 8192, start = 1;
        long seed = 1;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--size" -> min = max = parseSize(args[++i]);
                case "--sizes" -> {
                    String[] mm = args[++i].split("-");
                    min = parseSize(mm[0]);
                    max = parseSize(mm[1]);
                }
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--start" -> start = Integer.parseInt(args[++i]);
                default -> { System.err.println("unknown option " + args[i]); System.exit(2); }
            }
        }
        Files.createDirectories(out);
        StringBuilder manifest = new StringBuilder("file\tbytes\tchars\tgenre\tvariant\texpect\n");
        long totalBytes = 0;
        for (int i = start; i < start + count; i++) {
            Random pr = new Random(seed * 1_000_003L + i);
            int size = min + (max > min ? pr.nextInt(max - min + 1) : 0);
            String variant = variantOf(pr);
            Report rep = new CorpusGenerator(pr.nextLong(), size).build(variant);
            String name = String.format(Locale.ROOT, "hb-%06d.txt", i);
            byte[] bytes = rep.text().getBytes(StandardCharsets.UTF_8);
            Files.write(out.resolve(name), bytes);
            totalBytes += bytes.length;
            manifest.append(name).append('\t').append(bytes.length).append('\t')
                    .append(rep.text().codePointCount(0, rep.text().length())).append('\t')
                    .append(rep.genre().name().toLowerCase(Locale.ROOT).replace('_', '-')).append('\t')
                    .append(rep.variant()).append('\t').append(rep.expect()).append('\n');
        }
        Files.writeString(out.resolve("manifest.tsv"), manifest.toString(), StandardCharsets.UTF_8);
        System.err.printf(Locale.ROOT, "%d reports, %.1f MB, in %s%n", count, totalBytes / 1e6, out);
    }
}
