package org.huibao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.huibao.api.DocumentFact;
import org.huibao.parse.FrontMatter;
import org.huibao.read.CharsetDetector;

/**
 * What a directory walk takes for a report, beyond its extension. A folder of drafts also holds its
 * README, a change log, notes kept in Markdown: files with a report's extension that are not reports
 * and would only fail. So, in a walk (a file named on the command line is always checked):
 *
 * <ul>
 *   <li>a folder's own documentation is skipped by name: README, CHANGELOG, CHANGES, LICENSE, LICENCE,
 *       CONTRIBUTING, AUTHORS, COPYING, NOTICE, TODO, whatever their case and extension;</li>
 *   <li>a Markdown file is checked only when its title — its first non-blank line, without the heading
 *       marks — names a kind of report as HB201 reads titles (报告, 汇报, 总结, 述职, 情况, 发言, 讲话…):
 *       Word, PDF and text files are what reports are written in, Markdown is as often notes. A YAML
 *       front matter's {@code title:} is the title; the block is no part of the body.</li>
 * </ul>
 *
 * Any {@code --include} turns this guessing off: what the patterns select is checked.
 */
final class WalkRule {

    private static final Set<String> DOCUMENTATION = Set.of("readme", "changelog", "changes", "license", "licence",
            "contributing", "authors", "copying", "notice", "todo");
    /** Enough for a title line in any encoding; the rest of the file is not read here. */
    private static final int HEAD_BYTES = 4096;
    private static final Pattern HEADING_MARKS = Pattern.compile("^\\s*(#{1,6}\\s*|[*_=\\-]+\\s*)|\\s*#+\\s*$|[*_]{1,3}");

    private WalkRule() {
    }

    /** True when a file the walk found, with a report's extension, is to be checked. */
    static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
        String ext = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (DOCUMENTATION.contains(stem)) {
            return false;
        }
        return !ext.equals("md") || titleNamesAReport(file);
    }

    /**
     * The first non-blank line names a kind of report. A file with no text, or one that cannot be read, is
     * left to the checker, whose one line (文件为空, 无法读取) says more than silence would.
     */
    static boolean titleNamesAReport(Path file) {
        if (!Files.isRegularFile(file)) {
            return true; // a link to a pipe is never opened; the walk says what it is
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return true;
        }
        CharsetDetector.Detected detected = CharsetDetector.detect(head);
        // Lenient: the head may end inside a character; a damaged file is the reader's to report.
        String text;
        try {
            text = detected.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(head, detected.bomLength(), head.length - detected.bomLength())).toString();
        } catch (IOException e) {
            return true;
        }
        // a front matter block is metadata: its title: is the title, else the body's first line is
        String lf = text.replace("\r\n", "\n");
        FrontMatter meta = FrontMatter.read(lf);
        if (!meta.title().isEmpty()) {
            return DocumentFact.namesKind(meta.title());
        }
        text = lf.substring(meta.end());
        return Arrays.stream(text.split("\\R")).map(l -> HEADING_MARKS.matcher(l).replaceAll("").strip())
                .filter(l -> !l.isEmpty()).findFirst().map(DocumentFact::namesKind).orElse(true);
    }
}
