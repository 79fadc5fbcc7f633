package org.huibao.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;
import org.kie.internal.builder.conf.LanguageLevelOption;

class RuleModelGeneratorTest {

    private static PackageDescr parse(String drl) throws Exception {
        return new DrlParser(LanguageLevelOption.DRL6).parse(false, drl);
    }

    @Test
    void stringComparisonsInConsequencesAreReportedWithTheirLine() throws Exception {
        PackageDescr pkg = parse(String.join("\n",
                "package x",                                     // 1
                "rule \"r\"",                                    // 2
                "when",                                          // 3
                "    $s : String(this == \"a\")",                // 4: a constraint compares values
                "then",                                          // 5
                "    // a comment: \"a\" == $s",                 // 6
                "    String t = \"==\";",                        // 7
                "    if ($s == \"a\" || \"b\" != $s) { }",       // 8
                "    if ($s != null && t.equals(\"==\")) { }",   // 9
                "end", ""));
        List<String> slips = RuleModelGenerator.stringComparisons("rules/x.drl", pkg);
        assertEquals(2, slips.size(), slips.toString());
        assertTrue(slips.stream().allMatch(s -> s.startsWith("huibao: rules/x.drl:8: rule \"r\" compares a string")), slips.toString());
    }

    @Test
    void theBuiltInRulesHaveNone() throws Exception {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("rules"))) {
            for (var f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                assertEquals(List.of(), RuleModelGenerator.stringComparisons(f.toString(),
                        parse(java.nio.file.Files.readString(f))), f.toString());
            }
        }
    }
}
