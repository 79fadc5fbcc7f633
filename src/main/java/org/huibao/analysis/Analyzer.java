package org.huibao.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.huibao.api.Balance;
import org.huibao.api.Block;
import org.huibao.api.CueHit;
import org.huibao.api.DocumentFact;
import org.huibao.api.Genre;
import org.huibao.api.Heading;
import org.huibao.api.Line;
import org.huibao.api.LinePart;
import org.huibao.api.Node;
import org.huibao.api.NodeType;
import org.huibao.api.PartRole;
import org.huibao.api.Sentence;
import org.huibao.api.Span;
import org.huibao.api.Spot;
import org.huibao.api.SpotKind;
import org.huibao.api.Term;
import org.huibao.analysis.CueMatcher;
import org.huibao.config.Config;
import org.huibao.config.Context;
import org.huibao.config.ElementCues;
import org.huibao.config.ElementDeclaration;
import org.huibao.lexicon.Lexicon;
import org.huibao.parse.Columns;
import org.huibao.parse.Report;

/**
 * The analysis stage: from a parsed report to the facts the rules read, each computed once and in one
 * pass per line — the lines, one scan of every line for every word of the run's vocabulary, the
 * word-list hits, and the character-level spots. Thread-safe; one instance serves a run.
 */
public final class Analyzer {
    /** The word list of the political formulations (HB304), whose slips a report's own definitions excuse. */
    private static final String FORMULATIONS = "formulations";
    private final Vocabulary vocabulary;
    private final WordLists wordLists;
    private final NearMisses nearMisses;
    private final ReorderedSlogans reorderedSlogans;
    private final TitleSlips titleSlips;
    private final EnumeratedFormulas enumerated = EnumeratedFormulas.load();
    private final Balance balance;
    /** Where a figure may begin; {@code null} when the pattern is not plain enough to tell. */
    private final FirstChars figuresStart;
    private final CueMatcher cues;
    private final WordBoundaries boundaries;
    private final DoubledWords doubledWords;
    private final Confusables confusables;
    private final List<Detector> detectors = List.of(new WordingSpots(), new PunctuationSpots(), new MarkSlips(), new Figures(), new NumberSlips(), new DateSlips(), new NumberWords(), new MarkMisuses());

    /**
     * @param lexicons the word lists of the run's rules
     * @param cues     each required element's cues (config.yaml)
     * @param context  what qualifies a cue (config.yaml)
     * @param balance  what the content-balance rules measure against (config.yaml)
     */
    public Analyzer(Map<String, Lexicon> lexicons, List<ElementCues> cues, Context context, Balance balance) {
        Vocabulary.Builder words = new Vocabulary.Builder();
        this.wordLists = new WordLists(lexicons, words);
        this.nearMisses = new NearMisses(lexicons, words);
        this.reorderedSlogans = new ReorderedSlogans(lexicons);
        this.titleSlips = new TitleSlips(lexicons);
        Segmenter segmenter = new Segmenter().warm();
        this.cues = new CueMatcher(cues, context, balance, words, segmenter);
        this.boundaries = new WordBoundaries(segmenter);
        this.doubledWords = new DoubledWords(segmenter, boundaries);
        this.confusables = new Confusables(segmenter);
        this.vocabulary = words.build();
        this.balance = balance;
        this.figuresStart = FirstChars.of(balance.figures()).orElse(null);
    }

    /**
     * The automaton of this analyzer's vocabulary with its words, as {@code org.huibao.build.AutomatonWriter}
     * packages it for the built-in configuration and word lists (build time).
     */
    public byte[] packedVocabulary() {
        return vocabulary.packed();
    }

    /** The class-path resource a packaged automaton of this analyzer's vocabulary is looked up at. */
    public String vocabularyResource() {
        return vocabulary.resource();
    }

    /**
     * Starts loading the segmenter's dictionaries on a background thread (about a quarter of a second),
     * so that it overlaps with the rest of start-up; the first analyzer then finds them loaded.
     */
    public static void preload() {
        Thread t = new Thread(() -> new Segmenter().warm(), "huibao-segmenter");
        t.setDaemon(true);
        t.start();
    }

    /** The analyzer of a run: the rules' word lists and config.yaml's cues, context and balance. */
    public static Analyzer of(Config config, Map<String, Lexicon> lexicons) {
        List<ElementCues> cues = new ArrayList<>();
        for (ElementDeclaration d : config.elements()) {
            cues.add(d.cues());
        }
        return new Analyzer(lexicons, cues, config.context(), config.balance());
    }

    public Analysis analyze(Report report, Genre genre) {
        return analyze(report, genre, "");
    }

