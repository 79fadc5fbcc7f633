package org.huibao.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.huibao.config.Config;
import org.huibao.config.ConfigException;
import org.huibao.config.ConfigLoader;
import org.huibao.config.ElementCues;
import org.huibao.analysis.CueMatcher;
import org.huibao.api.Element;
import org.huibao.parse.Report;
import org.huibao.parse.StructureParser;
import org.huibao.read.ReadException;
import org.huibao.read.SourceText;
import org.huibao.read.TextReader;

/**
 * Bytes of a text report → {@link SourceText} → {@link Report} → cue hits. The reader may refuse the
 * bytes, but only with a {@link ReadException} carrying a one-line reason; whatever it accepts the
 * parser and the cue matcher must take without an exception, with spans inside the text.
 *
 * <p>{@code mvn test} runs it on the inputs saved under {@code TextFuzzTestInputs}; fuzz it with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=TextFuzzTest}.
 */
class TextFuzzTest {
    private static final TextReader READER = new TextReader(1 << 20);
    private static final StructureParser PARSER = new StructureParser();
    private static final CueMatcher MATCHER = matcher();

    private static CueMatcher matcher() {
        try {
            Config config = ConfigLoader.defaults();
            List<ElementCues> cues = new ArrayList<>();
            for (Element e : Element.BUILT_IN) {
                cues.add(config.cues(e));
            }
            return new CueMatcher(cues, config.context(), config.balance());
        } catch (ConfigException e) {
            throw new IllegalStateException(e);
        }
    }

    // No line breaks in entries: libFuzzer's dictionary format is one entry a line.
    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"一、", "（一）", "1.", "（1）", "①", "一是", "二是", "第一，", "首先，", "其次，", "。", "：",
            "；", "\u3000", "## ", "关于", "的报告", "存在的问题", "下一步", "领导小组", "专此报告。",
            "2024年1月1日", "\uFEFF", "\uD840\uDC00", "##paidbegin##", "<p>"})
    void textToReport(byte[] bytes) {
        SourceText source;
        try {
            source = READER.decode(bytes, "fuzz.txt");
        } catch (ReadException e) {
            Invariants.readReason(e.getMessage());
            return;
        }
        Report report = PARSER.parse(source.name(), source.text());
        Invariants.report(report);
        MATCHER.match(report);
    }
}
