package org.huibao.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.huibao.parse.Genres;
import org.huibao.analysis.Analyzer;
import org.huibao.baseline.Baseline;
import org.huibao.config.Config;
import org.huibao.config.ElementDeclaration;
import org.huibao.config.Profile;
import org.huibao.api.DeclaredElement;
import org.huibao.api.Evidence;
import org.huibao.engine.RuleEngine;
import org.huibao.engine.RuleFailure;
import org.huibao.engine.RuleSet;
import org.huibao.api.Weakness;
import org.huibao.api.Element;
import org.huibao.api.ElementStatus;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.Location;
import org.huibao.api.Message;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleInfo;
import org.huibao.model.Score;
import org.huibao.model.Waivers;
import org.huibao.api.Genre;
import org.huibao.parse.Report;
import org.huibao.api.Span;
import org.huibao.parse.StructureParser;
import org.huibao.read.DocumentReader;
import org.huibao.read.ReadException;
import org.huibao.read.Readers;
import org.huibao.read.SourceText;
import org.huibao.score.Scorer;

/**
 * Checks one input end to end: read, parse, match cues, run the rules, assemble the element
 * verdicts, score. Thread-safe; one instance serves a whole run.
 */
public final class Checker {
    /** Evidence locations kept per element: enough to find the part, not a concordance. */
    static final int MAX_EVIDENCE = 5;

    private final Config config;
    private final RuleSet rules;
    private final Readers readers;
    private final StructureParser parser = new StructureParser();
    private final RuleEngine engine;
    private final Analyzer analyzer;
    private final int maxChars;
    private final Optional<Genre> forcedGenre;
    private final Map<Genre, Map<String, RuleInfo>> ruleSettings = new EnumMap<>(Genre.class);
    private final Map<Genre, Scorer> scorers = new EnumMap<>(Genre.class);
    /** The accepted findings the verdicts are judged against; null when the run has no baseline. */
    private final Baseline baseline;

    public Checker(Config config, RuleSet rules, Readers readers) {
        this(config, rules, readers, Optional.empty());
    }

    /** @param forcedGenre the profile to apply to every report, instead of each report's detected genre */
    public Checker(Config config, RuleSet rules, Readers readers, Optional<Genre> forcedGenre) {
        this(config, rules, readers, forcedGenre, Limits.DEFAULTS);
    }

    public Checker(Config config, RuleSet rules, Readers readers, Optional<Genre> forcedGenre, Limits limits) {
        this(config, rules, Analyzer.of(config, rules.lexicons()), readers, forcedGenre, limits);
    }

    /** @param analyzer the analysis stage for this config and these rules' word lists, made beforehand */
    public Checker(Config config, RuleSet rules, Analyzer analyzer, Readers readers, Optional<Genre> forcedGenre,
                   Limits limits) {
        this.config = config;
        this.rules = rules;
        this.readers = readers;
        this.engine = new RuleEngine(rules, limits.timeLimit());
        this.analyzer = analyzer;
        this.maxChars = limits.maxChars();
        this.forcedGenre = forcedGenre;
        this.baseline = null;
        // Filled once here and only read afterwards, so one checker serves many threads.
        for (Genre g : Genre.values()) {
            Profile profile = config.profile(g);
            ruleSettings.put(g, rules.forProfile(profile));
            scorers.put(g, new Scorer(profile.scoring(), config.threshold(), Scorer.weights(config.elements())));
        }
    }

    private Checker(Checker from, Baseline baseline) {
        this.config = from.config;
        this.rules = from.rules;
        this.readers = from.readers;
        this.engine = from.engine;
        this.analyzer = from.analyzer;
        this.maxChars = from.maxChars;
        this.forcedGenre = from.forcedGenre;
        this.ruleSettings.putAll(from.ruleSettings);
        this.scorers.putAll(from.scorers);
        this.baseline = baseline;
    }

    /** This checker, judging each report against a baseline: its accepted findings are known, the rest decide. */
    public Checker withBaseline(Baseline accepted) {
        return new Checker(this, accepted);
    }

    /** Reads and checks a file; an unreadable file gives an error result, never an exception. */
    public ReportResult check(Path path, String displayName) {
        DocumentReader reader = readers.forPath(path).orElse(null);
        if (reader == null) {
            return ReportResult.error(displayName, new Message("不支持的文件类型（支持：" + String.join("、", readers.extensions()) + "）",
                    "unsupported file type (supported: " + String.join(", ", readers.extensions()) + ")"));
        }
        try {
            return check(reader.read(path, displayName));
        } catch (ReadException e) {
            return ReportResult.error(displayName, Errors.message(e));
        }
    }

