package org.huibao.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.huibao.api.Sentence;

/**
 * The first lines and sentences of a report, where its genre shows: a copy's title, a dateline, a
 * notice's formula, a news item's lead. Every reader of the genre looks only there, and reads them
 * without splitting the whole text.
 */
final class Openings {
    private Openings() {
    }

    /** The first match of {@code p} in the first {@code n} sentences, or null. */
    static String firstMatch(Report report, Pattern p, int n) {
        List<Sentence> sentences = report.sentences();
        for (Sentence s : sentences.subList(0, Math.min(n, sentences.size()))) {
            Matcher m = p.matcher(s.text());
            if (m.find()) {
                return m.group();
            }
        }
        return null;
    }

    /** The first {@code n} lines of a text, without copying the rest of it (split would, as its last part). */
    static List<String> firstLines(String text, int n) {
        List<String> lines = new java.util.ArrayList<>(n);
        int from = 0;
        while (lines.size() < n) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                lines.add(text.substring(from));
                break;
            }
            lines.add(text.substring(from, end));
            from = end + 1;
        }
        return lines;
    }

    /**
     * The first {@code n} lines of a report's body that carry words: its front matter (already read by the
     * parser) and blank lines take no place, so a Markdown copy's dateline and speaker are still among the first.
     */
    static List<String> openingLines(Report report, int n) {
        String text = report.text();
        List<String> lines = new java.util.ArrayList<>(n);
        for (int from = report.meta().end(); lines.size() < n && from <= text.length(); ) {
            int end = text.indexOf('\n', from);
            end = end < 0 ? text.length() : end;
            String line = text.substring(from, end).strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
            from = end + 1;
        }
        return lines;
    }
}
