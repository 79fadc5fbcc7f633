package org.huibao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.huibao.analysis.Analyzer;
import org.huibao.engine.RuleLoader;
import org.huibao.output.Visible;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The huibao command line. */
@Command(name = "huibao", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"检查工作汇报、党建工作情况报告、述职报告等报告稿是否齐全规范。",
                "Checks Chinese work-report drafts for required elements and common mistakes."})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final InputStream in;
    private final BooleanSupplier stderrIsTerminal;

    Main(InputStream in, BooleanSupplier stderrIsTerminal) {
        this.in = in;
        this.stderrIsTerminal = stderrIsTerminal;
    }

    /** Standard input, for the report named "-". */
    InputStream in() {
        return in;
    }

    /** Whether standard error is a terminal (where check may draw its progress line). */
    boolean stderrIsTerminal() {
        return stderrIsTerminal.getAsBoolean();
    }

    public static void main(String[] args) {
        if (args.length > 0 && List.of("check", "fix", "rules", "explain", "serve").contains(args[0])) {
            RuleLoader.preload();
        }
        if (args.length > 0 && List.of("check", "fix", "serve").contains(args[0])) {
            Analyzer.preload();
        }
        System.exit(run(args, System.in, utf8(FileDescriptor.out), utf8(FileDescriptor.err), Progress::stderrIsTerminal));
    }

    /** Runs the CLI with the given streams; returns the exit code (see ExitCode). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, InputStream.nullInputStream(), out, err);
    }

    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return run(args, in, out, err, () -> false);
    }

    /** @param stderrIsTerminal whether {@code err} is a terminal; tests pretend it is one */
    static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, BooleanSupplier stderrIsTerminal) {
        CommandLine cli = new CommandLine(new Main(in, stderrIsTerminal));
        addSubcommands(cli, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // Anything that reaches here is a bug; a CI log still deserves one line, not a trace.
            commandLine.getErr().println("huibao: 内部错误 (internal error): " + Visible.escape(String.valueOf(ex)));
            commandLine.getErr().flush();
            return ExitCode.USAGE;
        });
        cli.setParameterExceptionHandler((ex, args1) -> {
            CommandLine c = ex.getCommandLine();
            // Picocli quotes the argument it refused, which may be a hostile file name.
            String message = Misspelt.explain(ex).orElseGet(() -> Visible.escape(ex.getMessage()));
            c.getErr().println("huibao: " + message);
            c.getErr().println("用法见 (see) '" + c.getCommandSpec().qualifiedName() + " --help'");
            c.getErr().flush();
            return ExitCode.USAGE;
        });
        cli.setHelpFactory(NamesKeptHelp::new);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The whole command tree, every subcommand and option registered, as the build generates the shell
     * completion and the man page from it (org.huibao.build.CliDocs): they can never list an option
     * the program does not have.
     */
    public static CommandLine commandTree() {
        CommandLine cli = new CommandLine(new Main(InputStream.nullInputStream(), () -> false));
        addSubcommands(cli, new String[0]);
        return cli;
    }

    /**
     * Registers the subcommand the arguments name, or all of them when none is named (help, usage
     * errors). Picocli reads every registered command's annotations at start-up; a check run that
     * registered all of them would spend that time on commands it never runs.
     */
    private static void addSubcommands(CommandLine cli, String[] args) {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("check", CheckCommand::new);
        all.put("fix", FixCommand::new);
        all.put("rules", RulesCommand::new);
        all.put("explain", ExplainCommand::new);
        all.put("serve", ServeCommand::new);
        String first = args.length == 0 ? "" : args[0];
        if (all.containsKey(first)) {
            cli.addSubcommand(first, all.get(first).get());
        } else if (!first.equals("--version") && !first.equals("-V")) {
            all.forEach((name, command) -> cli.addSubcommand(name, command.get()));
            cli.addSubcommand("help", new CommandLine.HelpCommand());
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Output is UTF-8 whatever the locale: under LANG=C Java would print Chinese as "???". */
    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
