package org.huibao.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.model.Fix;
import org.huibao.api.Lang;
import org.huibao.model.Location;
import org.huibao.api.Message;
import org.huibao.model.ReportResult;
import org.huibao.model.Score;
import org.huibao.model.ScoreItem;
import org.huibao.model.StatusCounts;
import org.huibao.model.WaiverCounts;
import org.huibao.model.Waivers;

/**
 * The machine-readable format: the JSON output contract of ARCHITECTURE.md. Fields are written one by
 * one rather than by binding the model records, so the field order and names are the contract's and
 * stay so when the model changes. Colour and quiet are ignored: consumers get every report.
 */
public final class JsonFormatter implements Formatter {

    public static final String NAME = "json";
    private static final String TOOL = "huibao";

    private final JsonFactory factory;
    private final int spoolInMemory;

    public JsonFormatter() {
        this(Spool.IN_MEMORY);
    }

    /** @param spoolInMemory how many characters of reports stay in memory before they go to a file */
    JsonFormatter(int spoolInMemory) {
        this.spoolInMemory = spoolInMemory;
        // Non-ASCII is written as it is (ESCAPE_NON_ASCII stays off); the caller's Writer is UTF-8.
        this.factory = new JsonFactoryBuilder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .characterEscapes(JsonEscapes.INSTANCE).build();
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The summary comes before the reports in the contract, but is known only after the last one; so
     * the reports go to a {@link Spool} as they arrive, written by a generator that began the same root
     * object (and so indents them exactly as in the final document), and follow the summary at the end.
     */
    @Override
    public ReportStream open(String toolVersion, OutputOptions options, Writer out) throws IOException {
        Spool spool = new Spool(spoolInMemory);
        JsonGenerator body = factory.createGenerator(spool);
        body.setPrettyPrinter(prettyPrinter());
        body.writeStartObject();
        body.writeFieldName("reports");
        body.flush();
        long prefix = spool.length();
        body.writeStartArray();
        return new ReportStream() {
            private final StatusCounts counts = new StatusCounts();
            private final WaiverCounts waivers = new WaiverCounts();

            @Override
            public void report(ReportResult report) throws IOException {
                counts.add(report);
                waivers.add(report);
                writeReport(body, report, options.lang());
            }

            @Override
            public void finish() throws IOException {
                try (spool) {
                    body.writeEndArray();
                    body.writeEndObject();
                    body.close();
                    try (JsonGenerator head = factory.createGenerator(out)) {
                        // left open after "reports": the spool supplies the rest of the object
                        head.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
                        head.setPrettyPrinter(prettyPrinter());
                        head.writeStartObject();
                        head.writeObjectFieldStart("tool");
                        head.writeStringField("name", TOOL);
                        head.writeStringField("version", nullToEmpty(toolVersion));
                        head.writeEndObject();
                        head.writeObjectFieldStart("summary");
                        head.writeNumberField("files", counts.files());
                        head.writeNumberField("passed", counts.passed());
                        head.writeNumberField("failed", counts.failed());
                        head.writeNumberField("errors", counts.errors());
                        head.writeNumberField("suppressed", waivers.suppressed());
                        if (waivers.baseline()) {
                            head.writeObjectFieldStart("baseline");
                            head.writeNumberField("known", waivers.known());
                            head.writeNumberField("new", waivers.fresh());
                            head.writeNumberField("stale", waivers.stale());
                            head.writeEndObject();
                        }
                        head.writeEndObject();
                        head.writeFieldName("reports");
                    }
                    spool.copyTo(out, prefix);
                }
                // A trailing newline keeps shells and `cat` tidy.
                out.write('\n');
                out.flush();
            }
        };
    }

    private static void writeReport(JsonGenerator g, ReportResult r, Lang lang) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", r.file());
        g.writeStringField("status", r.status());
        if (r.error() != null) {
            g.writeObjectFieldStart("error");
            g.writeStringField("message", r.error().in(lang));
            g.writeEndObject();
            g.writeEndObject();
            return;
        }
        Score score = r.score();
        g.writeNumberField("score", score.total());
        writeNumber(g, "threshold", score.threshold());
        g.writeStringField("title", nullToEmpty(r.title()));
        g.writeStringField("genre", nullToEmpty(r.genre()));

        g.writeObjectFieldStart("elements");
        // The built-in elements first, then an office's own, in the order of its configuration.
        for (ElementVerdict v : r.elements().values()) {
            writeElement(g, v, lang);
        }
        g.writeEndObject();

        g.writeArrayFieldStart("findings");
        for (Finding f : r.findings()) {
            writeFinding(g, f, lang);
        }
        g.writeEndArray();

        g.writeArrayFieldStart("breakdown");
        for (ScoreItem item : score.breakdown()) {
            g.writeStartObject();
            g.writeStringField("item", item.item());
            g.writeNumberField("points", item.points());
            g.writeNumberField("max", item.max());
            if (item.detail() != null && !item.detail().isEmpty()) {
                g.writeStringField("detail", item.detail());
            }
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeBooleanField("passed", score.passed());
        writeStrings(g, "blockedBy", score.blockedBy());
        writeWaivers(g, r);
        g.writeEndObject();
    }

    /**
     * {@code suppressed}: findings the report's comments left out. With a baseline, {@code baseline}: whether
     * it lists the file, its known and new findings, its entries no longer found, and whether the report
     * passes only because the baseline accepts what would fail it.
     */
    private static void writeWaivers(JsonGenerator g, ReportResult r) throws IOException {
        Waivers w = r.waivers();
        g.writeNumberField("suppressed", w.suppressed());
        if (!w.baseline()) {
            return;
        }
        long known = r.findings().stream().filter(Finding::known).count();
        g.writeObjectFieldStart("baseline");
        g.writeBooleanField("listed", w.listed());
        g.writeNumberField("known", known);
        g.writeNumberField("new", r.findings().size() - known);
        g.writeNumberField("stale", w.stale());
        g.writeBooleanField("accepted", w.accepted());
        g.writeEndObject();
    }

    private static void writeElement(JsonGenerator g, ElementVerdict v, Lang lang) throws IOException {
        g.writeObjectFieldStart(v.element().id());
        // Added for an office's own elements (and a built-in one renamed): readers know only the built-in names.
        if (!Labels.usualName(v)) {
            g.writeStringField("name", Labels.of(lang).element(v));
        }
        g.writeStringField("status", v.status().id());
        g.writeStringField("quality", v.quality());
        g.writeBooleanField("required", v.required());
        if (v.weak()) {
            g.writeStringField("reason", text(v.reason(), lang));
        }
        g.writeArrayFieldStart("evidence");
        for (Location l : v.evidence()) {
            g.writeStartObject();
            g.writeNumberField("line", l.line());
            g.writeNumberField("column", l.column());
            g.writeStringField("text", nullToEmpty(l.text()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeFinding(JsonGenerator g, Finding f, Lang lang) throws IOException {
        Location l = f.location();
        g.writeStartObject();
        g.writeStringField("rule", f.rule());
        g.writeStringField("severity", f.severity().id());
        g.writeStringField("message", text(f.message(), lang));
        g.writeNumberField("line", l.line());
        g.writeNumberField("column", l.column());
        g.writeNumberField("endLine", l.endLine());
        g.writeNumberField("endColumn", l.endColumn());
        g.writeStringField("excerpt", nullToEmpty(l.text()));
        String suggestion = text(f.suggestion(), lang);
        if (!suggestion.isEmpty()) {
            g.writeStringField("suggestion", suggestion);
        }
        if (f.element() != null) {
            g.writeStringField("element", f.element().id());
        }
        writeFix(g, f.fix());
        if (f.known()) {
            g.writeBooleanField("known", true);
        }
        g.writeEndObject();
    }

    /**
     * The finding's mechanical edit, when it has one: replace the characters of {@code range} — whose
     * {@code text} must be what is there — with {@code replacement}. The range counts as the finding's
     * location does: 1-based lines and code-point columns, {@code endColumn} just after the last character.
     */
    private static void writeFix(JsonGenerator g, Fix fix) throws IOException {
        if (fix == null) {
            return;
        }
        Location r = fix.range();
        g.writeObjectFieldStart("fix");
        g.writeObjectFieldStart("range");
        g.writeNumberField("line", r.line());
        g.writeNumberField("column", r.column());
        g.writeNumberField("endLine", r.endLine());
        g.writeNumberField("endColumn", r.endColumn());
        g.writeStringField("text", nullToEmpty(r.text()));
        g.writeEndObject();
        g.writeStringField("replacement", fix.replacement());
        g.writeEndObject();
    }

    /** Whole numbers as integers, as the contract shows {@code "threshold": 80}; others as decimals. */
    private static void writeNumber(JsonGenerator g, String field, double value) throws IOException {
        if (value == Math.rint(value) && !Double.isInfinite(value) && Math.abs(value) < 1e15) {
            g.writeNumberField(field, (long) value);
        } else {
            g.writeNumberField(field, value);
        }
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static String text(Message m, Lang lang) {
        return m == null ? "" : m.in(lang);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Two-space indent, one value per line, {@code "key": value}, and "\n" on every platform so that
     * output is byte-identical wherever it is produced (Jackson's default uses the system separator).
     */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
