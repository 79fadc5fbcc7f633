import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Recall on planted defects (and, when the set has an EXTRA.tsv, heading-level and missing-part probes): each probe of corpus/planted (or planted2) is a base text (LABELS.tsv
 * column 5, base.txt when absent) with one defect (or one
 * tricky-but-correct form) planted on one line. A defect is caught when a warning or error of its
 * category's rules, not already reported on base.txt, points at that line; a clean probe must get no
 * warning or error that base.txt does not.
 *
 * <pre>
 * java -jar target/huibao.jar check --format json:/tmp/planted.json corpus/planted
 * java -cp target/huibao.jar bench/Planted.java corpus/planted /tmp/planted.json
 * </pre>
 */
public class Planted {
    static final Map<String, List<String>> RULES = Map.of(
            "placeholder", List.of("HB301"), "request", List.of("HB303"), "formulation", List.of("HB304"),
            "doubled", List.of("HB302"), "number-date", List.of("HB407", "HB408", "HB409"),
            // an ordinal's mark (2、 among 1.) and a heading's full stop are punctuation too (HB204, HB209);
            // a request closing (以上报告请审批) is HB303's by design (HB206 leaves it there)
            "punctuation", List.of("HB204", "HB207", "HB209", "HB401", "HB402", "HB403", "HB404", "HB405", "HB406", "HB407", "HB408", "HB410"),
            "closing", List.of("HB206", "HB210", "HB303"), "confusion", List.of("HB305"));
    /** EXTRA.tsv's classes: a heading at the wrong level is caught on its line; a missing part by its element rule and a failed verdict. */
    static final Map<String, List<String>> EXTRA = Map.of(
            "heading", List.of("HB202", "HB203", "HB204", "HB205"),
            "missing-leadership", List.of("HB101"), "missing-shortcomings", List.of("HB102"), "missing-next-steps", List.of("HB103"));

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Map<String, JsonNode> byFile = new HashMap<>();
        for (JsonNode r : new ObjectMapper().readTree(Path.of(args[1]).toFile()).path("reports")) {
            String f = r.path("file").asText();
            byFile.put(f.substring(f.lastIndexOf('/') + 1), r);
        }
        // what each base text already gets: a probe is judged on what it gets beyond its base
        Map<String, Set<String>> bases = new HashMap<>();
        Map<String, int[]> perCategory = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> lines = Files.readAllLines(dir.resolve("LABELS.tsv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            JsonNode report = byFile.get(c[0]);
            int planted = Integer.parseInt(c[2]);
            Set<String> base = bases.computeIfAbsent(c.length > 4 ? c[4] : "base.txt", b -> baseFindings(byFile.get(b)));
            List<String> fresh = new ArrayList<>();
            boolean caught = false;
            for (JsonNode f : report.path("findings")) {
                if (f.path("severity").asText().equals("info") || base.contains(key(f))) {
                    continue;
                }
                fresh.add(key(f));
                caught |= f.path("line").asInt() == planted && RULES.getOrDefault(c[1], List.of()).contains(f.path("rule").asText());
            }
            boolean ok = c[1].equals("clean") ? fresh.isEmpty() : caught;
            int[] n = perCategory.computeIfAbsent(c[1], k -> new int[2]);
            n[0] += ok ? 1 : 0;
            n[1]++;
            if (!ok) {
                misses.add("  " + c[0] + " " + c[1] + " " + c[3] + " " + fresh);
            }
        }
        int caught = 0;
        int total = 0;
        for (Map.Entry<String, int[]> e : perCategory.entrySet()) {
            if (!e.getKey().equals("clean")) {
                caught += e.getValue()[0];
                total += e.getValue()[1];
            }
        }
        System.out.printf("planted defects caught by their rule on their line: %d/%d%n", caught, total);
        perCategory.forEach((k, v) -> System.out.printf("  %-12s %d/%d%s%n", k, v[0], v[1], k.equals("clean") ? " without a new warning or error" : ""));
        System.out.println("misses:");
        misses.forEach(System.out::println);
        Path extra = dir.resolve("EXTRA.tsv");
        if (Files.exists(extra)) {
            extra(Files.readAllLines(extra, StandardCharsets.UTF_8), byFile, bases);
        }
    }

    /** Heading-level and missing-part probes (EXTRA.tsv, same columns), which the per-line classes above cannot score. */
    private static void extra(List<String> lines, Map<String, JsonNode> byFile, Map<String, Set<String>> bases) {
        int caught = 0;
        List<String> misses = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            JsonNode report = byFile.get(c[0]);
            List<String> rules = EXTRA.getOrDefault(c[1], List.of());
            Set<String> base = bases.computeIfAbsent(c.length > 4 ? c[4] : "base.txt", b -> baseFindings(byFile.get(b)));
            boolean missing = c[1].startsWith("missing-");
            boolean ok = report != null && (!missing || !report.path("passed").asBoolean(true));
            boolean found = false;
            for (JsonNode f : report == null ? List.<JsonNode>of() : (Iterable<JsonNode>) report.path("findings")::elements) {
                found |= !f.path("severity").asText().equals("info") && !base.contains(key(f)) && rules.contains(f.path("rule").asText())
                        && (missing || f.path("line").asInt() == Integer.parseInt(c[2]));
            }
            if (ok && found) {
                caught++;
            } else {
                misses.add("  " + c[0] + " " + c[1] + " " + c[3]);
            }
        }
        System.out.printf("EXTRA.tsv (heading levels, missing parts): %d/%d%n", caught, lines.size() - 1);
        misses.forEach(System.out::println);
    }

    private static Set<String> baseFindings(JsonNode report) {
        Set<String> out = new HashSet<>();
        for (JsonNode f : report.path("findings")) {
            if (!f.path("severity").asText().equals("info")) {
                out.add(key(f));
            }
        }
        return out;
    }

    private static String key(JsonNode f) {
        return f.path("rule").asText() + "@" + f.path("line").asInt() + ":" + f.path("excerpt").asText();
    }
}
