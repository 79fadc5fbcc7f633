package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.huibao.api.Element;
import org.huibao.api.ElementStatus;
import org.huibao.api.Lang;
import org.huibao.api.Message;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.huibao.model.Score;
import org.huibao.model.ScoreItem;
import org.huibao.model.Severity;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * A file name and report text that try to drive the terminal (ESC[2J clears the screen), forge a
 * finding line (a line feed, then {@code b.txt:1:1 error HB000 forged}) or reorder what a reviewer
 * reads (bidi overrides, U+2028): no format lets one of them through raw, and none gets a line of its
 * own.
 */
class HiddenCharactersTest {

    private static final String FORGED = "b.txt:1:1 error HB000 forged";
    /** As a Linux file may be named. */
    static final String FILE = "drafts/\u001B[2J\n" + FORGED + ".txt";
    /** Every kind of hidden character, between ordinary Chinese. */
    static final String TEXT = "正文\u001B[31m红\u009B2J\u007F\u202Eexe.txt\u2066\u2069\u200E\u200F\u061C\u2028\u2029\t末\n"
            + FORGED;
    private static final ObjectMapper JSON = new org.huibao.testing.SchemaCheckedJson();

    private static Message hostile(String label) {
        return new Message(label + TEXT, label + TEXT);
    }

    /** A failing report whose every piece of text comes from the hostile input, and an unreadable one. */
    static RunResult run() {
        Location at = new Location(3, 1, 3, 9, TEXT);
        Map<Element, ElementVerdict> elements = Map.of(
                Element.LEADERSHIP, new ElementVerdict(Element.LEADERSHIP, ElementStatus.INLINE, true,
                        hostile("理由"), List.of(at), true),
                Element.SHORTCOMINGS, new ElementVerdict(Element.SHORTCOMINGS, ElementStatus.SECTION, false,
                        Message.NONE, List.of(at), true),
                Element.NEXT_STEPS, new ElementVerdict(Element.NEXT_STEPS, ElementStatus.ABSENT, false,
                        Message.NONE, List.of(), true));
        List<Finding> findings = List.of(
                new Finding("HB301", Severity.ERROR, hostile("占位符"), at, hostile("建议"), null),
                new Finding("HB107", Severity.INFO, hostile("提示"), new Location(3, 2, 4, 1, TEXT), Message.NONE, null));
        Score score = new Score(40.0, 80, false, List.of(new ScoreItem("quality", 15, 25, TEXT)), List.of("HB301"));
        ReportResult report = new ReportResult(FILE, TEXT, elements, findings, score, null, TEXT,
                "标题\n" + TEXT + "\n第四行\n");
        ReportResult unreadable = ReportResult.error(FILE + ".docx", hostile("无法读取："));
        return new RunResult("0.1.0", List.of(report, unreadable));
    }

    private static String render(Formatter f, Lang lang, boolean color) throws IOException {
        StringWriter out = new StringWriter();
        f.write(run(), new OutputOptions(lang, color, false, Fixtures.rules()), out);
        return out.toString();
    }

    /** Nothing hidden in the bytes but line feeds and tabs, the layout every format has. */
    private static void assertNothingHidden(String output, String format) {
        byte[] utf8 = output.getBytes(StandardCharsets.UTF_8);
        String decoded = new String(utf8, StandardCharsets.UTF_8);
        decoded.codePoints().forEach(cp -> assertTrue(cp == '\n' || cp == '\t' || !Visible.hidden(cp),
                () -> format + ": raw U+" + String.format("%04X", cp) + " in\n" + output));
    }

    private static void assertNoForgedLine(String output, String format) {
        assertTrue(output.lines().noneMatch(l -> l.startsWith("b.txt")), () -> format + ": forged line in\n" + output);
    }

    @Test
    void textShowsEscapesAndForgesNoLine() throws IOException {
        for (Lang lang : Lang.values()) {
            String plain = render(new TextFormatter(), lang, false);
            assertNothingHidden(plain, "text");
            assertNoForgedLine(plain, "text");
            assertTrue(plain.contains("drafts/\\x1b[2J\\nb.txt:1:1 error HB000 forged.txt:3:1 error HB301 "), plain);
            assertTrue(plain.contains("\\x1b[31m红\\x9b2J\\x7f\\u202eexe.txt\\u2066\\u2069\\u200e\\u200f\\u061c"), plain);
            String unreadable = lang == Lang.ZH ? ".docx: 错误: 无法读取：正文\\x1b[31m" : ".docx: error: 无法读取：正文\\x1b[31m";
            assertTrue(plain.lines().anyMatch(l -> l.startsWith("drafts/\\x1b[2J\\nb.txt") && l.contains(unreadable)), plain);

            // Colour adds the tool's own SGR sequences, and only those.
            String coloured = render(new TextFormatter(), lang, true);
            assertEquals(plain, coloured.replaceAll("\u001B\\[[0-9;]*m", ""));
            assertNoForgedLine(coloured, "text --color always");
        }
    }

    @Test
    void githubEscapesThenWorkflowEscapes() throws IOException {
        for (Lang lang : Lang.values()) {
            String out = render(new GithubFormatter(), lang, false);
            assertNothingHidden(out, "github");
            assertNoForgedLine(out, "github");
            assertTrue(out.lines().allMatch(l -> l.startsWith("::")), out);
            assertTrue(out.contains("::error file=drafts/\\x1b[2J\\nb.txt%3A1%3A1 error HB000 forged.txt,line=3,"), out);
            // The message's own line feed stays a line break of the annotation: %0A, never a raw one.
            assertTrue(out.contains("\\u202eexe.txt\\u2066\\u2069\\u200e\\u200f\\u061c%0A%0A\t末%0A" + FORGED), out);
        }
    }

    @Test
    void jsonKeepsTheDataAndEscapesTheBytes() throws IOException {
        String out = render(new JsonFormatter(), Lang.ZH, false);
        assertNothingHidden(out, "json");
        assertTrue(out.contains("\"file\": \"drafts/\\u001B[2J\\nb.txt:1:1 error HB000 forged.txt\""), out);
        assertTrue(out.contains("\\u202Eexe.txt\\u2066\\u2069\\u200E\\u200F\\u061C\\u2028\\u2029"), out);
        JsonNode json = JSON.readTree(out);
        assertEquals(FILE, json.at("/reports/0/file").asText(), "a parser reads back the name as it is on disk");
        assertEquals(TEXT, json.at("/reports/0/findings/0/excerpt").asText());
        assertEquals("占位符" + TEXT, json.at("/reports/0/findings/0/message").asText());
        assertEquals("无法读取：" + TEXT, json.at("/reports/1/error/message").asText());
    }

    @Test
    void sarifKeepsTheDataAndEscapesTheBytes() throws IOException {
        String out = render(new SarifFormatter(), Lang.EN, false);
        assertNothingHidden(out, "sarif");
        JsonNode run = JSON.readTree(out).at("/runs/0");
        assertEquals("drafts/%1B%5B2J%0Ab.txt%3A1%3A1%20error%20HB000%20forged.txt",
                run.at("/artifacts/0/location/uri").asText());
        assertEquals(TEXT, run.at("/results/0/locations/0/physicalLocation/region/snippet/text").asText());
        assertTrue(run.at("/properties/reports").has(FILE), "keyed by the name as it is");
    }

    @Test
    void junitReplacesWhatXmlCannotCarryAndShowsTheRest() throws Exception {
        for (Lang lang : Lang.values()) {
            String out = render(new JunitFormatter(), lang, false);
            assertNothingHidden(out, "junit");
            Document d = parse(out);
            org.w3c.dom.Element suite = (org.w3c.dom.Element) d.getElementsByTagName("testsuite").item(0);
            assertEquals("drafts/\\x1b[2J\\nb.txt:1:1 error HB000 forged.txt", suite.getAttribute("name"));
            assertTrue(out.contains("\\u202eexe.txt\\u2066\\u2069\\u200e\\u200f\\u061c"), out);
        }
    }

    @Test
    void htmlEscapesShowsAndStaysWellFormed() throws Exception {
        for (Lang lang : Lang.values()) {
            String out = render(new HtmlFormatter(), lang, false);
            assertNothingHidden(out, "html");
            Document d = parse(out);
            assertTrue(d.getElementsByTagName("h2").item(0).getTextContent()
                    .startsWith("drafts/\\x1b[2J\\nb.txt:1:1 error HB000 forged.txt"));
            assertTrue(out.contains("\\u202eexe.txt\\u2066\\u2069\\u200e\\u200f\\u061c"), out);
            assertFalse(out.contains("<bdi>"), "no right-to-left letters, nothing to isolate");
        }
    }

    @Test
    void htmlIsolatesRightToLeftNamesAndText() throws Exception {
        ReportResult f = Fixtures.failing();
        Finding hebrew = new Finding("HB301", Severity.WARNING, new Message("שלום (1)", ""), new Location(3, 5, 3, 8, "x"),
                Message.NONE, null);
        ReportResult r = new ReportResult("تقرير (2).txt", f.title(), f.elements(), List.of(hebrew), f.score(), null,
                f.genre(), f.text());
        StringWriter w = new StringWriter();
        new HtmlFormatter().write(new RunResult("0.1.0", List.of(r)), OutputOptions.defaults(), w);
        String html = w.toString();
        parse(html);
        assertTrue(html.contains("<h2><bdi>تقرير (2).txt</bdi> <span class=\"badge"), html);
        assertTrue(html.contains("<a href=\"#r0\"><bdi>تقرير (2).txt</bdi></a>"), html);
        assertTrue(html.contains("<span class=\"msg\"><bdi>שלום (1)</bdi></span>"), html);
    }

    @Test
    void ordinaryChineseNamesAndTextAreUntouched() throws IOException {
        String name = Fixtures.SPECIAL_FILE;
        for (Formatter f : List.of(new TextFormatter(), new GithubFormatter(), new JunitFormatter(), new HtmlFormatter(),
                new JsonFormatter(), new SarifFormatter())) {
            StringWriter w = new StringWriter();
            f.write(Fixtures.fullRun(), new OutputOptions(Lang.ZH, false, false, Fixtures.rules()), w);
            String out = w.toString();
            assertFalse(out.contains("\\x") || out.contains("\\u2") || out.contains("<bdi>"), f.name() + ":\n" + out);
            if (!f.name().equals("sarif")) {
                assertTrue(out.contains(name) || out.contains("材料/2024年 工作汇报（草稿）.txt"), f.name());
            }
        }
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var builder = f.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
