package org.huibao.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review page's files, read once from the jar ({@code huibao/web/}). Only the names listed here
 * are ever served, looked up as exact strings, so no request path can reach any other file. The script
 * is a set of ES modules that {@code app.js} imports, by concern; the browser loads them as they are,
 * with no build step.
 */
final class Assets {
    private static final String BASE = "/huibao/web/";
    private static final String JS = "text/javascript; charset=utf-8";
    private static final List<String> MODULES = List.of("app.js", "api.js", "dom.js", "findings.js", "input.js",
            "navigation.js", "notice.js", "result.js", "state.js", "text-view.js", "texts.js");
    private static final Map<String, String> TYPES = types();

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("index.html", "text/html; charset=utf-8");
        types.put("app.css", "text/css; charset=utf-8");
        types.put("favicon.svg", "image/svg+xml");
        MODULES.forEach(m -> types.put(m, JS));
        return Map.copyOf(types);
    }

    /** A file's bytes and content type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private final Map<String, Asset> byName;

    Assets() {
        Map<String, Asset> map = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : TYPES.entrySet()) {
            try (InputStream in = Assets.class.getResourceAsStream(BASE + e.getKey())) {
                if (in == null) {
                    throw new IllegalStateException("missing page resource " + BASE + e.getKey());
                }
                map.put(e.getKey(), new Asset(in.readAllBytes(), e.getValue()));
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        this.byName = Map.copyOf(map);
    }

    Optional<Asset> get(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }
}
