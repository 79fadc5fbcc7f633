package org.huibao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.huibao.model.Message;
import org.huibao.read.Readers;

/**
 * Expands the PATH arguments into the files to check, or a per-path problem. Directories are walked
 * for every supported extension, minus what {@code --exclude}, {@code --include} and a
 * {@code .huibaoignore} file in the walked directory leave out.
 */
final class Inputs {
    static final String IGNORE_FILE = ".huibaoignore";
    static final String STDIN = "-";

    /** A file to check, or (when {@code problem} is set) a path that gave nothing to check. */
    record Input(Path path, String display, Message problem) {
    }

    /** Glob filters on paths relative to the walked directory ({@code **}/*.txt, drafts/**). */
    record Filters(List<String> include, List<String> exclude) {
        Filters {
            include = List.copyOf(include);
            exclude = List.copyOf(exclude);
        }

        static final Filters NONE = new Filters(List.of(), List.of());
    }

    private Inputs() {
    }

    static List<Input> collect(List<Path> paths, Readers readers, Filters filters) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (p.toString().equals(STDIN)) {
                out.add(new Input(p, STDIN, null));
            } else if (Files.isDirectory(p)) {
                List<Input> found = directory(p, readers, filters);
                if (found.isEmpty()) {
                    out.add(new Input(p, p.toString(), new Message(
                            "目录中没有可检查的报告（" + String.join("、", readers.extensions()) + "）",
                            "no reports in directory (" + String.join(", ", readers.extensions()) + ")")));
                }
                out.addAll(found);
            } else {
                // A missing or unsupported file is reported by the checker, in the file's own line.
                out.add(new Input(p, p.toString(), null));
            }
        }
        return out;
    }

    private static List<Input> directory(Path dir, Readers readers, Filters filters) {
        List<PathMatcher> include = matchers(filters.include());
        List<PathMatcher> exclude = matchers(filters.exclude());
        try {
            exclude.addAll(matchers(ignoreFile(dir)));
        } catch (IllegalArgumentException e) {
            return List.of(new Input(dir, dir.toString(), new Message(IGNORE_FILE + " 中有无效的模式：" + e.getMessage(),
                    "invalid pattern in " + IGNORE_FILE + ": " + e.getMessage())));
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Input(dir, dir.toString(), new Message("无法读取 " + IGNORE_FILE + "：" + e.getMessage(),
                    "cannot read " + IGNORE_FILE + ": " + e.getMessage())));
        }
        // Files.walk does not follow symbolic links, so a link loop cannot trap the run.
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> !hidden(dir, f) && Files.isRegularFile(f) && readers.supports(f))
                    .filter(f -> selected(dir.relativize(f), include, exclude))
                    .sorted()
                    .map(f -> new Input(f, f.toString(), null))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Input(dir, dir.toString(), new Message("无法读取目录：" + e.getMessage(),
                    "cannot read directory: " + e.getMessage())));
        }
    }

    private static boolean selected(Path relative, List<PathMatcher> include, List<PathMatcher> exclude) {
        if (!include.isEmpty() && include.stream().noneMatch(m -> matches(m, relative))) {
            return false;
        }
        return exclude.stream().noneMatch(m -> matches(m, relative));
    }

    /** A pattern matches the relative path or, like .gitignore, any of its folders or its file name. */
    private static boolean matches(PathMatcher m, Path relative) {
        if (m.matches(relative) || m.matches(relative.getFileName())) {
            return true;
        }
        for (Path p = relative.getParent(); p != null; p = p.getParent()) {
            if (m.matches(p) || m.matches(p.getFileName())) {
                return true;
            }
        }
        return false;
    }

    /** Compiles globs; an invalid one throws IllegalArgumentException naming it. */
    static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs) {
            String glob = g.endsWith("/") ? g.substring(0, g.length() - 1) : g;
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        }
        return out;
    }

    /** Globs of a .huibaoignore file: one a line, # comments and blank lines skipped. */
    private static List<String> ignoreFile(Path dir) throws IOException {
        Path f = dir.resolve(IGNORE_FILE);
        if (!Files.isRegularFile(f)) {
            return List.of();
        }
        return Files.readAllLines(f, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * Dot-folders (.git, .idea) and dot-files are tooling, not reports; "~$草稿.docx" is the lock file
     * Word and WPS keep beside an open document.
     */
    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".") || part.toString().startsWith("~$")) {
                return true;
            }
        }
        return false;
    }
}
