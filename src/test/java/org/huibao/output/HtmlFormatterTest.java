package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.huibao.model.Finding;
import org.huibao.api.Lang;
import org.huibao.model.Location;
import org.huibao.api.Message;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.huibao.model.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The page is written as HTML5 in XML syntax, so a strict XML parser proves it well formed (every tag
 * closed and nested, attributes quoted, only XML's entities), which a lenient HTML parser would not.
 */
class HtmlFormatterTest {

    private static String render(RunResult run, Lang lang) throws IOException {
        StringWriter out = new StringWriter();
        new HtmlFormatter().write(run, new OutputOptions(lang, false, false, Fixtures.rules()), out);
        return out.toString();
    }

    private static Document parse(String html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        // <!DOCTYPE html> has no external part; nothing is ever loaded.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null); // fatal errors throw
        return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static Document parse(Lang lang) throws Exception {
        return parse(render(Fixtures.fullRun(), lang));
    }

    private static List<Element> all(Node root, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = root instanceof Document d ? d.getElementsByTagName(tag) : ((Element) root).getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static Map<String, Element> ids(Document d) {
        Map<String, Element> out = new HashMap<>();
        for (Element e : all(d, "*")) {
            if (e.hasAttribute("id")) {
                String id = e.getAttribute("id");
                assertTrue(out.put(id, e) == null, "id " + id + " is unique");
            }
        }
        return out;
    }

    private static Element byId(Document d, String id) {
        Element e = ids(d).get(id);
        if (e == null) {
            throw new AssertionError("no element #" + id);
        }
        return e;
    }

    private static boolean hasClass(Element e, String c) {
        return List.of(e.getAttribute("class").split(" ")).contains(c);
    }

    @Test
    void wellFormedHtml5WithLanguage() throws Exception {
        String html = render(Fixtures.fullRun(), Lang.ZH);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\" />"), html);
        assertTrue(html.endsWith("</html>\n"));
        Document d = parse(html);
        assertEquals("html", d.getDocumentElement().getTagName());
        assertEquals("en", parse(Lang.EN).getDocumentElement().getAttribute("lang"));
        assertEquals("汇报审读结果 · huibao", all(d, "title").get(0).getTextContent());
    }

    @Test
    void selfContainedNoNetworkNoScript() throws Exception {
        String html = render(Fixtures.fullRun(), Lang.ZH);
        assertFalse(html.contains("http"), "no URL of any kind");
        assertFalse(html.contains("url("));
        assertFalse(html.contains("@import"));
        Document d = parse(html);
        for (String tag : List.of("script", "link", "img", "iframe", "object", "embed", "base", "form")) {
            assertTrue(all(d, tag).isEmpty(), tag);
        }
        for (Element e : all(d, "*")) {
            assertFalse(e.hasAttribute("src"), e.getTagName());
            if (e.hasAttribute("href")) {
                assertTrue(e.getAttribute("href").startsWith("#"), "in-page links only: " + e.getAttribute("href"));
            }
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                assertFalse(attrs.item(i).getNodeName().startsWith("on"), "no event handlers");
            }
        }
        assertEquals(1, all(d, "style").size());
    }

    @Test
    void everyInPageLinkHasItsTarget() throws Exception {
        Document d = parse(Lang.ZH);
        Map<String, Element> ids = ids(d);
        int links = 0;
        for (Element a : all(d, "a")) {
            String target = a.getAttribute("href").substring(1);
            assertTrue(ids.containsKey(target), "#" + target);
            links++;
        }
        assertTrue(links > 40, "lines, evidence, findings and files link: " + links);
    }

    @Test
    void summaryTableListsEveryFile() throws Exception {
        Document d = parse(Lang.ZH);
        Element table = all(d, "table").get(0);
        assertEquals("files", table.getAttribute("class"));
        List<Element> rows = all(all(table, "tbody").get(0), "tr");
        assertEquals(4, rows.size());
        assertEquals(List.of("a.txt", "drafts/ok.txt", "missing.docx", Fixtures.SPECIAL_FILE),
                rows.stream().map(r -> all(r, "a").get(0).getTextContent()).toList());
        assertTrue(rows.get(0).getTextContent().contains("不通过"));
        assertTrue(rows.get(0).getTextContent().contains("62.0"));
        assertTrue(rows.get(1).getTextContent().contains("通过"));
        assertTrue(rows.get(2).getTextContent().contains("无法读取文件"));
    }

    @Test
    void reportShowsScoreVerdictAndElementsLinkingToTheirEvidence() throws Exception {
        Document d = parse(Lang.ZH);
        Element a = byId(d, "r0");
        assertTrue(hasClass(a, "fail"));
        assertTrue(a.getTextContent().contains("得分 62.0 / 阈值 80"));
        assertTrue(a.getTextContent().contains("一票否决: HB102"));

        Element leadership = byId(d, "r0-e-leadership");
        assertTrue(leadership.getTextContent().contains("✓ 专门成节"));
        Element link = all(leadership, "a").get(0);
        assertEquals("#r0-L5", link.getAttribute("href"));
        assertTrue(byId(d, "r0-L5").getTextContent().contains("成立局主题教育领导小组"), "the evidence is on that line");
        assertTrue(hasClass(byId(d, "r0-L5"), "ev"));

        Element nextSteps = byId(d, "r0-e-next_steps");
        assertTrue(nextSteps.getTextContent().contains("弱: 只有套话，没有具体措施"));
        assertEquals(List.of("#r0-L20", "#r0-L22"), all(nextSteps, "a").stream().map(x -> x.getAttribute("href")).toList());
        assertTrue(byId(d, "r0-e-shortcomings").getTextContent().contains("✗ 缺失"));

        Element unreadable = byId(d, "r2");
        assertTrue(hasClass(unreadable, "error"));
        assertTrue(unreadable.getTextContent().contains("无法读取文件"));
    }

    @Test
    void textLinesAreTheReportTextExactly() throws Exception {
        Document d = parse(Lang.ZH);
        for (int n = 1; n <= Fixtures.SPECIAL_LINES.size(); n++) {
            Element line = byId(d, "r3-L" + n);
            Element src = all(line, "span").stream().filter(s -> hasClass(s, "src")).findFirst().orElseThrow();
            assertEquals(Fixtures.SPECIAL_LINES.get(n - 1), src.getTextContent(), "line " + n + ": escaped, marks add no text");
        }
        assertTrue(ids(d).containsKey("r3-L5"));
        assertFalse(ids(d).containsKey("r3-L6"), "a final line break starts no line");
        assertTrue(ids(d).containsKey("r1-L22"));
    }

    @Test
    void everyFindingIsMarkedOnItsExactSpan() throws Exception {
        Document d = parse(Lang.ZH);
        List<Element> marks = all(d, "mark");
        for (int r : List.of(0, 3)) {
            ReportResult report = Fixtures.fullRun().reports().get(r);
            List<Finding> findings = Outputs.sorted(report.findings());
            for (int k = 0; k < findings.size(); k++) {
                Finding f = findings.get(k);
                String key = "r" + r + "-f" + (k + 1);
                List<Element> pieces = marks.stream().filter(m -> m.getAttribute("data-finding").equals(key)).toList();
                if (f.rule().equals("HB102")) {
                    // A missing part has no place in the text: it is named above it, not painted on line 1.
                    assertTrue(pieces.isEmpty(), key);
                    assertTrue(byId(d, key).getTextContent().contains("全文"), byId(d, key).getTextContent());
                    continue;
                }
                assertFalse(pieces.isEmpty(), "a mark for " + key + " " + f.rule());
                StringBuilder text = new StringBuilder();
                for (Element m : pieces) {
                    assertTrue(m.getAttribute("title").startsWith(f.rule() + " "), m.getAttribute("title"));
                    assertTrue(hasClass(m, f.severity().id()), m.getAttribute("class"));
                    text.append(m.getTextContent());
                }
                Element first = byId(d, "r" + r + "-m" + (k + 1));
                assertEquals(key, first.getAttribute("data-finding"));
                Location l = f.location();
                if (l.line() == l.endLine() && l.column() == l.endColumn()) {
                    assertTrue(hasClass(first, "point"), "an empty span is a point");
                } else if (r == 3) {
                    // The marked text is the excerpt (line breaks are between lines, not in a mark).
                    assertEquals(l.text().replace("\n", ""), text.toString(), key);
                }
                // The findings list links to the line.
                Element item = byId(d, key);
                assertEquals("#r" + r + "-L" + l.line(), all(item, "a").get(0).getAttribute("href"));
                assertTrue(item.getTextContent().contains(f.rule()));
            }
        }
    }

    @Test
    void aMissingPartIsAboutTheWholeReport() throws Exception {
        Document d = parse(Lang.ZH);
        Element box = all(byId(d, "r0"), "div").stream().filter(e -> hasClass(e, "whole")).findFirst().orElseThrow();
        assertEquals("关于全文HB102 报告没有写本单位存在的问题和不足", box.getTextContent());
        assertEquals("#r0-f1", all(box, "a").get(0).getAttribute("href"));
        assertTrue(all(byId(d, "r0-f1"), "blockquote").isEmpty(), "no excerpt of line 1");
        assertTrue(all(byId(d, "r0-L1"), "mark").isEmpty(), "the first line is not painted");
    }

    @Test
    void identicalFindingsAreOneEntryWithTheirCountAndPlaces() throws Exception {
        StringBuilder text = new StringBuilder("关于××工作情况的报告\n");
        List<Finding> findings = new ArrayList<>();
        for (int n = 2; n <= 56; n++) {
            String line = n + "．由××同志负责，于" + n + "日前完成。";
            text.append(line).append('\n');
            int col = line.indexOf("××") + 1;
            findings.add(new Finding("HB301", Severity.ERROR, new Message("未填写的占位符：××", "placeholder: ××"),
                    new Location(n, col, n, col + 2, "××"), new Message("把“××”换成实际内容", ""), null));
        }
        findings.add(new Finding("HB302", Severity.WARNING, new Message("“要”重复了一次", ""),
                new Location(1, 1, 1, 3, "关于"), Message.NONE, null));
        ReportResult f = Fixtures.failing();
        ReportResult r = new ReportResult("t.txt", "", f.elements(), findings, f.score(), null, "report", text.toString());
        Document d = parse(render(new RunResult("0.1.0", List.of(r)), Lang.ZH));
        List<Element> entries = all(d, "ol").stream().filter(e -> hasClass(e, "findings")).findFirst()
                .map(ol -> all(ol, "li").stream().filter(li -> li.getParentNode() == ol).toList()).orElseThrow();
        assertEquals(2, entries.size(), "one entry per rule and message");
        Element group = byId(d, "r0-g2");
        assertTrue(group.getTextContent().contains("共 55 处"), group.getTextContent());
        assertEquals(55, all(all(group, "details").get(0), "li").size(), "the places, folded");
        Element place = byId(d, "r0-f30");
        assertEquals("#r0-L30", all(place, "a").get(0).getAttribute("href"));
        assertEquals("30．由××同志负责，于30日前…", place.getTextContent().replaceFirst("^第\\d+行第\\d+列 ", ""));
        assertEquals(55, all(d, "mark").stream().filter(m -> m.getAttribute("title").startsWith("HB301")).count(),
                "every place is still marked in the text");
    }

    @Test
    void excerptsShowTheirSurroundings() throws Exception {
        String line = "会议由党委*同志主持，各支部书记参加并作交流发言。";
        int col = line.indexOf('*') + 1;
        Finding star = new Finding("HB301", Severity.ERROR, new Message("未填写的占位符：*", ""),
                new Location(1, col, 1, col + 1, "*"), Message.NONE, null);
        ReportResult f = Fixtures.failing();
        ReportResult r = new ReportResult("t.txt", "", f.elements(), List.of(star), f.score(), null, "report", line + "\n");
        Document d = parse(render(new RunResult("0.1.0", List.of(r)), Lang.ZH));
        Element quote = all(byId(d, "r0-f1"), "blockquote").get(0);
        assertEquals("会议由党委*同志主持，各支部书记…", quote.getTextContent());
        assertEquals("*", all(quote, "em").get(0).getTextContent());
    }

    @Test
    void chineseThroughoutNoRawValues() throws Exception {
        String html = render(Fixtures.fullRun(), Lang.ZH);
        assertTrue(html.contains("体裁: 工作报告"), "the genre's name");
        assertFalse(html.contains("体裁: report"));
        Document d = parse(html);
        for (Element sev : all(d, "span").stream().filter(e -> hasClass(e, "sev")).toList()) {
            assertTrue(List.of("错误", "警告", "提示").contains(sev.getTextContent()), sev.getTextContent());
        }
        Element breakdown = all(byId(d, "r0"), "table").stream().filter(t -> hasClass(t, "breakdown")).findFirst().orElseThrow();
        String shown = breakdown.getTextContent();
        for (String raw : List.of("section", "absent", "inline", "weak")) {
            assertFalse(shown.contains(raw), raw + " in " + shown);
        }
        assertTrue(shown.contains("行文提及、流于套话"), shown);
    }

    @Test
    void printsOneSheetPerReportWithLinesForTheReviewer() throws Exception {
        String html = render(Fixtures.fullRun(), Lang.ZH);
        assertTrue(html.contains("@page{size:A4"), "A4");
        assertTrue(html.contains(".report{border:0;border-radius:0;margin:0;padding:0;break-after:page}"), "a sheet per report");
        Document d = parse(html);
        for (String id : List.of("r0", "r1", "r3")) {
            Element signoff = all(byId(d, id), "div").stream().filter(e -> hasClass(e, "signoff")).findFirst().orElseThrow();
            String text = signoff.getTextContent();
            assertTrue(text.contains("审核意见：") && text.contains("审核人：") && text.contains("日期："), text);
        }
        assertTrue(parse(render(Fixtures.fullRun(), Lang.EN)).getDocumentElement().getTextContent().contains("Reviewer:"));
    }

    @Test
    void overlappingFindingsNestCleanly() throws Exception {
        Document d = parse(Lang.ZH);
        Element line3 = byId(d, "r3-L3");
        // ",," is inside HB404's span: a HB403 mark nested in a HB404 mark.
        Element comma = all(line3, "mark").stream().filter(m -> m.getAttribute("title").startsWith("HB403")).findFirst()
                .orElseThrow();
        assertEquals(",,", comma.getTextContent());
        Element parent = (Element) comma.getParentNode();
        assertEquals("mark", parent.getTagName());
        assertTrue(parent.getAttribute("title").startsWith("HB404"));
        // "成效" is where HB107 and HB404 overlap.
        Element both = all(line3, "mark").stream()
                .filter(m -> m.getTextContent().equals("成效") && m.getAttribute("title").startsWith("HB404")).findFirst()
                .orElseThrow();
        assertTrue(((Element) both.getParentNode()).getAttribute("title").startsWith("HB107"));
    }

    @Test
    void messagesAndTitlesAreEscaped() throws Exception {
        String html = render(Fixtures.fullRun(), Lang.ZH);
        assertTrue(html.contains("&lt;A&amp;B&gt;\"试点\""), "text escaped in place");
        assertFalse(html.contains("<A&B>"));
        assertFalse(html.contains("<日期>"));
        Document d = parse(html);
        Element hb301 = all(byId(d, "r3-L4"), "mark").get(0);
        assertEquals("HB301 " + Fixtures.SPECIAL_MESSAGE, hb301.getAttribute("title"), "line break kept in the tooltip");
        Element item = byId(d, "r3-f6");
        assertTrue(item.getTextContent().contains(Fixtures.SPECIAL_MESSAGE));
        assertTrue(byId(d, "r3").getTextContent().contains("HB404 -5 & <more>"));
    }

    @Test
    void hostileTextAndFindingsOutsideTheTextStayWellFormed() throws Exception {
        String text = "标题<script>alert(1)</script>\n\u0001\u001B[31m正文\uD800\n";
        Finding outside = new Finding("HB999", Severity.ERROR, new Message("越界", ""), new Location(40, 1, 40, 5, "x"),
                Message.NONE, null);
        Finding tooLong = new Finding("HB998", Severity.WARNING, new Message("]]> --> \"'", ""),
                new Location(2, 3, 9, 1, "x"), Message.NONE, null);
        Finding atEnd = new Finding("HB997", Severity.INFO, new Message("行末", ""), new Location(1, 30, 1, 30, ""),
                Message.NONE, null);
        ReportResult f = Fixtures.failing();
        ReportResult r = new ReportResult("<x&y>.txt", "t", f.elements(), List.of(outside, tooLong, atEnd), f.score(), null,
                "report", text);
        String html = render(new RunResult("0.1.0", List.of(r)), Lang.EN);
        Document d = parse(html);
        assertTrue(all(d, "script").isEmpty());
        assertTrue(byId(d, "r0-L1").getTextContent().contains("<script>alert(1)</script>"));
        Set<String> marked = new HashSet<>();
        all(d, "mark").forEach(m -> marked.add(m.getAttribute("title").split(" ")[0]));
        assertEquals(Set.of("HB998", "HB997"), marked, "HB999 lies beyond the text: listed, not marked");
        assertTrue(byId(d, "r0-f3").getTextContent().contains("HB999"));
        assertTrue(byId(d, "r0-f3").getTextContent().contains("line 40, column 1"));
        assertTrue(all(byId(d, "r0-f3"), "a").isEmpty(), "no link to a line that is not there");
        assertTrue(all(d, "h2").get(0).getTextContent().startsWith("<x&y>.txt"));
    }

    @Test
    void reportWithoutTextListsFindingsWithoutLinks() throws Exception {
        ReportResult f = Fixtures.failing();
        ReportResult r = new ReportResult(f.file(), f.title(), f.elements(), f.findings(), f.score(), null, "report");
        Document d = parse(render(new RunResult("0.1.0", List.of(r)), Lang.ZH));
        assertTrue(byId(d, "r0").getTextContent().contains("原文不可用。"));
        assertTrue(all(d, "mark").isEmpty());
        assertTrue(all(byId(d, "r0-f1"), "a").isEmpty());
        assertTrue(all(byId(d, "r0-e-leadership"), "a").isEmpty());
    }

    @Test
    void emptyRunIsAPageToo() throws Exception {
        Document d = parse(render(new RunResult("0.1.0", List.of()), Lang.EN));
        assertTrue(d.getDocumentElement().getTextContent().contains("0 files: 0 passed, 0 failed, 0 unreadable"));
    }

    @Test
    void escapeHelpers() {
        assertEquals("a&amp;b&lt;c&gt;\"'", HtmlFormatter.esc("a&b<c>\"'"));
        assertEquals("a&amp;b&lt;c&gt;&quot;&#39;&#10;&#9;", HtmlFormatter.attr("a&b<c>\"'\n\t"));
        assertEquals("\uFFFD\uFFFD𠀀", HtmlFormatter.esc("\u0000\uDC00𠀀"));
    }
}
