/*
 * Agreement — how often huibao's element verdicts agree with a reviewer's reading of real texts.
 *
 *   java -jar target/huibao.jar check --format json:/tmp/dev.json corpus/dev
 *   java -cp target/huibao.jar bench/Agreement.java corpus/dev/LABELS.csv /tmp/dev.json
 *
 * (Jackson comes from huibao's own jar.) LABELS.csv has a header with at least file, genre, leadership,
 * shortcomings, next_steps; each element is "present" or "absent". huibao's "section" and "inline" both
 * count as present. Prints agreement overall, per element and per genre, then every disagreement with
 * the label's note, so that a change to the rules can be measured before and after. Files not in the
 * JSON, or that huibao could not read, are listed and left out of the counts. Exits 0.
 */

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class Agreement {
    static final List<String> ELEMENTS = List.of("leadership", "shortcomings", "next_steps");

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: Agreement LABELS.csv RESULT.json");
            System.exit(2);
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        List<String> header = split(lines.get(0));
        Map<String, JsonNode> byFile = new HashMap<>();
        for (JsonNode r : new ObjectMapper().readTree(Path.of(args[1]).toFile()).path("reports")) {
            String f = r.path("file").asText();
            byFile.put(f.substring(f.lastIndexOf('/') + 1), r);
        }
        Map<String, int[]> perElement = new TreeMap<>();
        Map<String, int[]> perGenre = new TreeMap<>();
        List<String> disagreements = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int agree = 0;
        int total = 0;
        int[] quality = new int[2];
        int[] verdict = new int[2];
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> cells = split(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size() && i < cells.size(); i++) {
                row.put(header.get(i), cells.get(i));
            }
            JsonNode report = byFile.get(row.get("file"));
            if (report == null || !report.path("elements").isObject()) {
                missing.add(row.get("file"));
                continue;
            }
            // shortcomings quality, where both find them present and the label rates them
            String wantQuality = row.getOrDefault("shortcomings_quality", "n/a");
            JsonNode shortcomings = report.path("elements").path("shortcomings");
            if (!wantQuality.equals("n/a") && !shortcomings.path("status").asText().equals("absent")) {
                boolean ok = wantQuality.equals(shortcomings.path("quality").asText());
                quality[0] += ok ? 1 : 0;
                quality[1]++;
                if (!ok) {
                    disagreements.add(String.format("  %-50s %-22s %-13s label %-7s huibao %-7s", row.get("file"),
                            row.getOrDefault("genre", ""), "quality", wantQuality, shortcomings.path("quality").asText()));
                }
            }
            // the verdict a reviewer expects: a report lacking an element it must have fails
            boolean lacks = false;
            for (String e : ELEMENTS) {
                lacks |= row.getOrDefault(e, "").equals("absent") && report.path("elements").path(e).path("required").asBoolean(true);
            }
            if (lacks) {
                boolean failed = report.path("status").asText().equals("fail");
                verdict[0] += failed ? 1 : 0;
                verdict[1]++;
                if (!failed) {
                    disagreements.add(String.format("  %-50s %-22s %-13s lacks a required element and passes",
                            row.get("file"), row.getOrDefault("genre", ""), "verdict"));
                }
            }
            for (String e : ELEMENTS) {
                String want = row.getOrDefault(e, "");
                String got = report.path("elements").path(e).path("status").asText().equals("absent") ? "absent" : "present";
                boolean ok = want.equals(got);
                agree += ok ? 1 : 0;
                total++;
                count(perElement, e, ok);
                count(perGenre, row.getOrDefault("genre", "?"), ok);
                if (!ok) {
                    disagreements.add(String.format("  %-50s %-22s %-13s label %-7s huibao %-7s %s", row.get("file"),
                            row.getOrDefault("genre", ""), e, want, got, row.getOrDefault("notes", "")));
                }
            }
        }
        System.out.printf("agreement: %d/%d = %.1f %%%n", agree, total, total == 0 ? 0 : 100.0 * agree / total);
        perElement.forEach((k, v) -> System.out.printf("  %-24s %d/%d%n", k, v[0], v[1]));
        System.out.printf("shortcomings quality (both present): %d/%d%n", quality[0], quality[1]);
        System.out.printf("reports lacking a required element that fail: %d/%d%n", verdict[0], verdict[1]);
        System.out.println("by genre:");
        perGenre.forEach((k, v) -> System.out.printf("  %-24s %d/%d%n", k, v[0], v[1]));
        System.out.println("disagreements:");
        disagreements.forEach(System.out::println);
        if (!missing.isEmpty()) {
            System.out.println("not checked: " + String.join(", ", missing));
        }
    }

    static void count(Map<String, int[]> m, String key, boolean ok) {
        int[] c = m.computeIfAbsent(key, k -> new int[2]);
        c[0] += ok ? 1 : 0;
        c[1]++;
    }

    /** One CSV line: commas separate cells, double quotes enclose a cell that holds commas or quotes. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
