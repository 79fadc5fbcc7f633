package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.huibao.api.Element;
import org.huibao.api.Lang;
import org.huibao.api.Message;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The annotated Word copy as a reviewer opens it: a comment by huibao on the exact text of each
 * finding, repeats folded, a summary on the title; for a .docx everything else exactly as it was, and
 * huibao reading the copy as it read the original.
 */
class DocxFormatterTest {

    private static List<RuleInfo> rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void rules() throws Exception {
        rules = List.copyOf(RuleLoader.load(ConfigLoader.defaults(), List.of()).all());
    }

    static OutputOptions options(Lang lang) {
        return new OutputOptions(lang, false, false, rules);
    }

    static ReportResult check(Path file) {
        return org.huibao.testing.Fixtures.checker().check(file, file.getFileName().toString());
    }

    static byte[] annotate(ReportResult r, Optional<Path> source, Lang lang) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxFormatter().write(r, source, options(lang), out);
        return out.toByteArray();
    }

    @Test
    void aDocxGetsOneCommentOnTheExactTextOfEachFindingAndASummaryOnTheTitle() throws Exception {
        Path original = WordSamples.draft(dir, "draft.docx");
        ReportResult r = check(original);
        assertEquals(List.of("HB301", "HB302", "HB302", "HB302"), r.findings().stream().map(Finding::rule).toList());

        WordPackage copy = WordPackage.of(annotate(r, Optional.of(original), Lang.ZH));

        List<WordPackage.Comment> comments = copy.huibaoComments();
        assertEquals(3, comments.size(), "summary, the placeholder, the doubled word folded: " + comments);
        Map<String, String> anchored = copy.anchoredText();
        WordPackage.Comment summary = comments.get(0);
        assertEquals(WordSamples.TEXT.lines().findFirst().orElseThrow(), anchored.get(summary.id()));
        assertTrue(summary.text().startsWith("huibao 审读：不通过，得分 93.0（阈值 80）\n一票否决：HB301 有未填写的占位符"),
                summary.text());

        WordPackage.Comment placeholder = comments.get(1);
        assertEquals("x月x日", anchored.get(placeholder.id()), "across a bold run and a plain one");
        assertEquals("HB301 有未填写的占位符（错误）\n未填写的占位符：x月x日\n建议：把“x月x日”换成实际的单位、人名、日期或数字",
                placeholder.text());

        WordPackage.Comment doubled = comments.get(2);
        assertEquals("推动推动", anchored.get(doubled.id()));
        List<Integer> lines = r.findings().stream().filter(f -> f.rule().equals("HB302"))
                .map(f -> f.location().line()).toList();
        assertTrue(doubled.text().endsWith("同类问题共 3 处：第" + lines.get(0) + "、" + lines.get(1) + "、" + lines.get(2) + "段"),
                doubled.text());
        // every comment has its mark in the text; the reviewer's own comment is still there
        for (WordPackage.Comment c : comments) {
            assertTrue(copy.references().contains(c.id()), c.id());
        }
        assertEquals(List.of("审稿人"), copy.comments().stream().map(WordPackage.Comment::author)
                .filter(a -> !a.equals("huibao")).toList());
    }

    @Test
    void splitRunsKeepTheirPropertiesAndEveryOtherPartIsUntouched() throws Exception {
        Path original = WordSamples.draft(dir, "draft.docx");
        byte[] before = Files.readAllBytes(original);
        byte[] copyBytes = annotate(check(original), Optional.of(original), Lang.ZH);
        WordPackage copy = WordPackage.of(copyBytes);
        WordPackage orig = WordPackage.of(before);

        // "x月" stays bold in its character style, "x日" plain
        org.w3c.dom.Element boldHalf = copy.runsWithText("x月").get(0);
        assertEquals(1, boldHalf.getElementsByTagNameNS(WordSamples.W, "b").getLength());
        assertEquals(1, boldHalf.getElementsByTagNameNS(WordSamples.W, "rStyle").getLength());
        assertEquals(0, copy.runsWithText("x日").get(0).getElementsByTagNameNS(WordSamples.W, "b").getLength());

        for (String part : orig.parts().keySet()) {
            // The document gets the anchors, the comments the notes; POI writes the content types, the
            // relationships and the core properties anew.
            if (List.of("word/document.xml", "word/comments.xml", "[Content_Types].xml", "docProps/core.xml")
                    .contains(part) || part.endsWith(".rels")) {
                continue;
            }
            assertArrayEquals(orig.parts().get(part), copy.parts().get(part), part);
        }
        assertTrue(orig.parts().containsKey("word/styles.xml") && orig.parts().containsKey("word/numbering.xml"));
        assertArrayEquals(before, Files.readAllBytes(original), "the original is only read");
        assertEquals(sha256(before), sha256(Files.readAllBytes(original)));
    }

    @Test
    void huibaoReadsTheCopyAsItReadTheOriginal() throws Exception {
        Path original = WordSamples.draft(dir, "draft.docx");
        ReportResult first = check(original);
        Path copy = dir.resolve("draft.huibao.docx");
        Files.write(copy, annotate(first, Optional.of(original), Lang.ZH));
        ReportResult again = check(copy);
        assertEquals(first.text(), again.text());
        assertEquals(summary(first), summary(again));
        assertEquals(first.score().total(), again.score().total());
    }

    @Test
    void aTextReportBecomesANewDocumentWithTheSameComments() throws Exception {
        Path txt = dir.resolve("draft.txt");
        Files.writeString(txt, WordSamples.TEXT, StandardCharsets.UTF_8);
        ReportResult r = check(txt);
        byte[] bytes = annotate(r, Optional.of(txt), Lang.ZH);
        WordPackage doc = WordPackage.of(bytes);
        Map<String, String> anchored = doc.anchoredText();
        List<WordPackage.Comment> comments = doc.huibaoComments();
        assertEquals(3, comments.size());
        assertEquals("市水务局党组关于2024年度党建工作情况的报告", anchored.get(comments.get(0).id()));
        assertEquals("x月x日", anchored.get(comments.get(1).id()));
        assertEquals("推动推动", anchored.get(comments.get(2).id()));
        assertTrue(comments.get(2).text().endsWith("同类问题共 3 处：第7、9、10段"), comments.get(2).text());

        // laid out as GB/T 9704: huibao finds no layout slip in it, and the same findings as in the text
        Path copy = dir.resolve("draft.huibao.docx");
        Files.write(copy, bytes);
        ReportResult again = check(copy);
        assertEquals(r.text(), again.text());
        assertEquals(summary(r), summary(again));
        String styles = new String(doc.parts().get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(styles.contains("方正小标宋简体") && styles.contains("黑体") && styles.contains("楷体_GB2312"));
    }

    @Test
    void findingsAboutAMissingPartGoIntoTheSummary() throws Exception {
        Path txt = dir.resolve("no-problems.txt");
        Files.writeString(txt, org.huibao.testing.Fixtures.text("/fixtures/elements/shortcomings-absent.txt"));
        ReportResult r = check(txt);
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals("HB102")));
        WordPackage doc = WordPackage.of(annotate(r, Optional.of(txt), Lang.ZH));
        WordPackage.Comment summary = doc.huibaoComments().get(0);
        assertTrue(summary.text().contains("缺少要素：存在问题\n关于全文：\nHB102 缺少存在问题部分（错误）"), summary.text());
        assertTrue(doc.huibaoComments().stream().skip(1).noneMatch(c -> c.text().contains("HB102")));
    }

    @Test
    void theSummaryNamesMissingAndWeakElements() throws Exception {
        ReportResult failing = Fixtures.failing();
        String zh = WordPackage.of(annotate(failing, Optional.empty(), Lang.ZH)).huibaoComments().get(0).text();
        assertTrue(zh.contains("\n缺少要素：存在问题\n薄弱要素：下一步措施（只有套话，没有具体措施）"), zh);
        String en = WordPackage.of(annotate(failing, Optional.empty(), Lang.EN)).huibaoComments().get(0).text();
        assertTrue(en.contains("\nMissing elements: Shortcomings\nWeak elements: Next steps (slogans only, no concrete measure)"),
                en);
    }

    @Test
    void inEnglishWithLangEn() throws Exception {
        Path original = WordSamples.draft(dir, "draft.docx");
        ReportResult r = check(original);
        List<WordPackage.Comment> comments = WordPackage.of(annotate(r, Optional.of(original), Lang.EN)).huibaoComments();
        assertTrue(comments.get(0).text().startsWith("huibao review: failed, score 93.0 (threshold 80)\nBlocked by: HB301 "),
                comments.get(0).text());
        assertTrue(comments.get(1).text().startsWith("HB301 Unfilled placeholder (error)\n"), comments.get(1).text());
        assertTrue(comments.get(2).text().contains("Suggestion: "), comments.get(2).text());
        assertTrue(comments.get(2).text().endsWith("3 places in all: paragraphs "
                + String.join(", ", r.findings().stream().filter(f -> f.rule().equals("HB302"))
                .map(f -> String.valueOf(f.location().line())).toList())), comments.get(2).text());
    }

    @Test
    void aReportFromStandardInputOrADocUnderADocxNameGetsANewDocument() throws Exception {
        Path original = WordSamples.draft(dir, "draft.docx");
        ReportResult r = check(original);
        WordPackage fromText = WordPackage.of(annotate(r, Optional.empty(), Lang.ZH));
        assertEquals(3, fromText.huibaoComments().size());
        assertEquals("x月x日", fromText.anchoredText().get(fromText.huibaoComments().get(1).id()));

        Path notZip = dir.resolve("fake.docx");
        Files.writeString(notZip, "not a zip");
        WordPackage fromFake = WordPackage.of(annotate(r, Optional.of(notZip), Lang.ZH));
        assertEquals(3, fromFake.huibaoComments().size());
    }

    @Test
    void anUnreadableReportHasNoDocument() {
        ReportResult error = ReportResult.error("x.docx", new Message("文件为空", "empty"));
        assertThrows(IllegalArgumentException.class,
                () -> new DocxFormatter().write(error, Optional.empty(), options(Lang.ZH), new ByteArrayOutputStream()));
    }

    @Test
    void hostileTextIsEscapedInCommentsAndKeptWellFormedInTheDocument() throws Exception {
        ReportResult r = Fixtures.fullRun().reports().stream().filter(x -> x.error() == null && !x.findings().isEmpty())
                .findFirst().orElseThrow();
        String text = r.text() + "\n控制\u0001字符\u202e反转";
        ReportResult hostile = new ReportResult(r.file(), r.title(), r.elements(), r.findings(), r.score(), null,
                r.genre(), text);
        WordPackage doc = WordPackage.of(annotate(hostile, Optional.empty(), Lang.ZH));
        doc.xml("word/document.xml");
        doc.xml("word/comments.xml");
        assertFalse(doc.huibaoComments().isEmpty());
    }

    /** What a reviewer compares: element verdicts, and each finding's rule, place and message. */
    static List<String> summary(ReportResult r) {
        List<String> out = new ArrayList<>();
        for (Element e : Element.BUILT_IN) {
            ElementVerdict v = r.elements().get(e);
            out.add(e.id() + " " + v.status() + " " + v.weak());
        }
        for (Finding f : r.findings()) {
            out.add(f.rule() + " " + f.location() + " " + f.message().zh());
        }
        return out;
    }

    private static String sha256(byte[] b) throws NoSuchAlgorithmException {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }
}
