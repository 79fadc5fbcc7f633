package org.huibao.fix;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.huibao.api.Message;
import org.huibao.check.Checker;
import org.huibao.fix.Edits.Placed;
import org.huibao.fix.Edits.Plan;
import org.huibao.fix.FileFix.Status;
import org.huibao.model.Finding;
import org.huibao.model.Fix;
import org.huibao.model.ReportResult;
import org.huibao.output.DocxRevisions;
import org.huibao.read.DocumentReader;
import org.huibao.read.ReadException;
import org.huibao.read.Readers;
import org.huibao.read.TextFile;
import org.huibao.read.TextReader;

/**
 * Makes the corrected copy of one input: checks it, makes every fix its findings carry that can be made
 * together (see {@link Edits}), and checks the copy again. A text or Markdown file's copy keeps its
 * encoding, byte-order mark and line ends and differs only where it was edited; a Word file's copy
 * carries the edits as tracked changes ({@link DocxRevisions}). Before a copy is handed on, it is read
 * back and must be the text the edits make (for Word, with the changes accepted); a copy that is not is
 * not made. The input is only read. Thread-safe, as the checker is.
 */
public final class Fixer {

    private final Checker checker;
    private final Readers readers;
    private final Instant when;

    /** @param when the time tracked changes are dated */
    public Fixer(Checker checker, Readers readers, Instant when) {
        this.checker = checker;
        this.readers = readers;
        this.when = when;
    }

    /** Whether huibao writes corrected copies of this kind of file (.txt, .md, .docx). */
    public static boolean fixable(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md") || name.endsWith(".docx");
    }

