package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.huibao.analysis.SpotProbe.Probe;
import org.huibao.api.SpotKind;
import org.junit.jupiter.api.Test;

/**
 * HB303's space, built from the definition of 请示 wording in a 报告 — a request aimed at the addressee
 * for approval, instruction, funds or handling — axis by axis: the marker, the addressee it names (or
 * none), what stands between, the act asked for, the sentence around it; and the closings of a 请示.
 * Every combination must be found. The same words in what is no request — an account of requests made,
 * a citation, a request to be reviewed, one to units below or the public, 申请 and 请求 as nouns of a
 * procedure — must not be.
 */
class RequestFormsTest {
    private static final String[] MARKERS = {"请", "恳请", "敬请", "特请", "拟请", "烦请", "诚请", "务请", "还请", "请求", "恳求", "望",
        "恳望", "切盼", "特此恳请", "现恳请", "为此恳请", "特请求", "呈请", "祈请"};
    /** Markers that ask only when a superior follows: a wish or a proposal to anyone else is not a request. */
    private static final String[] WISHES = {"希望", "期望", "盼望", "企盼", "建议", "恳切希望"};
    private static final String[] SUPERIORS = {"上级", "市局", "市委", "县政府", "领导", "贵局", "局党组", "上级主管部门", "省厅",
        "市财政局", "领导小组", "市委、市政府", "县委县政府", "上级有关部门"};
    private static final String[] BETWEEN = {"", "尽快", "早日", "在资金上", "对我县", "能够", "在项目审批方面"};
    private static final String[] ACTS = {"批准", "批示", "批复", "批转", "核批", "审批", "审定", "审核", "核准", "同意", "支持",
        "协调", "解决", "协调解决", "拨付专项资金", "安排资金", "给予支持", "给予政策倾斜", "予以解决", "予以支持", "指示", "鉴核",
        "研究解决", "帮助解决", "统筹安排", "追加预算", "下拨经费", "给予资金补助", "审核批复", "核拨经费", "予以考虑", "酌定"};
    /** Acts a wish or a proposal may name without asking for a decision: only the rest are probed after one. */
    private static final List<String> VAGUE = List.of("支持", "协调", "给予支持", "予以支持", "予以考虑", "指示", "统筹安排");
    private static final String[] FRAMES = {"{}。", "经费缺口较大，{}。", "以上报告，{}。", "针对上述困难，{}，确保项目如期完工。"};
    private static final String[] CLOSINGS = {"当否，请批示", "妥否，请批示", "当否", "妥否", "可否，请批示", "是否可行，请批示",
        "是否妥当，请指示", "如无不妥，请批转各地执行", "如无不当，请予批准", "特此请示", "请示如上", "请予批准为盼", "请批示", "盼复",
        "望复", "请回复", "请函复", "请予答复", "敬请审批", "以上请示当否，请批示", "请予审定", "请审核", "请核准", "以上意见，请审定",
        "专此请示", "妥否，请示复", "请予鉴核", "以上报告如无不妥，请批转", "请领导批示", "望批准", "盼予批准", "恳请批准为盼",
        "妥当与否，请批示", "请予支持为荷", "特此报告，请审批",
        // a plea for a reply or an instruction in one character, and a report that announces its request
        "盼示", "望示", "祈复", "候示", "盼批", "恳盼复示", "可否由区级财政列支，盼示", "可否，祈示", "特此报告并请示", "以上报告并请示",
        "专此汇报并请示", "现将有关情况报告并请示如下"};
    /** A plea to a named body above asks for whatever act it names, beyond the list of approvals. */
    private static final String[] PLEAS = {"恳请", "特请求", "恳求", "请求", "特请", "拟请", "恳切请求"};
    private static final String[] BODIES = {"县卫生健康局", "集团公司", "市局", "上级", "省厅", "贵局", "总公司", "区委", "市委组织部"};
    private static final String[] ANY_ACTS = {"提高至每人每月1500元", "增配编制5名", "调整补助标准", "放宽申报条件", "延长建设期限一年",
        "增加专项债券额度", "明确划转口径"};
    /** A bare 请 to a named body above, for an act the body is to take on: 牵头, 予以, 尽快, 出面. */
    private static final String[] TAKE_ON = {"请区委社会工作部牵头予以清理规范", "请市住建局尽快出台实施细则", "请县政府牵头统筹推进",
        "请市局出面协商", "请上级予以清理规范", "请集团公司帮助落实用地"};
    /** Titles of a report that carries a request. */
    private static final String[][] TITLES = {{"潼溪县医疗健康集团关于紧密型县域医共体建设情况的自查报告暨有关事项的请示", "暨有关事项的请示"},
        {"关于2025年防汛工作情况的汇报及有关问题的请示", "及有关问题的请示"}, {"关于社区减负工作情况的报告并请示", "并请示"}};

