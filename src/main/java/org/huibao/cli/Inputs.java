package org.huibao.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.huibao.model.Message;
import org.huibao.read.Readers;

/** Expands the PATH arguments into the files to check, or a per-path problem. */
final class Inputs {

    /** A file to check, or (when {@code problem} is set) a path that gave nothing to check. */
    record Input(Path path, String display, Message problem) {
    }

    private Inputs() {
    }

    static List<Input> collect(List<Path> paths, Readers readers) {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Input> found = directory(p, readers);
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

    private static List<Input> directory(Path dir, Readers readers) {
        // Files.walk does not follow symbolic links, so a link loop cannot trap the run.
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> !hidden(dir, f) && Files.isRegularFile(f) && readers.supports(f))
                    .sorted()
                    .map(f -> new Input(f, f.toString(), null))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Input(dir, dir.toString(), new Message("无法读取目录：" + e.getMessage(),
                    "cannot read directory: " + e.getMessage())));
        }
    }

    /** Dot-folders (.git, .idea) and dot-files are tooling, not reports. */
    private static boolean hidden(Path root, Path f) {
        for (Path part : root.relativize(f)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