    /** The facts of a report of a genre, decided by {@code genreCue} (see {@link DocumentFact#genreCue()}). */
    public Analysis analyze(Report report, Genre genre, String genreCue) {
        DocumentFact document = document(report, genre, genreCue);
        Dated dated = Dated.of(report);
        List<Line> lines = lines(report);
        Map<Integer, LineScan> scans = new HashMap<>();
        List<Term> terms = new ArrayList<>();
        List<Spot> spots = new ArrayList<>();
        Set<Integer> quoteOpens = new HashSet<>();
        for (Block b : report.blocks(NodeType.PARAGRAPH)) {
            if (b.text().startsWith("“")) {
                quoteOpens.add(b.span().line());
            }
        }
        Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        String addressee = report.blocks(NodeType.ADDRESSEE).stream().map(Block::text).collect(java.util.stream.Collectors.joining("、"));
        for (Line line : lines) {
            LineScan scan = vocabulary.scan(line.text());
            scans.put(line.id(), scan);
            if (line.wording()) {
                int firstTerm = terms.size();
                Columns columns = new Columns(line.span(), line.text());
                for (String list : wordLists.names()) {
                    for (WordLists.Match m : wordLists.find(list, line.text(), scan, columns, dated)) {
                        terms.add(new Term(list, line.id(), m.span(), m.text(), m.replacement(), m.note(), m.fix()));
                    }
                }
                terms.addAll(nearMisses.find(line.text(), scan, line.id(), columns, terms.subList(firstTerm, terms.size()), dated));
                terms.addAll(reorderedSlogans.find(line.text(), line.id(), columns, terms.subList(firstTerm, terms.size())));
                terms.addAll(enumerated.find(line.text(), line.id(), columns, terms.subList(firstTerm, terms.size())));
                terms.addAll(titleSlips.find(line.text(), line.id(), columns, terms.subList(firstTerm, terms.size())));
                terms.addAll(PlanYears.find(line.text(), line.id(), columns, terms.subList(firstTerm, terms.size())));
                terms.addAll(confusables.find(line.text(), line.id(), columns, terms.subList(firstTerm, terms.size())));
            }
            LineContext context = new LineContext(line, document, quotationGoesOn(quoteOpens, line), line == last && cutOff(line), addressee);
            int first = spots.size();
            for (Detector d : detectors) {
                d.detect(context, spots);
            }
            dropWordMeetings(line, spots.subList(first, spots.size()), terms);
            if (line.type() == NodeType.HEADING && line.node() instanceof Heading h) {
                PunctuationSpots.headingEnd(h, line.id(), report.lines(), spots);
            }
        }
        dropDefined(report, terms);
        MarkSlips.closingSemicolons(lines, report.lines(), spots);
        NumberHabits.find(lines, spots);
        NumberHabits.percents(lines, spots);
        HeadingColons.find(lines, report.headings(), spots);
        for (Block b : report.blocks(NodeType.ARTEFACT)) {
            WordingSpots.artefact(b, spots);
        }
        CueMatcher.Matches cueMatches = cues.match(report, new LineScans(lines, scans));
        return new Analysis(document, lines, terms, spots, cueMatches.hits(), cueMatches.clauses(),
                StructureFacts.of(report), parts(report, lines, cueMatches.roles()));
    }

    /** Drops the formulation slips that are terms the report defines for itself ({@link DefinedTerms}). */
    private static void dropDefined(Report report, List<Term> terms) {
        if (terms.stream().noneMatch(t -> t.vocabulary().equals(FORMULATIONS))) {
            return;
        }
        Set<String> defined = DefinedTerms.of(report.text().lines().toList());
        terms.removeIf(t -> t.vocabulary().equals(FORMULATIONS) && defined.contains(Folded.fold(t.text())));
    }

