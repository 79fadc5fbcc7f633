package org.huibao.output;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.huibao.model.Finding;
import org.huibao.api.Lang;
import org.huibao.model.Location;
import org.huibao.api.Message;
import org.huibao.model.ReportResult;
import org.huibao.model.RuleInfo;
import org.huibao.model.Score;
import org.huibao.model.Severity;
import org.huibao.output.Labels.Key;

/** What the sarif, junit, github and html formats share: numbers, rule titles, the gate, ordering. */
final class Outputs {

    /** By place (start, then end), then rule id: the same order in every format, whatever the input order. */
    static final Comparator<Finding> FINDING_ORDER = Comparator
            .comparingInt((Finding f) -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparingInt(f -> f.location().endLine())
            .thenComparingInt(f -> f.location().endColumn())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::severity)
            .thenComparing(f -> f.message() == null ? "" : f.message().zh());

    private Outputs() {
    }

    static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(FINDING_ORDER);
        return out;
    }

    static String text(Message m, Lang lang) {
        return m == null ? "" : m.in(lang);
    }

    static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The rule's title in the language, or the finding's own message, or nothing. */
    static String ruleTitle(OutputOptions options, String ruleId) {
        return options.rule(ruleId).map(r -> text(r.title(), options.lang())).orElse("");
    }

    /** "HB301 有未填写的占位符", or the id alone when the rule's metadata is not known. */
    static String ruleLabel(OutputOptions options, String ruleId) {
        String title = Visible.oneLine(ruleTitle(options, ruleId));
        String id = Visible.escape(ruleId);
        return title.isEmpty() ? id : id + " " + title;
    }

    static String severityOf(RuleInfo rule) {
        return rule.severity() == null ? Severity.WARNING.id() : rule.severity().id();
    }

    /** Why a failing report failed: below the threshold, blocked, or both; empty when it passed. */
    static String gateReason(ReportResult r, Labels labels) {
        Score score = r.score();
        if (score == null || score.passed()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (score.total() < score.threshold()) {
            parts.add(labels.format(Key.BELOW_THRESHOLD, oneDecimal(score.total()), number(score.threshold())));
        }
        if (!score.blockedBy().isEmpty()) {
            parts.add(labels.format(Key.BLOCKED_BY, String.join(labels.get(Key.LIST_SEPARATOR), score.blockedBy())));
        }
        if (parts.isEmpty()) {
            parts.add(labels.get(Key.FAIL));
        }
        return String.join(labels.get(Key.GATE_SEPARATOR), parts);
    }

    /** "3:5", the place of a finding as the text format writes it. */
    static String lineColumn(Location l) {
        return l.line() + ":" + l.column();
    }

    /** The score always with one decimal, as the text format shows it. */
    static String oneDecimal(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** Thresholds and points as people write them: 25, not 25.0; 12.5 stays 12.5. */
    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** The file as given, with '/' between folders on every platform (CI annotations, URIs, XML names). */
    static String slashes(String file) {
        String f = nullToEmpty(file);
        return File.separatorChar == '/' ? f : f.replace(File.separatorChar, '/');
    }

    /**
     * Text for the junit and html formats. What XML 1.0 cannot carry (C0 controls other than tab and
     * line feed, unpaired surrogates, U+FFFE/U+FFFF) is replaced with U+FFFD, so that text from a
     * hostile draft can never make the output malformed; a carriage return becomes a line feed; the
     * other characters {@link Visible} hides (DEL, C1 and bidi controls, U+2028/U+2029), legal in XML
     * but able to reorder or hide what a reviewer reads, are written as visible escapes.
     */
    static String xmlSafe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = null;
            if (c == '\r') {
                replacement = "\n";
            } else if (c < 0x20 && c != '\t' && c != '\n' || c == 0xFFFE || c == 0xFFFF) {
                replacement = "\uFFFD";
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                replacement = "\uFFFD";
            } else if (Character.isLowSurrogate(c)) {
                replacement = "\uFFFD";
            } else if (c >= 0x20 && Visible.hidden(c)) {
                StringBuilder e = new StringBuilder(6);
                Visible.append(e, c);
                replacement = e.toString();
            }
            if (replacement != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (replacement != null) {
                    b.append(replacement);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }
}
