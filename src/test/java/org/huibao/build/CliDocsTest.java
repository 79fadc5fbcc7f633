package org.huibao.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.huibao.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The completion script and the man page list every command and option, and both work. */
class CliDocsTest {

    @TempDir
    Path tmp;

    /** Every command of the tree (root first) with its options' names. */
    private static List<CommandSpec> commands() {
        CommandLine tree = Main.commandTree();
        List<CommandSpec> all = new ArrayList<>();
        all.add(tree.getCommandSpec());
        tree.getSubcommands().values().forEach(c -> all.add(c.getCommandSpec()));
        return all;
    }

    @Test
    void theCompletionScriptNamesEveryCommandAndOption() {
        CommandLine tree = Main.commandTree();
        String script = CliDocs.completion(tree);
        assertTrue(tree.getSubcommands().keySet().containsAll(List.of("check", "rules", "explain", "serve")),
                tree.getSubcommands().keySet().toString());
        for (String command : tree.getSubcommands().keySet()) {
            assertTrue(script.contains("function _picocli_huibao_" + command + "()"), "no completion for " + command);
        }
        for (CommandSpec c : commands()) {
            for (OptionSpec o : c.options()) {
                for (String name : o.names()) {
                    assertTrue(script.contains("'" + name + "'"), c.qualifiedName() + " " + name + " is not completed");
                }
            }
        }
    }

    @Test
    void bashCompletesCommandsAndOptions() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "no bash");
        Path script = tmp.resolve("huibao.bash");
        Files.writeString(script, CliDocs.completion(Main.commandTree()));
        assertEquals("check", complete(script, "huibao", "ch"));
        assertEquals("--format", complete(script, "huibao", "check", "--form"));
        assertEquals("--max-upload", complete(script, "huibao", "serve", "--max-u"));
        // the negative case: what no command has completes to nothing
        assertEquals("", complete(script, "huibao", "check", "--nonsense"));
    }

    /** What bash offers for the last word, as the completion function leaves it in COMPREPLY. */
    private String complete(Path script, String... words) throws Exception {
        StringBuilder line = new StringBuilder("source '" + script + "'; COMP_WORDS=(");
        for (String w : words) {
            line.append('\'').append(w).append("' ");
        }
        line.append("); COMP_CWORD=").append(words.length - 1)
                .append("; _complete_huibao 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"");
        return run(List.of("/bin/bash", "-c", line.toString())).strip();
    }

    @Test
    void theManPageNamesEveryCommandAndOption() {
        String page = CliDocs.manPage(Main.commandTree());
        assertTrue(page.startsWith(".\\\" -*- coding: UTF-8 -*-\n"), page.substring(0, 40));
        assertTrue(page.contains(".TH \"HUIBAO\" 1 "), "no title line");
        for (CommandSpec c : commands()) {
            if (c.parent() != null) {
                assertTrue(page.contains(".SS \"" + c.qualifiedName() + "\""), "no section for " + c.qualifiedName());
            }
            for (OptionSpec o : c.options()) {
                for (String name : o.names()) {
                    assertTrue(page.contains("\\fB" + ManPage.text(name) + "\\fR"), c.qualifiedName() + " " + name);
                }
            }
        }
        assertTrue(page.contains(".SH \"EXIT STATUS\"\n.TP\n\\fB0\\fR\n"), "exit codes");
        assertTrue(page.contains(".TP\n\\fB3\\fR\n有文件无法读取 / at least one input could not be read\n"), "exit code 3");
    }

    @Test
    void theManPageRendersWithoutWarnings() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/groff")), "no groff");
        CliDocs.write(tmp);
        Path page = tmp.resolve(CliDocs.MAN_PAGE);
        // -ww: every warning; -z: no output, only the diagnostics (on standard error, merged here)
        String warnings = run(List.of("/usr/bin/groff", "-K", "utf8", "-man", "-Tutf8", "-ww", "-z", page.toString()));
        assertEquals("", warnings.strip());
        String shown = run(List.of("/usr/bin/groff", "-K", "utf8", "-man", "-Tutf8", "-P-cbou", page.toString()));
        assertTrue(shown.contains("huibao check [OPTIONS] PATH..."), shown);
        // '-' is written \- so that an option copied from the page works: ASCII hyphen-minus, not U+2010
        assertTrue(shown.contains("--format FORMAT[:FILE]"), shown);
        assertTrue(shown.contains("检查报告"), "Chinese text survives");
    }

    @Test
    void theGzippedPageIsThePage() throws IOException {
        CliDocs.write(tmp);
        byte[] page = Files.readAllBytes(tmp.resolve(CliDocs.MAN_PAGE));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(tmp.resolve(CliDocs.MAN_PAGE + ".gz")))) {
            assertArrayEquals(page, in.readAllBytes());
        }
        assertTrue(Files.readString(tmp.resolve(CliDocs.COMPLETION)).contains("complete -F _complete_huibao"));
    }

    @Test
    void roffControlCharactersAreEscaped() {
        assertEquals("\\&.huibaoignore", ManPage.text(".huibaoignore"));
        assertEquals("C:\\eUsers \\-\\-x", ManPage.text("C:\\Users --x"));
        assertEquals("一行 两行", ManPage.text("一行\n两行"));
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "still running: " + command);
        return out;
    }
}
