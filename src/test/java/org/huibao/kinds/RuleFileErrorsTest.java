package org.huibao.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoadException;
import org.huibao.engine.RuleLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rule file is named with its line, one line per mistake, every mistake of the file at once. */
class RuleFileErrorsTest {

    @TempDir
    Path dir;

    /** The error lines, with the directory taken out of the file names. */
    private List<String> errors(String file, String yaml) throws Exception {
        Files.writeString(dir.resolve(file), yaml, StandardCharsets.UTF_8);
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleLoader.load(ConfigLoader.defaults(), List.of(dir)));
        return e.getMessage().replace(dir + java.io.File.separator, "").lines().toList();
    }

    private static final String OK = "id: XB301\nkind: existence\nwords: [抓手]\nmessage: 不用“{0}”\n";

    @Test
    void anUnknownKeyIsNamedWithTheKeyItWasMeantToBe() throws Exception {
        assertEquals(List.of("x.rule.yaml:4: unknown key \"mesage\" (did you mean \"message\"?)"),
                errors("x.rule.yaml", "id: XB301\nkind: existence\nwords: [抓手]\nmesage: 不用\nmessage: 不用\n"));
        assertEquals(List.of("x.rule.yaml:4: unknown key \"then.befor\" (did you mean \"then.before\"?)"),
                errors("x.rule.yaml", "id: XB401\nkind: conditional\nif: [请批示]\nthen: {words: [请示], befor: true}\n"
                        + "message: m\n"));
    }

    @Test
    void aKeyOfAnotherKindIsUnknown() throws Exception {
        assertEquals(List.of("x.rule.yaml:3: unknown key \"words\" (a key of existence rules, not of substitution rules)"),
                errors("x.rule.yaml", "id: XB301\nkind: substitution\nwords: [抓手]\nswap: {抓手: 着力点}\nmessage: m\n"));
    }

    @Test
    void aBadRegularExpression() throws Exception {
        assertEquals(List.of("x.rule.yaml:3: invalid regular expression \"(抓手\": Unclosed group near index 3"),
                errors("x.rule.yaml", "id: XB301\nkind: existence\npattern: '(抓手'\nmessage: m\n"));
    }

    @Test
    void aPatternThatCanTakeExponentialTimeIsRefused() throws Exception {
        assertEquals(List.of("x.rule.yaml:3: pattern \"(抓+)+手\" repeats a group that itself ends in a repetition, as"
                        + " (a+)+ does, which can take exponential time on a line it does not match; write it without the"
                        + " inner repetition"),
                errors("x.rule.yaml", "id: XB301\nkind: existence\npattern: '(抓+)+手'\nmessage: m\n"));
    }

    @Test
    void anIdGivenTwice() throws Exception {
        Files.writeString(dir.resolve("a.rule.yaml"), OK, StandardCharsets.UTF_8);
        assertEquals(List.of("b.rule.yaml:2: id \"XB301\" is already used by the rule at a.rule.yaml:1"),
                errors("b.rule.yaml", "# the same id\n" + OK));
    }

    @Test
    void anIdGivenToADrlRuleToo() throws Exception {
        Files.writeString(dir.resolve("a.drl"), String.join("\n", "package office.rules",
                "global org.huibao.api.FindingSink findings",
                "rule \"Mine\" @id(\"XB301\") @severity(\"info\") @title(\"t\")", "when", "then", "end", ""),
                StandardCharsets.UTF_8);
        assertEquals(List.of("b.rule.yaml:1: rule XB301: id \"XB301\" is already used by rule \"Mine\" in a.drl"),
                errors("b.rule.yaml", OK));
    }

    @Test
    void aMissingIdKindOrMessageIsOneLine() throws Exception {
        assertEquals(List.of("x.rule.yaml:1: the rule has no \"id\" (capital letters then three digits, e.g. XB301)"),
                errors("x.rule.yaml", "kind: existence\nwords: [抓手]\nmessage: m\n"));
        assertEquals(List.of("x.rule.yaml:1: rule XB301 has no \"kind\" (one of substitution, existence, conditional,"
                        + " required)"),
                errors("x.rule.yaml", "id: XB301\nwords: [抓手]\nmessage: m\n"));
        assertEquals(List.of("x.rule.yaml:1: rule XB301 has no \"message\" (what a finding says; {0} is the text found)"),
                errors("x.rule.yaml", "id: XB301\nkind: existence\nwords: [抓手]\n"));
        assertEquals(List.of("x.rule.yaml:1: an existence rule needs \"words\" (a list) or a \"pattern\""),
                errors("x.rule.yaml", "id: XB301\nkind: existence\nmessage: m\n"));
    }

    @Test
    void badValues() throws Exception {
        assertEquals(List.of(
                        "x.rule.yaml:1: id \"xb301\" must be capital letters then three digits, e.g. XB301",
                        "x.rule.yaml:3: severity must be error, warning or info, got \"fatal\"",
                        "x.rule.yaml:4: unknown genre \"reprot\" (did you mean \"report\"?); genres: report, speech, debrief,"
                                + " self-check, summary, government-work-report, address, pledge, rectification, not-a-report",
                        "x.rule.yaml:5: scope must be one of title, heading, body, leadership, achievements, problems,"
                                + " measures, got \"titel\" (did you mean \"title\"?)",
                        "x.rule.yaml:6: blocking must be true or false, got \"maybe\""),
                errors("x.rule.yaml", "id: xb301\nkind: existence\nseverity: fatal\ngenres: [reprot]\nscope: titel\n"
                        + "blocking: maybe\nwords: [抓手]\nmessage: m\n"));
        assertEquals(List.of("x.rule.yaml:2: unknown kind \"existance\" (did you mean \"existence\"?); kinds: substitution,"
                        + " existence, conditional, required"),
                errors("x.rule.yaml", "id: XB301\nkind: existance\nwords: [抓手]\nmessage: m\n"));
    }

    @Test
    void aRequiredRuleIsCheckedAsEveryRuleAndDeclaredWithTheConfiguration() throws Exception {
        String rule = "id: XB501\nkind: required\nname: 廉政\nheading: [党风廉政]\nmessage: m\n";
        assertEquals(List.of("x.rule.yaml:6: unknown key \"headng\" (did you mean \"heading\"?)"),
                errors("x.rule.yaml", rule + "headng: [廉政]\n"));
        Files.writeString(dir.resolve("x.rule.yaml"), rule, StandardCharsets.UTF_8);
        org.huibao.config.Config config = org.huibao.config.RequiredRuleFiles.addTo(ConfigLoader.defaults(), List.of(dir));
        org.huibao.model.RuleInfo r = RuleLoader.load(config, List.of(dir)).rule("XB501").orElseThrow();
        assertEquals(org.huibao.api.Element.of("xb501"), r.element());
    }

    @Test
    void everyRuleOfAListAndEveryFileIsLookedAt() throws Exception {
        Files.writeString(dir.resolve("a.rule.yaml"), "id: XB301\nkind: existence\nword: [抓手]\nmessage: m\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of("a.rule.yaml:3: unknown key \"word\" (did you mean \"words\"?)",
                        "b.rule.yaml:4: unknown key \"swop\" (did you mean \"swap\"?)",
                        "b.rule.yaml:7: examples.bad[0].at \"赋能\" is not in its text"),
                errors("b.rule.yaml", """
                        - id: XB302
                          kind: substitution
                          message: m
                          swop: {抓手: 着力点}
                          swap: {抓手: 着力点}
                          examples:
                            bad: [{text: 以党建为抓手。, at: 赋能}]
                        """ + "- " + OK.replace("\n", "\n  ").replace("XB301", "XB303")));
    }

    @Test
    void examplesAndMessagesHaveAShape() throws Exception {
        assertEquals(List.of("x.rule.yaml:5: unknown key \"examples.goood\" (did you mean \"examples.good\"?)",
                        "x.rule.yaml:6: unknown key \"message.fr\""),
                errors("x.rule.yaml", "id: XB301\nkind: existence\nwords: [抓手]\nexamples:\n  goood: [x]\n"
                        + "message: {zh: m, fr: m}\n"));
    }

    @Test
    void aYamlSyntaxErrorNamesTheLine() throws Exception {
        // where the parser finds out: the unclosed list of line 3 meets "message:" on line 4
        assertEquals(List.of("x.rule.yaml:4:8: YAML syntax error: expected ',' or ']', but got : (while parsing a flow"
                        + " sequence)"),
                errors("x.rule.yaml", "id: XB301\nkind: existence\nwords: [抓手\nmessage: m\n"));
    }

    @Test
    void aWordListCannotTakeTheNameOfARulesList() throws Exception {
        Files.writeString(dir.resolve("mine.lexicon.yaml"), "lexicon: rule:XB301\nentries:\n  - {wrong: 抓手}\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of("mine.lexicon.yaml: lexicon \"rule:XB301\" is the name of a word list of a rule in"
                        + " x.rule.yaml; name yours otherwise"),
                errors("x.rule.yaml", OK));
    }
}
