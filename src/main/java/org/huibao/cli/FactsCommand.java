package org.huibao.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.huibao.api.Genre;
import org.huibao.api.Lang;
import org.huibao.check.Checker;
import org.huibao.check.Limits;
import org.huibao.config.DidYouMean;
import org.huibao.facts.FactPrinter;
import org.huibao.facts.FactTable;
import org.huibao.output.Visible;
import org.huibao.read.DocumentReader;
import org.huibao.read.ReadException;
import org.huibao.read.Readers;
import org.huibao.read.SourceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code huibao facts FILE}: the facts of one report as the rules see them, to find out why a rule did
 * or did not fire.
 */
@Command(name = "facts", mixinStandardHelpOptions = true,
        description = {"列出一份报告的事实（规则看到的内容：标题、段落、句子、子句、词表命中等），用于调试规则",
                "Print the facts of one report as the rules see them (headings, lines, clauses, word-list hits…), to debug a rule"})
final class FactsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "FILE", description = "报告文件 / report file")
    Path file;

    @Option(names = {"-t", "--type"}, paramLabel = "TYPE[,TYPE…]", split = ",",
            description = "只列出这些类型，如 Heading,Term / only these fact types, e.g. Heading,Term")
    List<String> types = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text（默认）或 json / text (default) or json")
    String format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "" + FactTable.DEFAULT_LIMIT,
            description = "每种类型最多列出 N 条（默认 200，0 为不限） / at most N facts of each type (default 200; 0: all)")
    int limit;

    @Option(names = "--profile", paramLabel = "GENRE", defaultValue = "auto",
            description = "体裁配置，同 check / genre profile, as for check")
    String profile;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "500000",
            description = "更长的报告不读取（默认 500000 字符） / longer reports are refused (default 500000 characters)")
    int maxChars;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("huibao: --format 只能是 text 或 json (must be text or json), got \"" + Visible.escape(format) + "\"");
            return ExitCode.USAGE;
        }
        if (limit < 0 || maxChars < 1) {
            err.println("huibao: --limit 不能为负，--max-chars 至少为 1 (--limit must not be negative, --max-chars at least 1)");
            return ExitCode.USAGE;
        }
        if (!RunOptions.knownProfile(profile, err)) {
            return ExitCode.USAGE;
        }
        Optional<Genre> genre = Genre.parse(profile);
        for (String t : types) {
            if (FactTable.ORDER.stream().noneMatch(k -> k.equalsIgnoreCase(t.strip()))) {
                String meant = DidYouMean.suggest(t.strip(), FactTable.ORDER).map(k -> "，是否要用 (did you mean) " + k + "？").orElse("");
                err.println("huibao: 未知的事实类型 (unknown fact type) \"" + Visible.escape(t) + "\"" + meant
                        + "；可用 (available): " + String.join(", ", FactTable.ORDER));
                return ExitCode.USAGE;
            }
        }
        CommonOptions.Setup setup = common.setup(err, null, true, List.of(file));
        if (setup == null) {
            return ExitCode.USAGE;
        }
        Lang lang = setup.config().language();
        String name = Visible.escape(file.toString());
        Readers readers = Readers.defaults(Readers.DEFAULT_MAX_BYTES, maxChars);
        DocumentReader reader = readers.forPath(file).orElse(null);
        if (!Files.isRegularFile(file) || reader == null) {
            err.println("huibao: " + name + ": " + (!Files.isRegularFile(file) ? "文件不存在 (no such file)"
                    : "不支持的文件类型 (unsupported file type)；支持 (supported): " + String.join(", ", readers.extensions())));
            return ExitCode.UNREADABLE;
        }
        SourceText source;
        try {
            source = reader.read(file, file.toString());
        } catch (ReadException e) {
            err.println("huibao: " + name + ": " + Visible.escape(String.valueOf(e.getMessage())));
            return ExitCode.UNREADABLE;
        }
        if (source.text().length() > maxChars) {
            err.println("huibao: " + name + ": " + String.format(Locale.ROOT, "报告过长：%,d 字符，上限 %,d（--max-chars） (report too long)",
                    source.text().length(), maxChars));
            return ExitCode.UNREADABLE;
        }
        Checker checker = new Checker(setup.config(), setup.rules(), setup.analyzer().get(), readers, genre,
                new Limits(Limits.DEFAULTS.timeLimit(), maxChars));
        Checker.RuleFacts facts = checker.ruleFacts(source);
        FactTable table = FactTable.of(facts, types.stream().map(String::strip).toList(), limit);
        String genreId = facts.given().stream().filter(o -> o instanceof org.huibao.api.DocumentFact)
                .map(o -> ((org.huibao.api.DocumentFact) o).genre().id()).findFirst().orElse("");
        if (format.equals("json")) {
            FactPrinter.json(out, file.toString(), genreId, table, facts.failure(), lang);
        } else {
            FactPrinter.text(out, file + " · " + (lang == Lang.EN ? "genre " : "体裁 ") + genreId, table, facts.failure(), lang);
        }
        return ExitCode.OK;
    }
}
