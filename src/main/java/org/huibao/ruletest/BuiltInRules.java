package org.huibao.ruletest;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.stream.Stream;

/**
 * The built-in rule files as packaged (for reference: the rules run from the executable model), to
 * recognise a folder that holds them — the repository's {@code rules/}, or the installed
 * {@code /usr/share/huibao/rules} — so that {@code huibao test} of that folder tests the built-in rules
 * instead of loading a second copy of them.
 */
public final class BuiltInRules {
    private static final String DIR = "huibao/rules/";

    private BuiltInRules() {
    }

    /** The built-in DRL files by name, with their text. */
    static Map<String, String> files() {
        Map<String, String> out = new TreeMap<>();
        URL url = BuiltInRules.class.getClassLoader().getResource(DIR);
        if (url == null) {
            return out;
        }
        try {
            if (url.openConnection() instanceof JarURLConnection jar) {
                jar.setUseCaches(true);
                for (JarEntry e : jar.getJarFile().stream().filter(e -> e.getName().startsWith(DIR)
                        && e.getName().endsWith(".drl") && e.getName().indexOf('/', DIR.length()) < 0).toList()) {
                    try (InputStream in = jar.getJarFile().getInputStream(e)) {
                        out.put(e.getName().substring(DIR.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                return out;
            }
            try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
                for (Path p : list.filter(p -> p.getFileName().toString().endsWith(".drl")).toList()) {
                    out.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Map.of();
        }
        return out;
    }

    /** Whether the folder holds every built-in rule file (by name). */
    public static boolean isCopy(Path dir) {
        Map<String, String> files = files();
        return !files.isEmpty() && files.keySet().stream().allMatch(n -> Files.isRegularFile(dir.resolve(n)));
    }

    /** The folder's rule files whose text differs from the built-in one of that name. */
    public static List<String> changed(Path dir) {
        Map<String, String> files = files();
        return files.entrySet().stream().filter(e -> {
            try {
                return !Files.readString(dir.resolve(e.getKey()), StandardCharsets.UTF_8).equals(e.getValue());
            } catch (IOException | RuntimeException ex) {
                return true;
            }
        }).map(e -> dir.resolve(e.getKey()).toString()).toList();
    }
}
