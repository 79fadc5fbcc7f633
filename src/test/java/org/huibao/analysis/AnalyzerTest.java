package org.huibao.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.huibao.api.Element;
import org.huibao.api.Genre;
import org.huibao.api.Line;
import org.huibao.api.NodeType;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;
import org.huibao.api.Term;
import org.huibao.config.Config;
import org.huibao.config.ConfigLoader;
import org.huibao.config.ElementCues;
import org.huibao.lexicon.Lexicon;
import org.huibao.parse.Report;
import org.huibao.parse.StructureParser;
import org.junit.jupiter.api.Test;

/** The analysis stage: which lines there are, and what the one scan per line finds in them. */
class AnalyzerTest {
    private static final Lexicon CONFUSIONS = new Lexicon("confusions", List.of(
            new Lexicon.Entry(Pattern.compile(Pattern.quote("把挥")), "把握", null, "", "test"),
            new Lexicon.Entry(Pattern.compile("截止(目前|今年)"), "截至$1", null, "", "test")));

    private static Analyzer analyzer(Map<String, Lexicon> lexicons) throws Exception {
        return Analyzer.of(ConfigLoader.defaults(), lexicons);
    }

    private static List<ElementCues> cues(Config config) {
        List<ElementCues> cues = new ArrayList<>();
        for (Element e : Element.BUILT_IN) {
            cues.add(config.cues(e));
        }
        return cues;
    }

    private static Analysis analyze(String name, String text) throws Exception {
        Report report = new StructureParser().parse(name, text);
        return analyzer(Map.of("confusions", CONFUSIONS)).analyze(report, Genre.REPORT);
    }

    @Test
    void aParagraphIsOneLineAndAHeadingOnItsOwnLineIsAnother() throws Exception {
        Analysis a = analyze("a.txt", "关于2024年工作情况的报告\n市委：\n一、主要工作\n（一）加强组织领导。成立领导小组，把挥方向。\n特此报告。\n");
        List<NodeType> types = a.lines().stream().map(Line::type).toList();
        assertEquals(List.of(NodeType.TITLE, NodeType.ADDRESSEE, NodeType.HEADING, NodeType.PARAGRAPH, NodeType.CLOSING), types);
        Line heading = a.lines().get(2);
        assertEquals("主要工作", heading.text(), "a heading line is read without its ordinal");
        assertEquals(3, heading.span().column(), "and its span starts after the ordinal");
        assertTrue(a.lines().get(3).text().startsWith("（一）加强组织领导"), "the paragraph keeps its inline heading");
    }

    @Test
    void wordListHitsAreTermsWithExactSpansAndTheCorrectForm() throws Exception {
        Analysis a = analyze("a.txt", "报告\n截止目前，全局把挥正确方向。\n");
        List<Term> terms = a.terms();
        assertEquals(2, terms.size(), terms.toString());
        Term first = terms.get(0);
        assertEquals("把挥", first.text(), "entries in list order");
        assertEquals(2, first.span().line());
        assertEquals(8, first.span().column());
        assertEquals("把握", first.replacement());
        assertEquals("截至目前", terms.get(1).replacement(), "a pattern entry's groups fill its correct form");
        assertTrue(analyze("a.txt", "报告\n把握正确方向。\n").terms().isEmpty(), "the correct form is no hit");
    }

    @Test
    void spotsOfEachKindAndTheirNegatives() throws Exception {
        assertKinds("报告\nx月x日召开会议，由*同志主持。\n", SpotKind.PLACEHOLDER, SpotKind.PLACEHOLDER);
        assertKinds("报告\nX射线设备3台，3*4米。\n");
        assertKinds("报告\n党风廉政建建设，坚决做到做到。\n", SpotKind.DOUBLED_CHARACTER, SpotKind.DOUBLED_WORD);
        assertKinds("报告\n干干净净做事。\n");
        assertKinds("报告\n以上报告，妥否，请批示。\n", SpotKind.REQUEST);
        assertKinds("报告\n经市政府批准，请批评指正。\n");
        assertKinds("报告\n增强“四个意识，学习《落实《意见》的方案》。\n", SpotKind.UNPAIRED_MARK, SpotKind.NESTED_TITLE);
        assertKinds("报告\n加强组织领导,成立专班。\n", SpotKind.HALF_WIDTH_MARK);
        assertKinds("报告\n投资1,000万元，9:30开会。\n");
        assertKinds("报告\n召开会议，，研究工作。。。\n", SpotKind.DOUBLED_MARK, SpotKind.ELLIPSIS);
        assertKinds("报告\n1——11月，23年4月，04月05日。\n", SpotKind.RANGE_DASH, SpotKind.DATE_FORM, SpotKind.DATE_FORM,
                SpotKind.DATE_FORM);
        assertKinds("报告\n1—11月，2023年4月5日，有期徒刑10年6月。\n");
    }

