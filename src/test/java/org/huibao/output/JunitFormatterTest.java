package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.w3c.dom.NodeList;

class JunitFormatterTest {

    private static String render(RunResult run, Lang lang) throws IOException {
        StringWriter out = new StringWriter();
        new JunitFormatter().write(run, new OutputOptions(lang, false, false, Fixtures.rules()), out);
        return out.toString();
    }

    /** Parsed by the JDK's DOM parser, as UTF-8 bytes, with DTDs refused: strict XML. */
    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        Document d = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return d.getDocumentElement();
    }

    private static Element parse(Lang lang) throws Exception {
        return parse(render(Fixtures.fullRun(), lang));
    }

    private static List<Element> children(Element e, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element c && c.getTagName().equals(tag)) {
                out.add(c);
            }
        }
        return out;
    }

    private static Element suite(Element root, String name) {
        return children(root, "testsuite").stream().filter(s -> s.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no suite " + name));
    }

    private static Element testcase(Element suite, String name) {
        return children(suite, "testcase").stream().filter(c -> c.getAttribute("name").equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no case " + name));
    }

    private static int attr(Element e, String name) {
        return Integer.parseInt(e.getAttribute(name));
    }

    @Test
    void oneSuitePerFileWithCountsThatAddUp() throws Exception {
        Element root = parse(Lang.ZH);
        assertEquals("testsuites", root.getTagName());
        List<Element> suites = children(root, "testsuite");
        assertEquals(List.of("a.txt", "drafts/ok.txt", "missing.docx", Fixtures.SPECIAL_FILE),
                suites.stream().map(s -> s.getAttribute("name")).toList());
        int tests = 0;
        int failures = 0;
        int errors = 0;
        for (Element s : suites) {
            List<Element> cases = children(s, "testcase");
            int f = (int) cases.stream().filter(c -> !children(c, "failure").isEmpty()).count();
            int e = (int) cases.stream().filter(c -> !children(c, "error").isEmpty()).count();
            int k = (int) cases.stream().filter(c -> !children(c, "skipped").isEmpty()).count();
            assertEquals(cases.size(), attr(s, "tests"), s.getAttribute("name"));
            assertEquals(f, attr(s, "failures"), s.getAttribute("name"));
            assertEquals(e, attr(s, "errors"), s.getAttribute("name"));
            assertEquals(k, attr(s, "skipped"), s.getAttribute("name"));
            for (Element c : cases) {
                assertEquals("huibao." + s.getAttribute("name"), c.getAttribute("classname"));
            }
            tests += cases.size();
            failures += f;
            errors += e;
        }
        assertEquals(tests, attr(root, "tests"));
        assertEquals(failures, attr(root, "failures"));
        assertEquals(errors, attr(root, "errors"));
        assertEquals(1, errors);
    }

    @Test
    void failingReportFailsScoreMissingAndWeakElementsAndFiredRules() throws Exception {
        Element a = suite(parse(Lang.ZH), "a.txt");
        assertEquals(List.of("score", "element: leadership", "element: shortcomings", "element: next_steps",
                "HB102 缺少存在问题部分", "HB301 有未填写的占位符 (一票否决)"),
                children(a, "testcase").stream().map(c -> c.getAttribute("name")).toList());
        assertEquals(6, attr(a, "tests"));
        assertEquals(5, attr(a, "failures"));
        assertEquals(0, attr(a, "errors"));

        Element score = children(testcase(a, "score"), "failure").get(0);
        assertEquals("得分 62.0 低于阈值 80；一票否决: HB102", score.getAttribute("message"));
        assertEquals("score", score.getAttribute("type"));
        assertTrue(score.getTextContent().contains("存在问题 0/25 (absent)"), score.getTextContent());

        assertTrue(children(testcase(a, "element: leadership"), "failure").isEmpty());
        Element absent = children(testcase(a, "element: shortcomings"), "failure").get(0);
        assertEquals("error", absent.getAttribute("type"));
        assertEquals("存在问题: 缺失", absent.getAttribute("message"));
        Element weak = children(testcase(a, "element: next_steps"), "failure").get(0);
        assertEquals("warning", weak.getAttribute("type"));
        assertTrue(weak.getAttribute("message").contains("只有套话，没有具体措施"));

        Element hb301 = children(testcase(a, "HB301 有未填写的占位符 (一票否决)"), "failure").get(0);
        assertEquals("warning", hb301.getAttribute("type"), "the finding's effective severity");
        assertEquals("3:5 日期占位符未填写", hb301.getAttribute("message"));
        assertEquals("3:5 日期占位符未填写\n", hb301.getTextContent());
        Element hb102 = children(testcase(a, "HB102 缺少存在问题部分"), "failure").get(0);
        assertEquals("error", hb102.getAttribute("type"));
        assertEquals("全文 报告没有写本单位存在的问题和不足\n    建议: 补写存在问题部分\n", hb102.getTextContent());
    }

    @Test
    void passingReportHasOnlyPassingCases() throws Exception {
        Element ok = suite(parse(Lang.ZH), "drafts/ok.txt");
        assertEquals(4, attr(ok, "tests"));
        assertEquals(0, attr(ok, "failures"));
        for (Element c : children(ok, "testcase")) {
            assertTrue(children(c, "failure").isEmpty() && children(c, "error").isEmpty(), c.getAttribute("name"));
        }
        Element leadership = testcase(ok, "element: leadership");
        assertEquals("5:1 一、加强组织领导\n", children(leadership, "system-out").get(0).getTextContent());
    }

    @Test
    void infoFindingsPassAndAreListedInSystemOut() throws Exception {
        Element special = suite(parse(Lang.ZH), Fixtures.SPECIAL_FILE);
        Element hb107 = testcase(special, "HB107 成绩没有数据支撑");
        assertTrue(children(hb107, "failure").isEmpty(), "info never fails a build");
        assertEquals("3:11 成绩没有数据支撑\n", children(hb107, "system-out").get(0).getTextContent());
        // Several findings of one rule are one case; XB900 has no metadata and is named by its id.
        Element xb900 = children(testcase(special, "XB900"), "failure").get(0);
        assertEquals("warning", xb900.getAttribute("type"));
        assertEquals(10, attr(special, "tests"));
        assertEquals(7, attr(special, "failures"));
    }

    @Test
    void unreadableFileIsAnErroredSuite() throws Exception {
        Element missing = suite(parse(Lang.EN), "missing.docx");
        assertEquals(1, attr(missing, "tests"));
        assertEquals(1, attr(missing, "errors"));
        assertEquals(0, attr(missing, "failures"));
        Element error = children(testcase(missing, "read"), "error").get(0);
        assertEquals("cannot read the file", error.getAttribute("message"));
        assertEquals("unreadable", error.getAttribute("type"));
    }

    @Test
    void markupCharactersAndLineBreaksSurviveTheRoundTrip() throws Exception {
        String xml = render(Fixtures.fullRun(), Lang.ZH);
        Element special = suite(parse(xml), Fixtures.SPECIAL_FILE);
        Element hb301 = children(testcase(special, "HB301 有未填写的占位符 (一票否决)"), "failure").get(0);
        String oneLine = "日期占位符未填写： 请填写具体日期 <日期> & \"时间\", 100%";
        assertEquals("4:19 " + oneLine, hb301.getAttribute("message"), "attributes on one line");
        assertTrue(hb301.getTextContent().startsWith("4:19 " + oneLine + "\n"), hb301.getTextContent());
        assertTrue(xml.contains("&lt;日期&gt; &amp;"), "escaped, not dropped into CDATA or raw");
        Element score = children(testcase(special, "score"), "failure").get(0);
        assertTrue(score.getTextContent().contains("HB404 -5 & <more>"));
    }

    @Test
    void controlCharactersCannotBreakTheXml() throws Exception {
        Finding hostile = new Finding("HB306", Severity.WARNING, new Message("粘贴残留\u0001\u001B[31m\uD800", ""),
                new Location(1, 1, 1, 3, "\u0000x"), new Message("删除\u000C", ""), null);
        ReportResult f = Fixtures.failing();
        ReportResult r = new ReportResult(f.file(), f.title(), f.elements(), List.of(hostile), f.score(), null, f.genre(),
                f.text());
        Element root = parse(render(new RunResult("0.1.0", List.of(r)), Lang.ZH));
        Element failure = children(testcase(children(root, "testsuite").get(0), "HB306"), "failure").get(0);
        assertTrue(failure.getAttribute("message").startsWith("1:1 粘贴残留"), failure.getAttribute("message"));
        assertFalse(failure.getTextContent().contains("\u001B"));
    }

    @Test
    void notRequiredElementIsSkipped() throws Exception {
        ReportResult failing = Fixtures.failing();
        var verdicts = new java.util.LinkedHashMap<org.huibao.api.Element, org.huibao.model.ElementVerdict>();
        verdicts.putAll(failing.elements());
        var absent = failing.elements().get(org.huibao.api.Element.SHORTCOMINGS);
        verdicts.put(org.huibao.api.Element.SHORTCOMINGS, new org.huibao.model.ElementVerdict(absent.element(),
                absent.status(), false, Message.NONE, List.of(), false));
        ReportResult r = new ReportResult(failing.file(), failing.title(), Map.copyOf(verdicts), List.of(),
                failing.score(), null, "self-check", failing.text());
        Element suite = children(parse(render(new RunResult("0.1.0", List.of(r)), Lang.ZH)), "testsuite").get(0);
        Element c = testcase(suite, "element: shortcomings");
        assertTrue(children(c, "failure").isEmpty());
        assertEquals(1, children(c, "skipped").size());
        assertEquals(1, attr(suite, "skipped"));
    }

    @Test
    void declarationAndStableLayout() throws IOException {
        String xml = render(Fixtures.fullRun(), Lang.ZH);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"huibao\" "), xml);
        assertTrue(xml.endsWith("</testsuites>\n"));
        assertTrue(xml.contains("\n  <testsuite name=\"a.txt\" tests=\"6\" failures=\"5\" errors=\"0\" skipped=\"0\">\n"));
        assertFalse(xml.contains("&#"), "non-ASCII is written as it is");
        assertEquals(xml, render(Fixtures.fullRun(), Lang.ZH), "deterministic");
    }

    @Test
    void emptyRun() throws Exception {
        Element root = parse(render(new RunResult("0.1.0", List.of()), Lang.ZH));
        assertEquals(0, attr(root, "tests"));
        assertEquals(0, root.getElementsByTagName("testsuite").getLength());
    }
}