    /** Whether the copy can be written over the input (text and Markdown only). */
    public static boolean inPlace(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".md");
    }

    /**
     * The corrected copy of {@code path}.
     *
     * @param display     the input's name in results
     * @param copyDisplay the copy's name in the check of the copy
     */
    public FileFix fix(Path path, String display, String copyDisplay) {
        DocumentReader reader = readers.forPath(path).orElse(null);
        if (reader instanceof TextReader text) {
            return text(path, text, display, copyDisplay);
        }
        ReportResult before = checker.check(path, display);
        if (before.error() != null) {
            return FileFix.without(Status.UNREADABLE, before, before.error());
        }
        if (!fixable(path)) {
            return FileFix.without(Status.NOT_FIXABLE, before, new Message(
                    "huibao 只修改 .txt、.md 和 .docx 文件，这份报告只作检查",
                    "huibao corrects .txt, .md and .docx files only; this report was checked, not corrected"));
        }
        return word(path, before, copyDisplay);
    }

    private FileFix text(Path path, TextReader reader, String display, String copyDisplay) {
        TextFile.Read read;
        try {
            read = TextFile.read(path, reader, display);
        } catch (ReadException e) {
            // the checker reads it again and words the reason as check does
            ReportResult failed = checker.check(path, display);
            return FileFix.without(Status.UNREADABLE, failed, failed.error());
        }
        ReportResult before = checker.check(read.source());
        if (before.error() != null) {
            return FileFix.without(Status.UNREADABLE, before, before.error());
        }
        if (read.file().isEmpty()) {
            return FileFix.without(Status.CANNOT_COPY, before, new Message(
                    "文件的编码无法原样写回，为免改动未修改的部分，不作修改",
                    "the file's encoding would not be written back byte for byte, so it is not corrected"));
        }
        TextFile file = read.file().get();
        Edits normalised = new Edits(before.text());
        Plan plan = normalised.plan(before.findings());
        List<Finding> personal = personal(plan.skipped());
        byte[] original;
        try {
            original = file.encode(file.text());
        } catch (CharacterCodingException e) {
            return cannotCopy(before);
        }
        if (plan.made().isEmpty()) {
            return new FileFix(Status.UNCHANGED, before, before, List.of(), 0, original, before.text(), before.text(), null);
        }
        Edits own = new Edits(file.text());
        List<Placed> inFile = new ArrayList<>();
        for (Placed p : plan.made()) {
            Placed q = own.place(p.finding());
            if (q == null) {
                return cannotCopy(before);
            }
            inFile.add(q);
        }
        String expected = normalised.apply(plan.made());
        byte[] copy;
        TextFile.Read again;
        try {
            copy = file.encode(own.apply(inFile));
            again = TextFile.decode(copy, reader, copyDisplay);
        } catch (CharacterCodingException | ReadException e) {
            return cannotCopy(before);
        }
        if (!again.source().text().equals(expected)) {
            return cannotCopy(before);
        }
        ReportResult after = checker.check(again.source());
        return new FileFix(Status.FIXED, before, after, made(plan.made()), again(after, personal), copy, before.text(),
                expected, null);
    }

    private FileFix word(Path path, ReportResult before, String copyDisplay) {
        Edits normalised = new Edits(before.text());
        Plan plan = normalised.plan(before.findings());
        List<Finding> personal = personal(plan.skipped());
        if (plan.made().isEmpty()) {
            return unchanged(path, before);
        }
        // One edit per place: two rules asking for the same one are answered by it.
        Map<List<Object>, Integer> distinct = new LinkedHashMap<>();
        List<Fix> fixes = new ArrayList<>();
        for (Placed p : plan.made()) {
            distinct.computeIfAbsent(List.of(p.fix().range(), p.fix().replacement()), k -> {
                fixes.add(p.fix());
                return fixes.size() - 1;
            });
        }
        Optional<DocxRevisions.Copy> copy = DocxRevisions.copy(path, before.text(), fixes, when);
        if (copy.isEmpty()) {
            return FileFix.without(Status.CANNOT_COPY, before, new Message(
                    "无法以修订方式修改这份 Word 文件（文件损坏、严格 OOXML、模板或含宏的文档）",
                    "this Word file cannot carry tracked changes (damaged, Strict OOXML, a template or macro-enabled)"));
        }
        List<Placed> made = new ArrayList<>();
        for (Placed p : plan.made()) {
            if (copy.get().made().get(distinct.get(List.of(p.fix().range(), p.fix().replacement())))) {
                made.add(p);
            } else {
                personal.add(p.finding());
            }
        }
        if (made.isEmpty()) {
            return unchanged(path, before);
        }
        String expected = normalised.apply(made);
        ReportResult after;
        Path temp = null;
        try {
            temp = Files.createTempFile("huibao-fix-", ".docx");
            Files.write(temp, copy.get().bytes());
            after = checker.check(temp, copyDisplay);
        } catch (IOException e) {
            return cannotCopy(before);
        } finally {
            deleteQuietly(temp);
        }
        if (after.error() != null || !after.text().equals(expected)) {
            return cannotCopy(before);
        }
        return new FileFix(Status.FIXED, before, after, made(made), again(after, personal), copy.get().bytes(), before.text(),
                expected, null);
    }

    private static FileFix unchanged(Path path, ReportResult before) {
        try {
            return new FileFix(Status.UNCHANGED, before, before, List.of(), 0, Files.readAllBytes(path), before.text(),
                    before.text(), null);
        } catch (IOException e) {
            return cannotCopy(before);
        }
    }

    private static FileFix cannotCopy(ReportResult before) {
        return FileFix.without(Status.CANNOT_COPY, before, new Message(
                "改后的副本读回时与预期不符，为稳妥起见不作修改",
                "the corrected copy did not read back as expected, so the file is not corrected"));
    }

    private static List<Finding> made(List<Placed> made) {
        return new ArrayList<>(made.stream().map(Placed::finding).toList());
    }

    /** The fixes no run can make (the copy cannot carry them, or the text is not theirs): for a person. */
    private static List<Finding> personal(List<Edits.Skipped> skipped) {
        return new ArrayList<>(skipped.stream().filter(s -> s.why() != Edits.Skip.OVERLAPS).map(Edits.Skipped::finding)
                .toList());
    }

    /**
     * The copy's findings with a fix another run would make: all but those no run can make (known by rule,
     * line and text, since an edit before them on their line moves their column).
     */
    private static int again(ReportResult after, List<Finding> personal) {
        int n = 0;
        for (Finding f : after.findings()) {
            if (f.fix() != null && personal.stream().noneMatch(p -> p.rule().equals(f.rule())
                    && p.location().line() == f.location().line() && p.location().text().equals(f.location().text()))) {
                n++;
            }
        }
        return n;
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                p.toFile().deleteOnExit();
            }
        }
    }
}
