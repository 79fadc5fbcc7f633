package org.huibao.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.huibao.model.ReportResult;
import org.huibao.output.DocumentFormatter;
import org.huibao.output.DocumentNames;
import org.huibao.output.OutputOptions;
import org.huibao.output.Visible;

/**
 * The document formats of a run ({@code --format docx:DIR}): one file per checked report in each
 * directory, named by {@link DocumentNames}, written whole or not at all (a temporary file renamed).
 * Unreadable reports get none. A report whose document cannot be made gets a line on standard error
 * and the run goes on.
 */
final class ReportDocuments {

    /** A document format and the directory it writes to. */
    record Target(DocumentFormatter format, Path dir) {
    }

    private final List<Target> targets;
    private final Map<String, Path> sources;
    private final List<Map<String, String>> names = new ArrayList<>();
    private final OutputOptions options;
    private final PrintWriter err;
    private final java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
    private boolean failed;

    private ReportDocuments(List<Target> targets, Map<String, Path> sources, OutputOptions options, PrintWriter err) {
        this.targets = List.copyOf(targets);
        this.sources = sources;
        this.options = options;
        this.err = err;
    }

    /**
     * Creates the directories (an existing one is fine) and names every report's document up front,
     * so that the names do not depend on the order the checks finish in.
     *
     * @param reports each input as its result will name it, with its file (null for standard input)
     * @throws IOException a directory that cannot be made; the message names it
     */
    static ReportDocuments prepare(List<Target> targets, Map<String, Path> reports, OutputOptions options,
                                   PrintWriter err) throws IOException {
        ReportDocuments d = new ReportDocuments(targets, new HashMap<>(reports), options, err);
        for (Target t : targets) {
            try {
                Files.createDirectories(t.dir());
            } catch (IOException e) {
                throw new IOException(Visible.escape(t.dir().toString()) + ": 无法创建目录 (cannot create directory): "
                        + Visible.escape(String.valueOf(e.getMessage())), e);
            }
            d.names.add(DocumentNames.assign(new ArrayList<>(reports.keySet()), t.format(), inputsIn(t.dir(), reports)));
        }
        return d;
    }

    /** The names of the inputs that are in {@code dir}: a document must never overwrite a report. */
    private static Set<String> inputsIn(Path dir, Map<String, Path> reports) {
        Set<String> out = new HashSet<>();
        for (Path p : reports.values()) {
            if (p == null || p.getFileName() == null) {
                continue;
            }
            Path parent = p.toAbsolutePath().normalize().getParent();
            if (parent != null && parent.equals(dir.toAbsolutePath().normalize())) {
                out.add(p.getFileName().toString());
            }
        }
        return out;
    }

    /** Writes the documents of one checked report; an unreadable report has none. */
    void write(ReportResult report) throws IOException {
        if (report.error() != null) {
            return;
        }
        Optional<Path> source = Optional.ofNullable(sources.get(report.file()));
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            String name = names.get(i).get(report.file());
            if (name == null) {
                name = t.format().fileName(DocumentNames.stem(report.file()));
            }
            Path file = t.dir().resolve(name);
            // Beside the document, so that the rename is atomic; made as any output file (not 0600 like a temp file).
            Path tmp = t.dir().resolve(".huibao-" + ProcessHandle.current().pid() + "-" + written.incrementAndGet() + ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    t.format().write(report, source, options, out);
                }
                move(tmp, file);
            } catch (RuntimeException e) {
                failed = true;
                err.println("huibao: " + Visible.escape(file.toString()) + ": 无法生成批注版 (cannot make the annotated copy): "
                        + Visible.escape(e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines()
                        .findFirst().orElse("")));
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /** Whether a document could not be made. */
    boolean failed() {
        return failed;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