    public ReportResult check(SourceText source) {
        if (source.text().length() > maxChars) {
            String n = String.format(Locale.ROOT, "%,d", source.text().length());
            String max = String.format(Locale.ROOT, "%,d", maxChars);
            return ReportResult.error(source.name(), new Message("报告过长：" + n + " 字符，上限 " + max + "（--max-chars）",
                    "report too long: " + n + " characters, limit " + max + " (--max-chars)"));
        }
        Report report = parser.parse(source.name(), source.text());
        Genres.Call call = forcedGenre.map(g -> new Genres.Call(g, "")).orElseGet(() -> Genres.call(report));
        Genre genre = call.genre();
        Profile profile = config.profile(genre);
        Map<String, RuleInfo> settings = ruleSettings.get(genre);
        String title = report.title().orElse("");
        List<DeclaredElement> declared = declared(genre, title, profile);
        RuleEngine.Outcome outcome;
        try {
            outcome = engine.run(report, analyzer.analyze(report, genre, call.cue()), facts(source, declared), settings);
        } catch (RuleFailure e) {
            return ReportResult.error(source.name(), e.reason());
        }
        Map<Element, ElementVerdict> verdicts = verdicts(report, outcome, declared);
        // An element the genre does not require is not reported on.
        List<Finding> findings = outcome.findings().stream()
                .filter(f -> f.element() == null || !verdicts.containsKey(f.element())
                        || verdicts.get(f.element()).required())
                .toList();
        // Suppressed before the score, so that what the author set aside costs nothing.
        Suppressor.Outcome suppressed = Suppressor.apply(source.suppressions(), findings, settings);
        findings = suppressed.findings();
        Baseline.Judgement judged = baseline == null ? null : baseline.judge(source.name(), findings, source.text());
        boolean listed = judged != null && judged.listed();
        if (listed) {
            findings = judged.findings();
        }
        Scorer scorer = scorers.get(genre);
        Score score = scorer.score(verdicts, findings, settings, listed,
                judged == null ? Baseline.NO_SCORE : judged.score());
        boolean accepted = listed && score.passed() && !scorer.score(verdicts, findings, settings, false).passed();
        Waivers waivers = new Waivers(suppressed.suppressed(), baseline != null, listed,
                judged == null ? 0 : judged.stale(), accepted);
        return new ReportResult(source.name(), report.title().orElse(""), verdicts, findings, score, null, genre.id(),
                source.text(), waivers);
    }

    /**
     * What the rules see of one report (for {@code huibao facts}): the facts inserted into the rule
     * session, in the order the engine inserts them, and those the rules inserted themselves.
     *
     * @param given    the analysis stage's facts, config's balance section and a Word file's layout,
     *                 the report's nodes and the element cues
     * @param inserted the element verdicts' evidence and weaknesses the rules inserted; empty when the
     *                 rules failed
     * @param failure  why the rules could not finish, or null
     */
    public record RuleFacts(List<Object> given, List<Object> inserted, Message failure) {
        public RuleFacts {
            given = List.copyOf(given);
            inserted = List.copyOf(inserted);
        }
    }

    /** The facts of one report as the rules see them; the text must be within the length limit. */
    public RuleFacts ruleFacts(SourceText source) {
        Report report = parser.parse(source.name(), source.text());
        Genres.Call call = forcedGenre.map(g -> new Genres.Call(g, "")).orElseGet(() -> Genres.call(report));
        org.huibao.analysis.Analysis analysis = analyzer.analyze(report, call.genre(), call.cue());
        List<DeclaredElement> declared = declared(call.genre(), report.title().orElse(""), config.profile(call.genre()));
        List<Object> given = new ArrayList<>(analysis.facts());
        given.addAll(facts(source, declared));
        given.addAll(report.nodes());
        given.addAll(analysis.hits());
        List<Object> inserted = new ArrayList<>();
        try {
            RuleEngine.Outcome outcome = engine.run(report, analysis, facts(source, declared), ruleSettings.get(call.genre()));
            inserted.addAll(outcome.evidence());
            inserted.addAll(outcome.weaknesses());
            return new RuleFacts(given, inserted, null);
        } catch (RuleFailure e) {
            return new RuleFacts(given, inserted, e.reason());
        }
    }

    /** The elements the configuration declares, each with whether this report must have it. */
    private List<DeclaredElement> declared(Genre genre, String title, Profile profile) {
        List<DeclaredElement> declared = new ArrayList<>();
        for (ElementDeclaration d : config.elements()) {
            declared.add(new DeclaredElement(d.element(), d.element().id(), d.name(), d.like(),
                    d.requiredIn(genre, title, profile), d.element().builtIn(), d.ruleId()));
        }
        return declared;
    }

    /** Facts beyond the report tree: config.yaml's balance section and elements, and a Word file's layout. */
    private List<Object> facts(SourceText source, List<DeclaredElement> declared) {
        List<Object> facts = new ArrayList<>();
        facts.add(config.balance());
        facts.addAll(declared);
        facts.addAll(source.layout().paragraphs());
        source.layout().page().ifPresent(facts::add);
        return facts;
    }

    private static Map<Element, ElementVerdict> verdicts(Report report, RuleEngine.Outcome outcome,
                                                         List<DeclaredElement> declared) {
        Map<Element, ElementVerdict> out = new LinkedHashMap<>();
        for (DeclaredElement d : declared) {
            Element e = d.element();
            List<Evidence> evidence = outcome.evidence().stream().filter(ev -> ev.element().equals(e)).toList();
            ElementStatus status = evidence.isEmpty() ? ElementStatus.ABSENT : evidence.get(0).status();
            List<Location> locations = new ArrayList<>();
            for (Evidence ev : evidence) {
                if (locations.size() == MAX_EVIDENCE) {
                    break;
                }
                Span s = ev.hit().span();
                // A cue alone ("下一步，") says little; show its sentence from the cue on.
                Span node = report.node(ev.hit().nodeId()).span();
                String text = report.text().substring(s.start(), Math.max(s.end(), node.end()));
                Location loc = new Location(s.line(), s.column(), s.endLine(), s.endColumn(), text);
                if (locations.stream().noneMatch(l -> l.line() == loc.line() && l.column() == loc.column())) {
                    locations.add(loc);
                }
            }
            Weakness weak = outcome.weaknesses().stream().filter(w -> w.element().equals(e)).findFirst().orElse(null);
            out.put(e, new ElementVerdict(e, status, weak != null && status != ElementStatus.ABSENT,
                    weak == null ? Message.NONE : weak.reason(), locations, d.required(), d.name()));
        }
        return out;
    }
}
