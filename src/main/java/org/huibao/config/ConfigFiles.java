package org.huibao.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a user's configuration is found when none is named: a file named {@value #NAME} in the folder
 * of what is checked or in a folder above it, the nearest one winning, as .editorconfig and
 * .gitignore are found. The name is huibao's own, so a {@code config.yaml} of some other tool in the
 * working directory is never taken for one.
 */
public final class ConfigFiles {

    public static final String NAME = ".huibao.yaml";

    private ConfigFiles() {
    }

    /**
     * The nearest {@value #NAME} at or above {@code start}: a folder is searched from itself, a file
     * (or a path that does not exist) from its folder. Only regular files count.
     */
    public static Optional<Path> nearest(Path start) {
        Path p = start.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(p) ? p : p.getParent();
        for (Path f = folder; f != null; f = f.getParent()) {
            Path candidate = f.resolve(NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
