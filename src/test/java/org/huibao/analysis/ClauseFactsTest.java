package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.huibao.api.Clause;
import org.huibao.api.CueHit;
import org.huibao.api.Element;
import org.huibao.api.Genre;
import org.huibao.api.Mode;
import org.huibao.api.Owner;
import org.huibao.api.PartRole;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.config.ElementCues;
import org.huibao.parse.StructureParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The clause facts: read word by word, so that words, not characters, decide. */
class ClauseFactsTest {
    private static final Analyzer ANALYZER;

    static {
        try {
            Config config = ConfigLoader.defaults();
            List<ElementCues> cues = new ArrayList<>();
            for (Element e : Element.BUILT_IN) {
                cues.add(config.cues(e));
            }
            ANALYZER = new Analyzer(Map.of(), cues, config.context(), config.balance());
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Analysis analyze(String text) {
        return ANALYZER.analyze(new StructureParser().parse("c.txt", text), Genre.REPORT);
    }

    /** The first hit of an element whose text contains {@code cue}, and its clause. */
    private static Clause clauseOf(Analysis a, Element e, String cue) {
        CueHit h = hit(a, e, cue);
        return a.clauses().stream().filter(c -> c.id() == h.clauseId()).findFirst().orElseThrow();
    }

    private static CueHit hit(Analysis a, Element e, String cue) {
        return a.hits().stream().filter(h -> e.equals(h.element()) && h.text().contains(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + e + " hit on " + cue + ": " + a.hits()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // a negation is a word of its own before the cue in its clause
        "经自查，我局不存在违规发放津补贴问题。,                存在违规发放津补贴问题, true",
        "没有发现党员干部存在明显违纪问题的人和事。,            存在明显违纪问题,      true",
        "我局不断完善制度，但仍存在一些短板弱项。,              短板,                  false",
        "不少单位仍存在推进不平衡的问题。,                      存在推进不平衡的问题,  false",
        "部分问题虽已整改，但仍存在整改不彻底问题。,            存在整改不彻底问题,    false",
        // a 的-phrase before its noun: the negation denies what exists
        "经自查，没有存在违规问题的单位。,                      存在违规问题,          true",
    })
    void negationIsAWordBeforeTheCueInItsClause(String text, String cue, boolean negated) {
        assertEquals(negated, hit(analyze("报告\n" + text + "\n"), Element.SHORTCOMINGS, cue).negated(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "我们将进一步压实各方责任。,           PLANNED",
        "局党组将于年底前完成制度修订。,       PLANNED",
        "要进一步压实整改责任。,               REQUIRED",
        "主要领导要求各科室压实责任。,         NONE",
        "将安全生产纳入年度考核。,             NONE",
        "全年召开会议压实了各方主体责任。,     DONE",
    })
    void modeFromTheWordsOfTheClause(String text, Mode mode) {
        Analysis a = analyze("报告\n" + text + "\n");
        Clause c = a.clauses().stream().filter(x -> x.text().contains("压实") || x.text().contains("纳入")
                || x.text().contains("完成")).findFirst().orElse(null);
        if (c == null) {
            CueHit h = a.hits().stream().filter(CueHit::forward).findFirst().orElseThrow();
            c = a.clauses().get(h.clauseId());
        }
        assertEquals(mode, c.mode(), text);
    }

    @Test
    void whoseResponsibilityAndWhoseDeployment() {
        Analysis a = analyze("报告\n一是部分企业主体责任落实不到位，安全培训流于形式。\n"
                + "建设高标准农田是习近平总书记亲自部署、亲自推动的重大任务。\n局党组书记认真履行第一责任人职责。\n");
        assertEquals(Owner.OTHERS, hit(a, Element.LEADERSHIP, "主体责任").agent());
        assertEquals(Owner.HIGHER, hit(a, Element.LEADERSHIP, "书记亲自").agent());
        assertEquals(Owner.HIGHER, hit(a, Element.LEADERSHIP, "亲自推动").agent(), "coordinated verbs share a subject");
        assertEquals(Owner.SELF, hit(a, Element.LEADERSHIP, "第一责任人").agent());
    }

    @Test
    void partRoleFromTheHeadingsAbove() {
        Analysis a = analyze("报告\n一、主要工作及成效\n全年检查企业120家，落实主体责任的企业增加。\n二、存在的问题\n"
                + "一是部分企业主体责任落实不到位。\n三、下一步工作打算\n成立专班，压实主体责任。\n");
        List<PartRole> roles = a.hits().stream().filter(h -> Element.LEADERSHIP.equals(h.element()) && h.clauseId() >= 0)
                .map(h -> a.clauses().get(h.clauseId()).part()).toList();
        assertTrue(roles.contains(PartRole.PROBLEMS), roles.toString());
        assertTrue(roles.contains(PartRole.MEASURES), roles.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // a time after the verb names the work deployed, not when the clause holds
        "区委书记主持召开专题会议，研究部署下步工作。,     研究部署下步工作, NONE",
        "局党组召开会议，研究部署明年工作。,               研究部署明年工作, NONE",
        "下一步，我们将研究部署巡察整改工作。,             我们将,           PLANNED",
        "局党组下步将专题研究部署整改工作。,               局党组下步将,     PLANNED",
    })
    void aTimeAfterTheVerbIsTheObjects(String text, String clause, Mode mode) {
        assertEquals(mode, modeOf(text, clause), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // an actor named, then what it must do: the duty is demanded of it, not an arrangement told
        "各乡镇、各部门主要负责人作为落实工作任务的第一责任人，要负总责。, 第一责任人, REQUIRED",
        "各单位主要负责同志为抓落实的第一责任人，务必亲自抓。,             第一责任人, REQUIRED",
        // a topic the demand is about, and a demand that is only named
        "安全生产是经济社会发展的底线，要紧盯重点领域。,                   底线,       NONE",
        "局党组书记为第一责任人，要求班子成员落实一岗双责。,               局党组书记, NONE",
    })
    void aDemandAfterANamedActorIsMadeOfIt(String text, String clause, Mode mode) {
        assertEquals(mode, modeOf(text, clause), text);
    }

    /** The mode of the clause holding {@code clause} in a one-line report of {@code text}. */
    private static Mode modeOf(String text, String clause) {
        Analysis a = analyze("报告\n" + text + "\n");
        return a.clauses().stream().filter(x -> x.text().contains(clause)).findFirst().orElseThrow().mode();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // 不 with the word after it makes an adverb of manner: more of the action, not none of it
        "各村护林员要不间断巡逻。,           false",
        "各科室要不定期开展抽查。,           false",
        // a negation inside a 的-phrase that stands as the topic qualifies those it names, denies nothing
        "对进度缓慢、成效不明显的将通报批评。, false",
        "未按期完成的要说明原因。,           false",
        "对工作不力的要严肃问责。,           false",
    })
    void theBuOfAnAdverbIsNoNegation(String text, boolean negated) {
        CueHit h = analyze("讲话\n" + text + "\n").hits().stream().filter(CueHit::forward).findFirst().orElseThrow();
        assertEquals(negated, h.negated(), text);
    }

    @Test
    void aSubjectlessClauseGoesOnWithTheNearestSubject() {
        Analysis a = analyze("报告\n4月13日，区委书记李博主持召开专题会议，传达上级文件精神，研究部署巡察整改工作。\n"
                + "当前，部分企业生产经营困难，民生领域还有不少短板。\n");
        assertEquals(Owner.ORGAN, clauseOf(a, Element.LEADERSHIP, "研究部署").owner(), "after a date: the meeting's convener");
        assertEquals(Owner.UNKNOWN, clauseOf(a, Element.SHORTCOMINGS, "短板").owner(), "a clause with a subject of its own");
    }

    @Test
    void findingsTheUnitRectifiesAreNotAnotherPartys() {
        Analysis a = analyze("报告\n根据区委第一巡察组反馈的问题，镇党委召开会议，研究部署全镇整改工作。\n"
                + "听取巡视反馈意见整改工作进展情况汇报，局党组专题研究整改工作。\n"
                + "巡察组发现，部分单位主体责任落实不到位。\n");
        assertFalse(hit(a, Element.LEADERSHIP, "研究部署").otherParty());
        assertFalse(hit(a, Element.LEADERSHIP, "专题研究").otherParty());
        assertTrue(hit(a, Element.SHORTCOMINGS, "不到位").otherParty(), "what the inspectors found in others");
    }

    @Test
    void aProblemToldOfThePastIsPast() {
        Clause c = clauseOf(analyze("报告\n以往存在的会议多、文件多问题，今年明显改善。\n"), Element.SHORTCOMINGS, "存在");
        assertTrue(c.past());
        assertFalse(clauseOf(analyze("报告\n目前仍存在食堂进货查验不规范问题。\n"), Element.SHORTCOMINGS, "存在").past());
    }
}
