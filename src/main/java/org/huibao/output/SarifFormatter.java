package org.huibao.output;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.Fix;
import org.huibao.model.WaiverCounts;
import org.huibao.model.Waivers;
import org.huibao.api.Lang;
import org.huibao.model.Location;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleInfo;
import org.huibao.model.RunResult;
import org.huibao.model.Score;
import org.huibao.model.ScoreItem;
import org.huibao.model.Severity;

/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning and most IDE viewers read: one run whose tool
 * lists every loaded rule in {@code tool.driver.rules}, one result per finding, the score, threshold and
 * element verdicts of each file in {@code run.properties}, unreadable inputs as tool execution
 * notifications. Columns count Unicode code points ({@code run.columnKind}), as everywhere in this tool.
 * Every object holds only the properties the schema allows (it forbids others); tool-specific data is
 * in property bags.
 */
public final class SarifFormatter extends WholeRunFormatter {

    public static final String NAME = "sarif";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String VERSION = "2.1.0";
    /** The repository root for GitHub code scanning: relative paths are resolved against it. */
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT = "huibao/v1";
    private static final String TOOL = "huibao";


    /** Made when SARIF is first asked for, so that other runs never load Jackson's data binding. */
    private static final class Json {
        // Non-ASCII is written as it is; the caller's Writer is UTF-8. The caller owns (and closes) it.
        static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactoryBuilder()
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).characterEscapes(JsonEscapes.INSTANCE).build());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    void writeRun(RunResult run, OutputOptions options, Writer out) throws IOException {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", VERSION);
        ObjectNode sarifRun = root.putArray("runs").addObject();
        new Build(run, options, sarifRun).run();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(JsonFormatter.prettyPrinter());
            Json.MAPPER.writeTree(g, root);
        }
        out.write('\n');
        out.flush();
    }

    /** "Unfilled placeholder (blocking)" → "UnfilledPlaceholderBlocking"; empty without Latin letters. */
    static String pascalCase(String title) {
        StringBuilder b = new StringBuilder();
        for (String word : nullToEmpty(title).split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                b.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return b.toString();
    }

    static String level(Severity s) {
        return switch (s == null ? Severity.WARNING : s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The state of one {@link #write} call. */
    private final class Build {
        private final RunResult run;
        private final OutputOptions options;
        private final Lang lang;
        private final ObjectNode node;
        private final Map<String, Integer> ruleIndex = new HashMap<>();
        private final Map<String, Integer> artifactIndex = new LinkedHashMap<>();

        Build(RunResult run, OutputOptions options, ObjectNode node) {
            this.run = run;
            this.options = options;
            this.lang = options.lang();
            this.node = node;
        }

        void run() {
            for (ReportResult r : run.reports()) {
                artifactIndex.putIfAbsent(r.file(), artifactIndex.size());
            }
            tool();
            invocation();
            node.put("language", lang == Lang.EN ? "en-US" : "zh-CN");
            node.put("columnKind", "unicodeCodePoints");
            artifacts();
            results();
            properties();
        }

        private void tool() {
            ObjectNode driver = node.putObject("tool").putObject("driver");
            driver.put("name", TOOL);
            String version = nullToEmpty(run.toolVersion());
            if (!version.isEmpty()) {
                driver.put("version", version);
            }
            // Every loaded rule, so that viewers can explain rules that did not fire; then any rule a
            // finding names that the caller gave no metadata for, so that every ruleIndex is valid.
            Map<String, RuleInfo> known = new TreeMap<>();
            for (RuleInfo r : options.rules()) {
                known.putIfAbsent(r.id(), r);
            }
            Map<String, Severity> unknown = new TreeMap<>();
            for (ReportResult report : run.reports()) {
                for (Finding f : report.findings()) {
                    if (!known.containsKey(f.rule())) {
                        unknown.putIfAbsent(f.rule(), f.severity());
                    }
                }
            }
            ArrayNode rules = driver.putArray("rules");
            for (RuleInfo r : known.values()) {
                ruleIndex.put(r.id(), rules.size());
                rule(rules.addObject(), r);
            }
            for (Map.Entry<String, Severity> e : unknown.entrySet()) {
                ruleIndex.put(e.getKey(), rules.size());
                ObjectNode d = rules.addObject();
                d.put("id", e.getKey());
                // GitHub code scanning requires both descriptions and the help text of every rule.
                d.putObject("shortDescription").put("text", e.getKey());
                d.putObject("fullDescription").put("text", e.getKey());
                d.putObject("help").put("text", e.getKey());
                d.putObject("defaultConfiguration").put("level", level(e.getValue()));
                d.putObject("properties").put("severity", e.getValue() == null ? "warning" : e.getValue().id());
            }
        }

        private void rule(ObjectNode d, RuleInfo r) {
            d.put("id", r.id());
            String name = pascalCase(r.title() == null ? "" : r.title().en());
            if (!name.isEmpty()) {
                d.put("name", name);
            }
            // GitHub code scanning requires both descriptions and the help text of every rule: a rule
            // without a description or a fix falls back on what it has.
            String title = Outputs.text(r.title(), lang);
            String shortDescription = title.isBlank() ? r.id() : title;
            String description = Outputs.text(r.description(), lang);
            String fullDescription = description.isBlank() ? shortDescription : description;
            String fix = Outputs.text(r.fix(), lang);
            d.putObject("shortDescription").put("text", shortDescription);
            d.putObject("fullDescription").put("text", fullDescription);
            d.putObject("help").put("text", fix.isBlank() ? fullDescription : fix);
            ObjectNode config = d.putObject("defaultConfiguration");
            if (!r.enabled()) {
                config.put("enabled", false);
            }
            config.put("level", level(r.severity()));
            ObjectNode props = d.putObject("properties");
            props.put("severity", Outputs.severityOf(r));
            props.put("blocking", r.blocking());
            if (r.element() != null) {
                props.put("element", r.element().id());
            }
            String group = group(r.id());
            ArrayNode tags = props.putArray("tags");
            tags.add(TOOL);
            if (!group.isEmpty()) {
                tags.add(group);
            }
        }

        /** The rule group of a built-in-style id (HB1xx … HB5xx), as tags that viewers can filter by. */
        private static String group(String id) {
            if (id == null || id.length() < 3 || !Character.isDigit(id.charAt(id.length() - 3))) {
                return "";
            }
            return switch (id.charAt(id.length() - 3)) {
                case '1' -> "required-elements";
                case '2' -> "structure";
                case '3' -> "wording";
                case '4' -> "punctuation";
                case '5' -> "layout";
                default -> "";
            };
        }

        private void invocation() {
            ObjectNode invocation = node.putArray("invocations").addObject();
            // The tool ran to the end: an unreadable input is reported, not a failed execution.
            invocation.put("executionSuccessful", true);
            List<ReportResult> errors = run.reports().stream().filter(r -> r.error() != null).toList();
            if (errors.isEmpty()) {
                return;
            }
            ArrayNode notes = invocation.putArray("toolExecutionNotifications");
            for (ReportResult r : errors) {
                ObjectNode n = notes.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", messageText(Outputs.text(r.error(), lang), r.file()));
                n.putArray("locations").addObject().putObject("physicalLocation")
                        .set("artifactLocation", artifactLocation(r.file()));
            }
        }

        private void artifacts() {
            ArrayNode artifacts = node.putArray("artifacts");
            for (String file : artifactIndex.keySet()) {
                ObjectNode a = artifacts.addObject();
                ArtifactUri uri = ArtifactUri.of(file);
                ObjectNode location = a.putObject("location");
                location.put("uri", uri.uri());
                if (uri.uriBaseId() != null) {
                    location.put("uriBaseId", uri.uriBaseId());
                }
                a.putArray("roles").add("analysisTarget");
            }
        }

        private ObjectNode artifactLocation(String file) {
            ArtifactUri uri = ArtifactUri.of(file);
            ObjectNode location = Json.MAPPER.createObjectNode();
            location.put("uri", uri.uri());
            if (uri.uriBaseId() != null) {
                location.put("uriBaseId", uri.uriBaseId());
            }
            Integer index = artifactIndex.get(file);
            if (index != null) {
                location.put("index", index);
            }
            return location;
        }

        private void results() {
            ArrayNode results = node.putArray("results");
            List<ReportResult> reports = new ArrayList<>(run.reports());
            reports.sort(Comparator.comparing(r -> nullToEmpty(r.file())));
            for (ReportResult report : reports) {
                Map<String, Integer> occurrences = new HashMap<>();
                for (Finding f : Outputs.sorted(report.findings())) {
                    result(results.addObject(), report, f, occurrences);
                }
            }
        }

        private void result(ObjectNode res, ReportResult report, Finding f, Map<String, Integer> occurrences) {
            RuleInfo rule = options.rule(f.rule()).orElse(null);
            res.put("ruleId", f.rule());
            res.put("ruleIndex", ruleIndex.get(f.rule()));
            res.put("level", level(f.severity()));
            String message = Outputs.text(f.message(), lang);
            if (message.isBlank()) {
                message = Outputs.ruleTitle(options, f.rule());
            }
            res.putObject("message").put("text", messageText(message, f.rule()));
            if (report.waivers().baseline()) {
                // SARIF's own word for a result compared with a baseline run.
                res.put("baselineState", f.known() ? "unchanged" : "new");
            }

            Location l = f.location();
            ObjectNode physical = res.putArray("locations").addObject().putObject("physicalLocation");
            physical.set("artifactLocation", artifactLocation(report.file()));
            ObjectNode region = physical.putObject("region");
            int startLine = Math.max(1, l.line());
            int startColumn = Math.max(1, l.column());
            int endLine = Math.max(startLine, l.endLine());
            int endColumn = endLine == startLine ? Math.max(startColumn, l.endColumn()) : Math.max(1, l.endColumn());
            region.put("startLine", startLine);
            region.put("startColumn", startColumn);
            region.put("endLine", endLine);
            region.put("endColumn", endColumn);
            String excerpt = nullToEmpty(l.text());
            if (!excerpt.isEmpty()) {
                region.putObject("snippet").put("text", excerpt);
            }

            String key = f.rule() + '\u0000' + report.file() + '\u0000' + excerpt;
            int n = occurrences.merge(key, 1, Integer::sum);
            res.putObject("partialFingerprints").put(FINGERPRINT, sha256(key).substring(0, 32) + ":" + n);

            ObjectNode props = res.putObject("properties");
            props.put("severity", f.severity() == null ? "warning" : f.severity().id());
            if (rule != null) {
                props.put("blocking", rule.blocking());
            }
            if (f.element() != null) {
                props.put("element", f.element().id());
            }
            String suggestion = Outputs.text(f.suggestion(), lang);
            if (!suggestion.isEmpty()) {
                props.put("suggestion", suggestion);
            }
            if (f.fix() != null && textFile(report.file())) {
                fix(res.putArray("fixes").addObject(), report, f.fix());
            }
        }

        /**
         * The edit as SARIF's fix: one replacement of the range's characters (its region counts as the
         * result's do, code points with an end column just after the last character) by the replacement.
         */
        private void fix(ObjectNode fix, ReportResult report, Fix edit) {
            fix.putObject("description").put("text", Labels.of(lang).fix(edit));
            ObjectNode change = fix.putArray("artifactChanges").addObject();
            change.set("artifactLocation", artifactLocation(report.file()));
            ObjectNode replacement = change.putArray("replacements").addObject();
            Location r = edit.range();
            ObjectNode region = replacement.putObject("deletedRegion");
            region.put("startLine", Math.max(1, r.line()));
            region.put("startColumn", Math.max(1, r.column()));
            region.put("endLine", Math.max(1, r.endLine()));
            region.put("endColumn", Math.max(1, r.endColumn()));
            if (!edit.replacement().isEmpty()) {
                replacement.putObject("insertedContent").put("text", edit.replacement());
            }
        }

        private void properties() {
            ObjectNode props = node.putObject("properties");
            ObjectNode summary = props.putObject("summary");
            summary.put("files", run.reports().size());
            summary.put("passed", run.passed());
            summary.put("failed", run.failed());
            summary.put("errors", run.errors());
            WaiverCounts waivers = WaiverCounts.of(run.reports());
            summary.put("suppressed", waivers.suppressed());
            if (waivers.baseline()) {
                ObjectNode b = summary.putObject("baseline");
                b.put("known", waivers.known());
                b.put("new", waivers.fresh());
                b.put("stale", waivers.stale());
            }
            ObjectNode reports = props.putObject("reports");
            for (ReportResult r : run.reports()) {
                report(reports.putObject(nullToEmpty(r.file())), r);
            }
        }

        /** As in the JSON output contract, keyed by file. */
        private void report(ObjectNode o, ReportResult r) {
            o.put("status", r.status());
            if (r.error() != null) {
                o.putObject("error").put("message", Outputs.text(r.error(), lang));
                return;
            }
            Score score = r.score();
            o.put("score", score.total());
            putNumber(o, "threshold", score.threshold());
            o.put("passed", score.passed());
            ArrayNode blocked = o.putArray("blockedBy");
            score.blockedBy().forEach(blocked::add);
            o.put("title", nullToEmpty(r.title()));
            o.put("genre", nullToEmpty(r.genre()));
            Waivers w = r.waivers();
            o.put("suppressed", w.suppressed());
            if (w.baseline()) {
                long known = r.findings().stream().filter(Finding::known).count();
                ObjectNode b = o.putObject("baseline");
                b.put("listed", w.listed());
                b.put("known", known);
                b.put("new", r.findings().size() - known);
                b.put("stale", w.stale());
                b.put("accepted", w.accepted());
            }
            ObjectNode elements = o.putObject("elements");
            for (ElementVerdict v : r.elements().values()) {
                ObjectNode ev = elements.putObject(v.element().id());
                if (!Labels.usualName(v)) {
                    ev.put("name", Labels.of(lang).element(v));
                }
                ev.put("status", v.status().id());
                ev.put("quality", v.quality());
                ev.put("required", v.required());
                if (v.weak()) {
                    ev.put("reason", Outputs.text(v.reason(), lang));
                }
                ArrayNode evidence = ev.putArray("evidence");
                for (Location l : v.evidence()) {
                    ObjectNode x = evidence.addObject();
                    x.put("line", l.line());
                    x.put("column", l.column());
                    x.put("endLine", l.endLine());
                    x.put("endColumn", l.endColumn());
                    x.put("text", nullToEmpty(l.text()));
                }
            }
            ArrayNode breakdown = o.putArray("breakdown");
            for (ScoreItem item : score.breakdown()) {
                ObjectNode b = breakdown.addObject();
                b.put("item", item.item());
                b.put("points", item.points());
                b.put("max", item.max());
                if (item.detail() != null && !item.detail().isEmpty()) {
                    b.put("detail", item.detail());
                }
            }
        }
    }

    /**
     * Whether a SARIF consumer may apply an edit to the file as text: a Word or PDF file's lines are the
     * paragraphs huibao read, not lines of the file (huibao fix makes a Word file's edits tracked changes).
     */
    static boolean textFile(String file) {
        String name = file == null ? "" : file.toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md");
    }

    /** A message must not be empty (GitHub rejects results without text). */
    private static String messageText(String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text;
    }

    private static void putNumber(ObjectNode o, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            o.put(field, (long) value);
        } else {
            o.put(field, value);
        }
    }

    private static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
