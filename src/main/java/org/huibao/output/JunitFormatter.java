package org.huibao.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.huibao.api.Element;
import org.huibao.model.ElementVerdict;
import org.huibao.model.Finding;
import org.huibao.api.Lang;
import org.huibao.model.Location;
import org.huibao.model.ReportResult;
import org.huibao.model.RunResult;
import org.huibao.model.Score;
import org.huibao.model.ScoreItem;
import org.huibao.model.Severity;
import org.huibao.output.Labels.Key;

/**
 * JUnit XML, the test report Jenkins, GitLab and most CI servers show: one {@code <testsuite>} per
 * file; in it a test case {@code score} (fails when the report fails the gate), one per required
 * element ({@code element: leadership}; fails when absent or weak; skipped when the genre does not
 * require it) and one per rule that fired ({@code HB301 title}; fails with every finding listed as
 * {@code line:col message}). Rules of severity info do not fail: their case passes and lists the
 * findings in {@code <system-out>}, so that advice never turns a build red. An unreadable file is a
 * suite with one errored case {@code read}.
 */
public final class JunitFormatter extends WholeRunFormatter {

    public static final String NAME = "junit";
    private static final String TOOL = "huibao";

    // The JDK's own implementation, not whatever a library on the class path registers.
    /** Made when JUnit XML is first asked for, so that other runs never load the XML stack. */
    private static final class Xml {
        static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    void writeRun(RunResult run, OutputOptions options, Writer out) throws IOException {
        Labels labels = Labels.of(options.lang());
        List<Suite> suites = new ArrayList<>();
        for (ReportResult r : run.reports()) {
            suites.add(suite(r, options, labels));
        }
        // The declaration is written here, not by the stream writer, which would refuse it when the
        // caller's writer does not report its encoding; the caller's writer is UTF-8.
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        try {
            XMLStreamWriter x = Xml.FACTORY.createXMLStreamWriter(out);
            x.writeStartElement("testsuites");
            x.writeAttribute("name", TOOL);
            x.writeAttribute("tests", Integer.toString(suites.stream().mapToInt(Suite::tests).sum()));
            x.writeAttribute("failures", Integer.toString(suites.stream().mapToInt(Suite::failures).sum()));
            x.writeAttribute("errors", Integer.toString(suites.stream().mapToInt(Suite::errors).sum()));
            x.writeAttribute("skipped", Integer.toString(suites.stream().mapToInt(Suite::skipped).sum()));
            for (Suite s : suites) {
                writeSuite(x, s);
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.flush();
            x.close(); // closes the stream writer only, never the underlying writer
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
        out.flush();
    }

    private enum Outcome { PASS, FAILURE, ERROR, SKIPPED }

    /** One test case: its outcome, the message and type of a failure or error, its text. */
    private record Case(String name, Outcome outcome, String message, String type, String body, String systemOut) {
    }

    private record Suite(String name, String classname, List<String[]> properties, List<Case> cases) {
        int tests() {
            return cases.size();
        }

        int failures() {
            return count(Outcome.FAILURE);
        }

        int errors() {
            return count(Outcome.ERROR);
        }

        int skipped() {
            return count(Outcome.SKIPPED);
        }

        private int count(Outcome o) {
            return (int) cases.stream().filter(c -> c.outcome() == o).count();
        }
    }

    private static Suite suite(ReportResult r, OutputOptions options, Labels labels) {
        Lang lang = options.lang();
        // A name, not text: a line break in it is shown as \n, not turned into a space.
        String file = Visible.escape(Outputs.slashes(r.file()));
        List<String[]> props = new ArrayList<>();
        props.add(new String[] {"status", r.status()});
        List<Case> cases = new ArrayList<>();
        if (r.error() != null) {
            String message = Outputs.text(r.error(), lang);
            cases.add(new Case("read", Outcome.ERROR, message.isBlank() ? labels.get(Key.UNREADABLE) : message,
                    "unreadable", message, ""));
            return new Suite(file, TOOL + "." + file, props, cases);
        }
        Score score = r.score();
        props.add(new String[] {"score", Outputs.oneDecimal(score.total())});
        props.add(new String[] {"threshold", Outputs.number(score.threshold())});
        props.add(new String[] {"genre", Outputs.nullToEmpty(r.genre())});
        props.add(new String[] {"title", Outputs.nullToEmpty(r.title())});
        props.add(new String[] {"suppressed", Integer.toString(r.waivers().suppressed())});
        if (r.waivers().baseline()) {
            long known = r.findings().stream().filter(Finding::known).count();
            props.add(new String[] {"baseline.known", Long.toString(known)});
            props.add(new String[] {"baseline.new", Long.toString(r.findings().size() - known)});
            props.add(new String[] {"baseline.stale", Integer.toString(r.waivers().stale())});
        }

        cases.add(scoreCase(r, score, labels));
        for (ElementVerdict v : r.elements().values()) {
            cases.add(elementCase(v, accepted(r, v.element()), labels));
        }
        Map<String, List<Finding>> byRule = new TreeMap<>();
        for (Finding f : Outputs.sorted(r.findings())) {
            byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        for (Map.Entry<String, List<Finding>> e : byRule.entrySet()) {
            cases.add(ruleCase(r, e.getKey(), e.getValue(), options, labels));
        }
        return new Suite(file, TOOL + "." + file, props, cases);
    }

    private static Case scoreCase(ReportResult r, Score score, Labels labels) {
        StringBuilder body = new StringBuilder();
        body.append(labels.format(Key.SCORE, Outputs.oneDecimal(score.total()), Outputs.number(score.threshold())))
                .append('\n');
        for (ScoreItem item : score.breakdown()) {
            body.append(labels.format(Key.BREAKDOWN_ITEM, labels.breakdownItem(item.item(), r.elements()),
                    Outputs.number(item.points()), Outputs.number(item.max())));
            if (item.detail() != null && !item.detail().isEmpty()) {
                body.append(" (").append(item.detail()).append(')');
            }
            body.append('\n');
        }
        if (score.passed()) {
            return new Case("score", Outcome.PASS, "", "", "", body.toString());
        }
        return new Case("score", Outcome.FAILURE, Outputs.gateReason(r, labels), "score", body.toString(), "");
    }

    /** Whether the baseline accepts what is wrong with the element: every finding about it is known. */
    private static boolean accepted(ReportResult r, Element e) {
        List<Finding> about = r.findings().stream().filter(f -> e.equals(f.element())).toList();
        return !about.isEmpty() && about.stream().allMatch(Finding::known);
    }

    private static Case elementCase(ElementVerdict v, boolean accepted, Labels labels) {
        String name = "element: " + v.element().id();
        StringBuilder evidence = new StringBuilder();
        for (Location l : v.evidence()) {
            evidence.append(Outputs.lineColumn(l)).append(' ').append(Visible.oneLine(l.text())).append('\n');
        }
        String what = Visible.oneLine(labels.element(v)) + ": " + labels.status(v.status());
        if (!v.required()) {
            return new Case(name, Outcome.SKIPPED, what + " " + labels.get(Key.NOT_REQUIRED), "", "",
                    evidence.toString());
        }
        if (!v.present()) {
            return accepted ? new Case(name, Outcome.PASS, "", "", "", labels.get(Key.KNOWN_TAG) + ": " + what + "\n")
                    : new Case(name, Outcome.FAILURE, what, Severity.ERROR.id(), what, "");
        }
        if (v.weak()) {
            String reason = labels.format(Key.WEAK, Visible.oneLine(Outputs.text(v.reason(), labels.lang())));
            return accepted ? new Case(name, Outcome.PASS, "", "", "", labels.get(Key.KNOWN_TAG) + ": " + what + " "
                    + reason + "\n" + evidence)
                    : new Case(name, Outcome.FAILURE, what + " " + reason, Severity.WARNING.id(), evidence.toString(), "");
        }
        return new Case(name, Outcome.PASS, "", "", "", evidence.toString());
    }

    /**
     * A rule's case: fails on its new findings of severity warning or error; findings a baseline accepts are
     * listed in {@code <system-out>}, marked, and never fail it.
     */
    private static Case ruleCase(ReportResult r, String rule, List<Finding> findings, OutputOptions options,
                                 Labels labels) {
        Severity worst = Severity.INFO;
        StringBuilder body = new StringBuilder();
        StringBuilder known = new StringBuilder();
        List<Finding> fresh = new ArrayList<>();
        for (Finding f : findings) {
            if (f.known()) {
                known.append(labels.get(Key.KNOWN_TAG)).append(' ').append(findingLine(r, f, labels)).append('\n');
                continue;
            }
            fresh.add(f);
            if (f.severity() != null && f.severity().atLeast(worst)) {
                worst = f.severity();
            }
            body.append(findingLine(r, f, labels)).append('\n');
            String suggestion = Visible.oneLine(Outputs.text(f.suggestion(), options.lang()));
            if (!suggestion.isEmpty()) {
                body.append("    ").append(labels.format(Key.SUGGESTION, suggestion)).append('\n');
            }
        }
        String name = Outputs.ruleLabel(options, rule);
        if (worst == Severity.INFO) {
            return new Case(name, Outcome.PASS, "", "", "", body.append(known).toString());
        }
        String first = findingLine(r, fresh.get(0), labels);
        String message = fresh.size() == 1 ? first : labels.format(Key.FINDING_COUNT, fresh.size(), first);
        return new Case(name, Outcome.FAILURE, message, worst.id(), body.toString(), known.toString());
    }

    /** "3:5 message", on one line; "全文 message" for a finding about the whole report. */
    private static String findingLine(ReportResult r, Finding f, Labels labels) {
        String place = WholeReport.about(f, r) ? labels.get(Key.WHOLE_REPORT) : Outputs.lineColumn(f.location());
        return place + " " + Visible.oneLine(Outputs.text(f.message(), labels.lang()));
    }

    private static void writeSuite(XMLStreamWriter x, Suite s) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeStartElement("testsuite");
        attribute(x, "name", s.name());
        x.writeAttribute("tests", Integer.toString(s.tests()));
        x.writeAttribute("failures", Integer.toString(s.failures()));
        x.writeAttribute("errors", Integer.toString(s.errors()));
        x.writeAttribute("skipped", Integer.toString(s.skipped()));
        x.writeCharacters("\n    ");
        x.writeStartElement("properties");
        for (String[] p : s.properties()) {
            x.writeCharacters("\n      ");
            x.writeEmptyElement("property");
            attribute(x, "name", p[0]);
            attribute(x, "value", p[1]);
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
        for (Case c : s.cases()) {
            writeCase(x, s.classname(), c);
        }
        x.writeCharacters("\n  ");
        x.writeEndElement();
    }

    private static void writeCase(XMLStreamWriter x, String classname, Case c) throws XMLStreamException {
        x.writeCharacters("\n    ");
        boolean empty = c.outcome() == Outcome.PASS && c.systemOut().isEmpty();
        if (empty) {
            x.writeEmptyElement("testcase");
        } else {
            x.writeStartElement("testcase");
        }
        attribute(x, "classname", classname);
        attribute(x, "name", c.name());
        if (empty) {
            return;
        }
        switch (c.outcome()) {
            case FAILURE, ERROR -> {
                x.writeCharacters("\n      ");
                String tag = c.outcome() == Outcome.FAILURE ? "failure" : "error";
                if (c.body().isEmpty()) {
                    x.writeEmptyElement(tag);
                } else {
                    x.writeStartElement(tag);
                }
                attribute(x, "message", c.message());
                attribute(x, "type", c.type());
                if (!c.body().isEmpty()) {
                    text(x, c.body());
                    x.writeEndElement();
                }
            }
            case SKIPPED -> {
                x.writeCharacters("\n      ");
                x.writeEmptyElement("skipped");
                attribute(x, "message", c.message());
            }
            case PASS -> {
            }
        }
        if (!c.systemOut().isEmpty()) {
            x.writeCharacters("\n      ");
            x.writeStartElement("system-out");
            text(x, c.systemOut());
            x.writeEndElement();
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    /** Attribute values on one line (a parser would turn a line break into a space anyway). */
    private static void attribute(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeAttribute(name, Outputs.xmlSafe(Visible.oneLine(value)));
    }

    private static void text(XMLStreamWriter x, String value) throws XMLStreamException {
        x.writeCharacters(Outputs.xmlSafe(value));
    }
}