    /** The same words in what is no request. */
    private static final String[] CLEAN = {"经市政府批准，成立专项工作组。", "已报请市委批示。", "按照市委批复要求，抓好落实。",
        "根据县委主要领导批示精神，迅速开展排查。", "在市局的大力支持下，项目顺利推进。", "得到了上级的批准。", "此前曾多次恳请市局给予支持。",
        "市政府已批复同意。", "群众反映“请予批准”的事项均已办结。", "印发《关于请求拨付专项资金的请示》。", "请审阅。", "请审议。",
        "以上报告，请批评指正。", "请各位代表审议。", "现将有关情况报告如下，请予审议。", "请各位委员审议。", "不当之处，请批评指正。",
        "请各单位认真抓好落实。", "请各乡镇给予支持配合。", "请广大群众积极支持和参与。", "希望全县上下协调配合。", "希望大家支持。",
        "受理申请1200件，全部按时办结。", "依申请公开政府信息23件。", "对行政许可申请进行审批。", "申请人可以依法申请复议。",
        "党员有权向上级组织提出请求、申诉和控告。", "请求权人可以依法主张。", "应当事人请求，依法予以支持。", "严格执行请示报告制度。",
        "重大事项及时请示报告。", "打造了一批示范社区、示范路。", "望江县、望城区加快发展。", "提请人大常委会审议法规草案4件。",
        "提请大会审查批准。", "邀请专家论证，研究解决技术难题。", "请县农业农村局专家论证。", "不准请人代写发言材料。",
        "请示。适用于向上级机关请求指示、批准。", "请求下拨党费的请示，应当向上一级党组织提出。", "向市政府请求帮助，亦无办法。",
        "应香港特别行政区政府请求，组建核酸检测支援队。", "展望明年，我们充满信心。", "期盼已久的项目终于落地。",
        "如无特殊情况，按期完成。", "经请示市委同意，调整工作方案。", "向上级请示汇报12次。", "已申请上级资金500万元。",
        "积极向上争取项目资金支持。", "德胜、望远片区纳入主城区统一规划。", "对群众提出的合理请求，及时予以解决。", "请予评议。",
        "希望各级党组织给予支持。", "如与同级党委的意见不一致，应向上级纪委报告，请上级纪委或党委审定。",
        // readers' acts, invitations and rules after a plea or a body; words holding 盼示, 候批; rules to report
        "恳请各位领导批评指正。", "敬请期待。", "恳请市局领导莅临指导。", "请县委书记出席。", "请市局专家论证。", "期盼示范区建设加快推进。",
        "严格执行重大事项请示报告制度。", "重大事项要及时报告并请示。", "展示了良好形象。", "等候批次安排。", "请市局审阅。",
        "此前曾恳请集团公司增配编制。", "恳请领导放心。", "如果发现决议有错误，就应提出意见，请求上级收回或修改。"};

    static List<Probe> probes() {
        List<Probe> out = new ArrayList<>();
        int n = 0;
        for (String m : MARKERS) {
            for (String a : ACTS) {
                // every marker with every act, the addressee, what stands between and the frame taken in turn
                String who = n % 3 == 0 || m.contains("望") && n % 2 == 0 ? "" : SUPERIORS[n % SUPERIORS.length];
                String request = m + who + BETWEEN[n % BETWEEN.length] + a;
                String frame = FRAMES[n % FRAMES.length];
                out.add(Probe.bad(frame.replace("{}", request), request));
                n++;
            }
        }
        for (String w : WISHES) {
            for (String a : ACTS) {
                if (VAGUE.contains(a)) {
                    continue;
                }
                String request = w + SUPERIORS[n % SUPERIORS.length] + BETWEEN[n % BETWEEN.length] + a;
                out.add(Probe.bad(FRAMES[n % FRAMES.length].replace("{}", request), request));
                n++;
            }
        }
        for (String c : CLOSINGS) {
            out.add(Probe.bad(c + "。", c));
            out.add(Probe.bad("以上报告，" + c + "。", c));
        }
        for (String p : PLEAS) {
            for (String a : ANY_ACTS) {
                String request = p + BODIES[n % BODIES.length] + a;
                out.add(Probe.bad(FRAMES[n % FRAMES.length].replace("{}", request), request));
                n++;
            }
        }
        for (String r : TAKE_ON) {
            out.add(Probe.bad("此事街道层面无力解决，" + r + "。", r));
        }
        for (String[] t : TITLES) {
            out.add(Probe.bad(t[0], t[1]));
        }
        for (String c : CLEAN) {
            out.add(Probe.ok(c));
        }
        return out;
    }

    @Test
    void everyRequestIsFoundAndNoAccountOrCitationIs() throws Exception {
        List<String> wrong = SpotProbe.wrong(probes(), SpotKind.REQUEST);
        assertEquals(List.of(), wrong, wrong.size() + " of " + probes().size() + " probes read wrongly");
    }
}
