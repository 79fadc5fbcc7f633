package org.huibao.parse;

import org.huibao.api.Heading;
import org.huibao.api.HeadingKind;
import org.huibao.api.NodeType;
import org.huibao.api.OrdinalStyle;
import org.huibao.api.Sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructureParserTest {

    private static Report parse(String... lines) {
        return new StructureParser().parse("t.txt", String.join("\n", lines));
    }

    private static Heading heading(Report r, String text) {
        return r.headings().stream().filter(h -> h.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no heading \"" + text + "\" in " + r.headings()));
    }

    @Test
    void frontAndBackMatter() {
        Report r = parse("关于2024年度党建工作情况的报告", "市委组织部：", "一、主要工作", "全年组织集中学习24次。",
                "专此报告。", "市林业局党组", "2025年1月10日");
        assertEquals("关于2024年度党建工作情况的报告", r.title().orElseThrow());
        assertEquals("市委组织部：", r.blocks(NodeType.ADDRESSEE).get(0).text());
        assertEquals("专此报告。", r.blocks(NodeType.CLOSING).get(0).text());
        assertEquals(2, r.blocks(NodeType.SIGNATURE).size());
        assertEquals(1, r.blocks(NodeType.PARAGRAPH).size());
    }

    @Test
    void speechHasSalutationAndClosing() {
        Report r = parse("在全市机关党建工作推进会上的汇报发言", "各位领导，同志们：", "今年以来，我们重点抓了三件事。",
                "汇报完毕，请各位领导批评指正！");
        assertEquals("各位领导，同志们：", r.blocks(NodeType.SALUTATION).get(0).text());
        assertEquals(1, r.blocks(NodeType.CLOSING).size());
    }

    @Test
    void noTitleWhenTheReportStartsWithProse() {
        Report r = parse("今年以来，在县委的正确领导下，我局认真落实各项部署，现将有关情况汇报如下：", "一、主要工作", "完成各项任务。");
        assertTrue(r.title().isEmpty());
        assertTrue(r.blocks(NodeType.ADDRESSEE).isEmpty());
    }

    @Test
    void fourLevelsNestAndScope() {
        Report r = parse("标题报告", "一、主要工作", "（一）加强组织领导", "1.成立领导小组", "（1）明确分工", "正文一句。",
                "二、存在的问题", "正文二。");
        Heading l1 = heading(r, "主要工作");
        Heading l2 = heading(r, "加强组织领导");
        Heading l3 = heading(r, "成立领导小组");
        Heading l4 = heading(r, "明确分工");
        Heading next = heading(r, "存在的问题");
        assertEquals(List.of(1, 2, 3, 4), List.of(l1.level(), l2.level(), l3.level(), l4.level()));
        assertEquals(List.of(OrdinalStyle.CHINESE_COMMA, OrdinalStyle.CHINESE_PAREN, OrdinalStyle.ARABIC_DOT,
                OrdinalStyle.ARABIC_PAREN), List.of(l1.style(), l2.style(), l3.style(), l4.style()));
        assertEquals(l1.id(), l2.parentId());
        assertEquals(l2.id(), l3.parentId());
        assertEquals(l3.id(), l4.parentId());
        assertEquals(-1, next.parentId());
        assertEquals(next.span().start(), l1.scope().end(), "a level-1 part ends where the next one starts");
        Sentence body = r.sentences().stream().filter(s -> s.text().equals("正文一句。")).findFirst().orElseThrow();
        assertEquals(l4.id(), body.sectionId());
    }

    @Test
    void inlineHeadingIsTheFirstSentenceOfAParagraph() {
        Report r = parse("标题报告", "（一）全面加强党的政治建设，推动各项部署落地见效。深入学习党的创新理论。全年学习24次。");
        Heading h = heading(r, "全面加强党的政治建设，推动各项部署落地见效");
        assertTrue(h.inline());
        assertEquals(2, h.level());
        assertEquals(3, r.sentences().size(), "the heading sentence is also body text");
        assertTrue(r.sentences().stream().allMatch(s -> s.sectionId() == h.id()));
    }

    @Test
    void ownLineHeadingIsNotInline() {
        Report r = parse("标题报告", "一、前期推进情况", "工作正文。");
        Heading h = heading(r, "前期推进情况");
        assertFalse(h.inline());
        assertEquals(1, r.sentences().size());
    }

    @Test
    void misPunctuatedOrdinalsAreStillHeadingsOfTheirLevel() {
        Report r = parse("标题报告", "一.主要工作", "(一)学习", "（二）、研究", "1、部署", "(1)落实", "①细化");
        assertEquals(OrdinalStyle.CHINESE_OTHER_PUNCT, heading(r, "主要工作").style());
        assertEquals(OrdinalStyle.CHINESE_PAREN_VARIANT, heading(r, "学习").style());
        assertEquals(OrdinalStyle.CHINESE_PAREN_VARIANT, heading(r, "研究").style());
        assertEquals(OrdinalStyle.ARABIC_OTHER_PUNCT, heading(r, "部署").style());
        assertEquals(OrdinalStyle.ARABIC_PAREN_VARIANT, heading(r, "落实").style());
        assertEquals(OrdinalStyle.CIRCLED, heading(r, "细化").style());
        assertEquals(List.of(1, 2, 2, 3, 4, 4), r.headings().stream().map(Heading::level).toList());
    }

    @Test
    void numbersThatAreNotOrdinals() {
        Report r = parse("标题报告", "1.5万元专项资金全部下达到位。", "3、4月份集中开展督查。", "一、二季度完成全部任务。", "2024年完成造林1.2万亩。");
        assertTrue(r.headings().isEmpty(), () -> "unexpected headings " + r.headings());
        assertEquals(4, r.blocks(NodeType.PARAGRAPH).size());
    }

    @Test
    void unnumberedHeadingLines() {
        Report r = parse("标题报告", "组织领导情况", "成立领导小组。", "存在的主要问题", "学习不够深入。", "今后工作打算", "加强学习。");
        List<Heading> hs = r.headings();
        assertEquals(3, hs.size());
        assertTrue(hs.stream().allMatch(h -> h.kind() == HeadingKind.UNNUMBERED && h.level() == 1 && h.parentId() == -1));
    }

    @Test
    void unnumberedSubheadingSitsBelowTheNumberedOne() {
        Report r = parse("标题报告", "一、主要工作", "强化政治引领", "开展学习24次。", "二、存在的问题", "学习不够深入。");
        Heading sub = heading(r, "强化政治引领");
        assertEquals(2, sub.level());
        assertEquals(heading(r, "主要工作").id(), sub.parentId());
    }

    @Test
    void longLineWithoutPunctuationIsAParagraph() {
        Report r = parse("标题报告", "全局上下紧紧围绕年度目标任务持续用力推动各项工作取得新进展新成效并得到上级肯定");
        assertTrue(r.headings().isEmpty());
    }

    @Test
    void enumerationRunsAtLineStart() {
        Report r = parse("标题报告", "一是强化组织领导。成立领导小组。", "二是抓实学习。开展学习。", "三是严格监督。开展检查。");
        List<Heading> items = r.headings();
        assertEquals(3, items.size());
        assertTrue(items.stream().allMatch(h -> h.kind() == HeadingKind.ENUMERATION && h.style() == OrdinalStyle.SHI));
        assertEquals(List.of(1, 2, 3), items.stream().map(Heading::ordinalValue).toList());
        assertEquals(1, items.stream().map(Heading::runId).distinct().count(), "one run");
        assertEquals("强化组织领导", items.get(0).text());
        assertEquals(items.get(1).span().start(), items.get(0).scope().end() + 1, "an item is its own paragraph");
    }

    @Test
    void enumerationAfterALeadInColonInsideAParagraph() {
        Report r = parse("标题报告", "工作虽然取得了成绩，但仍存在以下不足：一是学习不够深入。部分干部满足于读原文。二是调研不够扎实。");
        Sentence lead = r.sentences().get(0);
        assertTrue(lead.leadIn());
        assertEquals("工作虽然取得了成绩，但仍存在以下不足：", lead.text());
        List<Heading> items = r.headings();
        assertEquals(List.of("学习不够深入", "调研不够扎实"), items.stream().map(Heading::text).toList());
        assertEquals(items.get(0).id(), r.sentences().get(2).sectionId());
    }

    @Test
    void semicolonSeparatedEnumerationAndOtherMarkers() {
        Report r = parse("标题报告", "主要做法有：第一，抓学习；第二，抓落实；第三，抓督查。", "首先，统一思想。其次，细化任务。最后，严格考核。");
        List<Heading> items = r.headings();
        assertEquals(List.of(OrdinalStyle.DI, OrdinalStyle.DI, OrdinalStyle.DI, OrdinalStyle.SEQUENCE,
                OrdinalStyle.SEQUENCE, OrdinalStyle.SEQUENCE), items.stream().map(Heading::style).toList());
        assertEquals(List.of(1, 2, 3, 1, 2, 4), items.stream().map(Heading::ordinalValue).toList());
    }

    @Test
    void lineAndColumnCountCodePointsAfterFullWidthIndent() {
        Report r = parse("标题报告", "\u3000\u3000一、主要工作", "\u3000\u3000全年学习24次。");
        Heading h = heading(r, "主要工作");
        assertEquals(2, h.span().line());
        assertEquals(3, h.span().column(), "two full-width spaces of indent come before the ordinal");
        Sentence s = r.sentences().get(0);
        assertEquals(3, s.span().line());
        assertEquals(3, s.span().column());
        assertEquals(11, s.span().endColumn(), "end column is just past the last character");
    }

    @Test
    void astralCharactersCountAsOneColumn() {
        Report r = parse("标题报告", "\uD840\uDC00字之后一句。");
        assertEquals(1, r.sentences().get(0).span().column());
        assertEquals(8, r.sentences().get(0).span().endColumn());
    }

    @Test
    void pastedArtefactBeforeAnItemDoesNotHideIt() {
        Report r = parse("标题报告", "##paidbegin##\u3000\u3000二是压实责任。成立领导小组。", "##paidend##");
        assertEquals("压实责任", r.headings().get(0).text());
        assertEquals(1, r.headings().size(), "a line holding only an artefact is nothing");
    }

    @Test
    void sentencesEndAfterClosingQuotes() {
        Report r = parse("标题报告", "他说：“要学深悟透。”我们照此执行！是否到位？");
        assertEquals(List.of("他说：“要学深悟透。”", "我们照此执行！", "是否到位？"),
                r.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void markdownHeadings() {
        Report r = parse("# 2024年工作总结", "## 一、主要工作", "正文。", "## 存在问题", "正文。");
        assertEquals("2024年工作总结", r.title().orElseThrow());
        assertEquals(1, heading(r, "主要工作").level());
        assertEquals(HeadingKind.UNNUMBERED, heading(r, "存在问题").kind());
    }

    @Test
    void emptyAndSingleLineInputsParse() {
        assertTrue(parse("").nodes().isEmpty());
        Report one = parse("只有一句话。");
        assertEquals(1, one.sentences().size());
        assertTrue(one.title().isEmpty());
    }
}
