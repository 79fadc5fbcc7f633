package org.huibao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.huibao.parse.Genres;
import org.huibao.config.Config;
import org.huibao.config.ConfigException;
import org.huibao.config.ConfigLoader;
import org.huibao.engine.RuleLoader;
import org.huibao.api.Element;
import org.huibao.model.ReportResult;
import org.huibao.model.Severity;
import org.huibao.api.Genre;
import org.huibao.parse.StructureParser;
import org.huibao.read.Readers;
import org.huibao.read.SourceText;
import org.huibao.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Genre detection and the per-genre profiles of config.yaml. */
class ProfileTest {

    private static Genre genre(String text) {
        return Genres.detect(new StructureParser().parse("g.txt", text));
    }

    @Test
    void genreFromTitleSalutationAndClosing() {
        assertEquals(Genre.REPORT, genre("市林业局2024年度党建工作情况报告\n市委组织部：\n正文。\n专此报告。"));
        assertEquals(Genre.SPEECH, genre("在全市党建工作会议上的发言\n正文。"));
        assertEquals(Genre.SPEECH, genre("今年工作汇报\n各位领导，同志们：\n正文。"));
        assertEquals(Genre.SPEECH, genre("今年工作汇报\n正文。\n汇报完毕，谢谢大家！"));
        assertEquals(Genre.DEBRIEF, genre("2024年度个人述职报告\n正文。"));
        assertEquals(Genre.SELF_CHECK, genre("关于落实中央八项规定精神情况的自查报告\n正文。"));
        assertEquals(Genre.SUMMARY, genre("市林业局2024年工作总结\n正文。"));
        assertEquals(Genre.REPORT, genre("没有标题的正文，直接开始讲工作，讲了很多很多内容，说明情况。\n第二段。"));
    }

    @Test
    void theDetectedGenreIsReported() {
        ReportResult r = Fixtures.checkFixture("next-steps-speech.txt");
        assertEquals("speech", r.genre());
        assertEquals("report", Fixtures.checkFixture("complete.txt").genre());
    }

    private static final String SELF_CHECK = String.join("\n", "市林业局关于落实中央八项规定精神情况的自查报告",
            "一、组织领导", "成立自查工作领导小组，由局长任组长，党组专题研究部署2次。",
            "二、存在的问题", "公务接待审批单填写不规范，3份审批单缺少接待对象人数。", "");

    @Test
    void aProfileCanMakeAnElementOptional() throws Exception {
        Config config = ConfigLoader.load("profiles:\n  self-check:\n    elements:\n      next_steps: {required: false}\n",
                "p.yaml");
        Checker checker = new Checker(config, RuleLoader.load(config, List.of()), Readers.defaults());
        ReportResult r = checker.check(new SourceText("s.txt", SELF_CHECK, "UTF-8"));
        assertEquals("self-check", r.genre());
        assertFalse(r.elements().get(Element.NEXT_STEPS).required());
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("HB103")), r.findings().toString());
        assertEquals(25.0, r.score().breakdown().get(2).points());
        ReportResult generic = Fixtures.check("s.txt", SELF_CHECK);
        assertTrue(generic.findings().stream().anyMatch(f -> f.rule().equals("HB103")), "without the profile it is required");
    }

    @Test
    void aProfileChangesRuleSettingsOnlyForItsGenre() throws Exception {
        Config config = ConfigLoader.load("profiles:\n  self-check:\n    rules:\n      overrides:\n"
                + "        HB103: {severity: info}\n    scoring:\n      quality:\n        info: 1\n", "p.yaml");
        Checker checker = new Checker(config, RuleLoader.load(config, List.of()), Readers.defaults());
        ReportResult selfCheck = checker.check(new SourceText("s.txt", SELF_CHECK, "UTF-8"));
        assertTrue(selfCheck.findings().stream().anyMatch(f -> f.rule().equals("HB103") && f.severity() == Severity.INFO));
        String asReport = SELF_CHECK.replace("的自查报告", "的报告");
        ReportResult report = checker.check(new SourceText("r.txt", asReport, "UTF-8"));
        assertTrue(report.findings().stream().anyMatch(f -> f.rule().equals("HB103") && f.severity() == Severity.ERROR));
    }

    @Test
    void theProfileCanBeForced() throws Exception {
        Config config = ConfigLoader.load("profiles:\n  speech:\n    elements:\n      shortcomings: {required: false}\n",
                "p.yaml");
        Checker forced = new Checker(config, RuleLoader.load(config, List.of()), Readers.defaults(),
                Optional.of(Genre.SPEECH));
        ReportResult r = forced.check(new SourceText("a.txt", Fixtures.text("/fixtures/elements/shortcomings-absent.txt"),
                "UTF-8"));
        assertEquals("speech", r.genre());
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("HB102")));
    }

    @Test
    void unknownGenreInProfilesIsAConfigError() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.load("profiles:\n  speach:\n    rules: {}\n", "p.yaml"));
        assertTrue(e.getMessage().startsWith("p.yaml:2"), e.getMessage());
        assertTrue(e.getMessage().contains("speech"), "did you mean: " + e.getMessage());
    }
}
