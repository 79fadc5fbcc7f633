package org.huibao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.huibao.api.Message;
import org.huibao.read.Readers;

/**
 * Expands the PATH arguments into the files to check, or a per-path problem. Directories are walked
 * for every supported extension, minus what {@code --exclude}, {@code --include} and a
 * {@code .huibaoignore} file in the walked directory leave out, and minus what is plainly not a report
 * ({@link WalkRule}: a README, Markdown notes) unless {@code --include} selects it.
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
        List<Input> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new Walk(dir, readers, include, exclude, found));
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Input(dir, dir.toString(), new Message("无法读取目录：" + e.getMessage(),
                    "cannot read directory: " + e.getMessage())));
        }
        found.sort(Comparator.comparing(Input::path));
        return found;
    }

    /**
     * Collects the reports below a directory. Symbolic links to folders are not followed, so a link
     * loop cannot trap the walk; a link to a file is checked like the file. What cannot be read where
     * a report should be — a broken link, a link loop, a pipe or device with a report's name, a
     * folder that cannot be listed — is that path's one-line problem, and the walk goes on.
     */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Readers readers;
        private final List<PathMatcher> include;
        private final List<PathMatcher> exclude;
        private final List<Input> found;

        Walk(Path root, Readers readers, List<PathMatcher> include, List<PathMatcher> exclude, List<Input> found) {
            this.root = root;
            this.readers = readers;
            this.include = include;
            this.exclude = exclude;
            this.found = found;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            return !d.equals(root) && hidden(root, d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            if (hidden(root, f) || !readers.supports(f) || !selected(root.relativize(f), include, exclude)) {
                return FileVisitResult.CONTINUE;
            }
            if (include.isEmpty() && (attrs.isRegularFile() || attrs.isSymbolicLink()) && !WalkRule.isReport(f)) {
                return FileVisitResult.CONTINUE; // a README, or Markdown notes (WalkRule)
            }
            if (attrs.isRegularFile()) {
                found.add(new Input(f, f.toString(), null));
            } else if (attrs.isSymbolicLink()) {
                link(f);
            } else if (!attrs.isDirectory()) {
                found.add(new Input(f, f.toString(), new Message(
                        "不是普通文件（管道、套接字或设备），目录中的这类文件不读取",
                        "not a regular file (a pipe, socket or device); such files are not read in a directory")));
            }
            return FileVisitResult.CONTINUE;
        }

        private void link(Path f) {
            try {
                BasicFileAttributes target = Files.readAttributes(f, BasicFileAttributes.class);
                if (target.isRegularFile()) {
                    found.add(new Input(f, f.toString(), null));
                }
                // a link to a folder is not followed; to anything else, it is not a report
            } catch (NoSuchFileException e) {
                found.add(new Input(f, f.toString(), new Message("符号链接指向的文件不存在（" + linkTarget(f) + "）",
                        "broken symbolic link (to " + linkTarget(f) + ")")));
            } catch (IOException e) {
                String reason = reason(e, f);
                found.add(new Input(f, f.toString(), new Message("无法读取符号链接指向的文件：" + reason,
                        "cannot follow the symbolic link: " + reason)));
            }
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
            if (!hidden(root, f) && (readers.supports(f) || Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))) {
                String reason = reason(e, f);
                found.add(new Input(f, f.toString(), new Message("无法读取：" + reason, "cannot read: " + reason)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) {
            if (e != null) {
                String reason = reason(e, d);
                found.add(new Input(d, d.toString(), new Message("无法读取目录：" + reason, "cannot read directory: " + reason)));
            }
            return FileVisitResult.CONTINUE;
        }
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    /** The operating system's reason without the path, which the caller prints anyway. */
    private static String reason(IOException e, Path p) {
        String r = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (r == null || r.isBlank()) {
            r = e.getClass().getSimpleName();
        }
        return r.replace(p.toString(), "").replaceAll("^[\\s:]+", "").lines().findFirst().orElse("").strip();
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
