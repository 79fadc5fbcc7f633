package org.huibao.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.huibao.config.ConfigException;
import org.huibao.config.ConfigLoader;

/**
 * A user's config.yaml: loaded, or refused with a {@link ConfigException} whose message names the
 * file — never another exception, and never an object built from a YAML type tag.
 *
 * <p>{@code mvn test} runs it on the inputs saved under {@code ConfigFuzzTestInputs}; fuzz it with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ConfigFuzzTest}.
 */
class ConfigFuzzTest {

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"threshold: ", "language: ", "scoring:", "  quality:", "    warning: ", "rules:",
            "  overrides:", "    HB104: {severity: error, blocking: true}", "  paths: [", "elements:",
            "  next_steps:", "    heading: ['", "context:", "balance:", "profiles:", "  self-check:",
            "required: false", "&a ", "*a", "<<: ", "!!str ", "!!java.io.File ", "!local ", "---", "- ", "{", "}",
            "[", "]", "'", "\"", ": ", "#", ".inf", "0x1F", "~", "null", "true"})
    void config(byte[] bytes) {
        String yaml = new String(bytes, StandardCharsets.UTF_8);
        try {
            ConfigLoader.load(yaml, "fuzz.yaml");
        } catch (ConfigException e) {
            Invariants.userMessage(e.getMessage());
            if (!e.getMessage().startsWith("fuzz.yaml")) {
                throw new AssertionError("the message does not name the file: " + e.getMessage());
            }
        }
    }
}