    @Test
    void theHalfWidthMarkCarriesItsFullWidthForm() throws Exception {
        Spot s = spots("报告\n加强组织领导,成立专班(由局长任组长)。\n").get(0);
        assertEquals("，", s.detail());
        assertEquals("（由局长任组长）", spots("报告\n成立专班(由局长任组长)。\n").get(0).detail());
    }

    @Test
    void starsAreMasksInPlainTextAndEmphasisInMarkdown() throws Exception {
        assertEquals(1, analyze("a.txt", "报告\n由**同志任组长。\n").spots().size());
        assertTrue(analyze("a.md", "报告\n由**重点**同志任组长。\n").spots().isEmpty());
    }

    /** Cue matching answered from the lines' scans finds exactly what it finds reading each text afresh. */
    @Test
    void cueGatesFromTheLineScansChangeNothing() throws Exception {
        Config config = ConfigLoader.defaults();
        List<ElementCues> cues = cues(config);
        Vocabulary.Builder words = new Vocabulary.Builder();
        CueMatcher withScans = new CueMatcher(cues, config.context(), config.balance(), words, new Segmenter());
        CueMatcher alone = new CueMatcher(cues, config.context(), config.balance());
        Vocabulary vocabulary = words.build();
        int reports = 0;
        for (Path p : fixtures()) {
            Report report = new StructureParser().parse(p.toString(), Files.readString(p));
            List<Line> lines = Analyzer.lines(report);
            Map<Integer, LineScan> scans = new java.util.HashMap<>();
            for (Line l : lines) {
                scans.put(l.id(), vocabulary.scan(l.text()));
            }
            assertEquals(alone.match(report), withScans.match(report, new LineScans(lines, scans)).hits(), p.toString());
            reports++;
        }
        assertTrue(reports >= 20, "the fixtures were read: " + reports);
    }

    /** A paragraph of 40,000 sentences, each with cues of all three elements, on one line. */
    @Test
    void aVeryLongLineCostsItsLengthNotItsSquare() throws Exception {
        String text = "关于工作情况的报告\n" + "我局成立领导小组，存在工作问题，下一步将加强学习。".repeat(40_000) + "\n";
        Report report = new StructureParser().parse("long.txt", text);
        Analyzer analyzer = analyzer(Map.of());
        // Asking about each sentence used to read every word the whole line holds: minutes, not seconds. The
        // limit is a guard against that, generous enough for a loaded machine (11 s at load 10).
        Analysis a = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120),
                () -> analyzer.analyze(report, Genre.REPORT));
        assertTrue(a.hits().size() >= 40_000, "every sentence's cues found: " + a.hits().size());
    }

    @Test
    void theScanFindsOverlappingWordsAndDoubledCharacters() {
        Vocabulary.Builder b = new Vocabulary.Builder();
        int ab = b.add("领导小组");
        int c = b.add("小组");
        Vocabulary v = b.build();
        LineScan scan = v.scan("成立领导小组");
        assertTrue(scan.has(ab) && scan.has(c), "overlapping words are both found");
        assertArrayEquals(new int[] {c}, scan.wordsIn(4, 6), "a stretch holds only its own words");
        assertArrayEquals(new int[] {ab, c}, scan.wordsIn(0, 6), "words in the order they start, not end");
        // a line too long to pack a hit's start, end and index into one sort key is sorted the boxed way
        String longLine = "小组" + "x".repeat(1 << 21) + "领导小组";
        assertArrayEquals(new int[] {c, ab, c}, v.scan(longLine).wordsIn(0, longLine.length()));
        assertFalse(v.scan("成立专班").has(ab));
        assertEquals(-1, b.add(""), "an empty word is no word");
    }

    private static List<Spot> spots(String text) throws Exception {
        return analyze("a.txt", text).spots();
    }

    private static void assertKinds(String text, SpotKind... kinds) throws Exception {
        assertEquals(List.of(kinds), spots(text).stream().map(Spot::kind).sorted().toList(), text);
    }

    private static List<Path> fixtures() throws IOException {
        Path root = Path.of("src/test/resources/fixtures");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
