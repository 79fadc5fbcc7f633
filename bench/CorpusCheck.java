/*
 * CorpusCheck — is the generated corpus realistic? Compares huibao's JSON output with the generator's
 * manifest.
 *
 *   java -cp target/huibao.jar bench/CorpusCheck.java MANIFEST.tsv RESULT.json [MANIFEST RESULT ...]
 *
 * (Jackson comes from huibao's own jar.) For each variant of report it prints how many behaved as
 * planted: a complete report passes with all three elements found (section or inline); a report with
 * a missing element has that element absent and its HB10x finding; a report with a planted defect has
 * the finding of the planted rule. Exits 1 when fewer than half of the complete reports pass or fewer
 * than half of any planted variant (with at least 5 reports) are caught: the generator is off.
 * Reports not in the JSON (not checked) are ignored.
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

public class CorpusCheck {

    record Entry(String variant, String expect) {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length % 2 != 0) {
            System.err.println("usage: CorpusCheck MANIFEST.tsv RESULT.json [MANIFEST RESULT ...]");
            System.exit(2);
        }
        Map<String, int[]> tally = new TreeMap<>();      // variant -> {count, as planted}
        Map<String, List<String>> misses = new TreeMap<>();
        Map<String, Integer> completeFindings = new TreeMap<>();  // rules firing on complete reports
        double completeScore = 0;
        int completeCount = 0;
        ObjectMapper json = new ObjectMapper();
        for (int a = 0; a < args.length; a += 2) {
            Map<String, Entry> manifest = new HashMap<>();
            for (String line : Files.readAllLines(Path.of(args[a]), StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("file")) continue;
                manifest.put(f[0], new Entry(f[4], f[5]));
            }
            for (JsonNode rep : json.readTree(Path.of(args[a + 1]).toFile()).path("reports")) {
                String file = Path.of(rep.path("file").asText()).getFileName().toString();
                Entry e = manifest.get(file);
                if (e == null) continue;
                List<String> rules = new ArrayList<>();
                for (JsonNode f : rep.path("findings")) rules.add(f.path("rule").asText());
                boolean ok;
                if (e.variant().equals("complete")) {
                    boolean elements = true;
                    for (String el : new String[] {"leadership", "shortcomings", "next_steps"}) {
                        String st = rep.path("elements").path(el).path("status").asText();
                        elements &= st.equals("section") || st.equals("inline");
                    }
                    ok = elements && rep.path("passed").asBoolean();
                    completeScore += rep.path("score").asDouble();
                    completeCount++;
                    for (String r : new java.util.TreeSet<>(rules)) completeFindings.merge(r, 1, Integer::sum);
                } else if (e.variant().startsWith("no-")) {
                    String el = e.variant().substring(3).replace('-', '_');
                    ok = rep.path("elements").path(el).path("status").asText().equals("absent")
                            && rules.contains(e.expect());
                } else {
                    ok = rules.contains(e.expect());
                }
                int[] t = tally.computeIfAbsent(e.variant(), k -> new int[2]);
                t[0]++;
                if (ok) t[1]++;
                else {
                    List<String> m = misses.computeIfAbsent(e.variant(), k -> new ArrayList<>());
                    if (m.size() < 3) m.add(file + " (score " + rep.path("score").asText() + ", " + rules + ")");
                }
            }
        }
        boolean bad = false;
        System.out.println("corpus sanity: variant, reports, as planted");
        for (var t : tally.entrySet()) {
            int n = t.getValue()[0], ok = t.getValue()[1];
            String what = t.getKey().equals("complete") ? "pass with all elements" : "caught";
            System.out.printf("  %-16s %5d  %5d %s (%.0f %%)%n", t.getKey(), n, ok, what, 100.0 * ok / n);
            if ((t.getKey().equals("complete") || n >= 5) && ok * 2 < n) bad = true;
            for (String m : misses.getOrDefault(t.getKey(), List.of())) System.out.println("      e.g. " + m);
        }
        if (completeCount > 0) {
            System.out.printf("  complete reports: mean score %.1f; rules firing on them (reports): %s%n",
                    completeScore / completeCount, completeFindings);
        }
        if (tally.isEmpty()) {
            System.out.println("  no report of the manifest was in the results");
            bad = true;
        }
        if (bad) {
            System.out.println("corpus sanity: FAILED — the generator no longer makes reports huibao reads as planted");
            System.exit(1);
        }
    }
}