    /** The role of the part each line sits in: a heading line's own heading first, a block's section. */
    private static List<LinePart> parts(Report report, List<Line> lines, Map<Integer, PartRole> roles) {
        List<LinePart> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            int section = line.node() instanceof Block b ? b.sectionId() : line.node().id();
            out.add(new LinePart(line.id(), CueMatcher.roleOf(report, roles, section)));
        }
        return out;
    }

    /** Of the doubled characters and words just found in a line, keeps only the slips ({@link WordBoundaries}, {@link DoubledWords}). */
    private void dropWordMeetings(Line line, List<Spot> found, List<Term> terms) {
        int at = line.span().start();
        found.removeIf(s -> s.kind() == SpotKind.DOUBLED_CHARACTER && !boundaries.slip(line.text(), s.span().start() - at)
                || s.kind() == SpotKind.DOUBLED_WORD
                && !doubledWords.slip(line.text(), s.span().start() - at, s.span().end() - at));
        // a slip inside a correct doubling (政务公公开, 进一步一步) is reported with the word it broke, which
        // the reduplication list does not cover
        Columns columns = null;
        for (int k = 0; k < found.size(); k++) {
            Spot s = found.get(k);
            if (s.kind() != SpotKind.DOUBLED_CHARACTER && s.kind() != SpotKind.DOUBLED_WORD
                    || s.kind() == SpotKind.DOUBLED_WORD && s.text().charAt(0) != '一') {
                continue;
            }
            String[] reach = boundaries.reach(line.text(), s.span().start() - at, s.span().end() - at);
            if (reach == null && s.kind() == SpotKind.DOUBLED_CHARACTER && reduplication(terms, s)) {
                // 网格|格|员: a listed doubling (格格) the segmenter splits is a copy typed after the word it
                // ends; reported with that word, which the list does not cover
                reach = boundaries.afterWord(line.text(), s.span().start() - at);
            }
            if (reach != null) {
                columns = columns == null ? new Columns(line.span(), line.text()) : columns;
                int from = Integer.parseInt(reach[0]);
                int to = Integer.parseInt(reach[1]);
                found.set(k, new Spot(s.kind(), s.lineId(), columns.span(from, to), line.text().substring(from, to), s.detail(), reach[2]));
            }
        }
    }

    /** A listed reduplication (格格, 公公) of the line holds the doubled pair. */
    private static boolean reduplication(List<Term> terms, Spot s) {
        for (int k = terms.size() - 1; k >= 0 && terms.get(k).lineId() == s.lineId(); k--) {
            Term t = terms.get(k);
            if (t.vocabulary().equals("reduplications") && t.span().start() <= s.span().start() && t.span().end() >= s.span().end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines: every block and heading that has a line of its own, and of a line that holds a paragraph
     * only the paragraph (a heading that opens it is part of its text).
     */
    static List<Line> lines(Report report) {
        Map<Integer, Integer> paragraphByLine = new HashMap<>();
        for (Block b : report.blocks(NodeType.PARAGRAPH)) {
            paragraphByLine.merge(b.span().line(), 1, Integer::sum);
        }
        List<Line> out = new ArrayList<>();
        for (Node n : report.nodes()) {
            if (n instanceof Sentence) {
                continue;
            }
            int onLine = paragraphByLine.getOrDefault(n.span().line(), 0) - (n.type() == NodeType.PARAGRAPH ? 1 : 0);
            if (onLine > 0) {
                continue;
            }
            if (n instanceof Heading h && !report.text().startsWith("**", h.span().start())) {
                out.add(new Line(h.id(), h, NodeType.HEADING, h.textSpan(), h.text()));
            } else {
                // a bold heading's line is read whole: its pasted marks are residue (HB306)
                out.add(new Line(n.id(), n, n.type(), n.span(), n instanceof Heading
                        ? report.text().substring(n.span().start(), n.span().end()) : n.text()));
            }
        }
        return out;
    }

    /**
     * A paragraph that stops mid-sentence — on a character, a comma or an opening mark, not on a mark that
     * ends a sentence or closes a pair: as the text's last line, the text or its copy was cut off there.
     */
    private static boolean cutOff(Line line) {
        String t = line.text().strip();
        // a line that stops without a mark may be read as an unnumbered heading: as the last line it was cut too
        return (line.type() == NodeType.PARAGRAPH || line.type() == NodeType.HEADING) && !t.isEmpty() && "。！？!?…；;：:”’）)》」』】〕".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** A paragraph whose quotation goes on: one of the next two lines is a paragraph opening with “. */
    private static boolean quotationGoesOn(Set<Integer> quoteOpens, Line line) {
        int l = line.span().line();
        return line.type() == NodeType.PARAGRAPH && (quoteOpens.contains(l + 1) || quoteOpens.contains(l + 2));
    }

    private DocumentFact document(Report report, Genre genre, String genreCue) {
        int chars = 0;
        int figures = 0;
        for (Node n : report.nodes()) {
            if (n instanceof Heading h && !h.inline() || n instanceof Block b && b.type() == NodeType.PARAGRAPH) {
                chars += Han.contentLength(n.text());
                figures += figures(n.text());
            }
        }
        return new DocumentFact(report.name(), report.title().orElse(""), head(report), genre, chars, figures, genreCue);
    }

    /** The figures in a text: the matches a search for balance.figures finds, tried only where one may begin. */
    private int figures(String text) {
        int n = 0;
        if (figuresStart == null) {
            Matcher m = balance.figures().matcher(text);
            while (m.find()) {
                n++;
            }
        } else {
            StartsAt m = new StartsAt(balance.figures(), text, figuresStart);
            while (m.find()) {
                n++;
            }
        }
        return n;
    }

    /** The report's first line: where findings about the whole report point. */
    private static Span head(Report report) {
        for (Node n : report.nodes()) {
            if (!(n instanceof Sentence)) {
                int start = n.span().start();
                int end = report.text().indexOf('\n', start);
                return report.span(start, end < 0 ? report.text().length() : end);
            }
        }
        return report.span(0, 0);
    }
}
