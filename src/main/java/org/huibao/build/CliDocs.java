package org.huibao.build;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.huibao.cli.Main;
import org.huibao.cli.Version;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Build-time tool, never part of the jar: writes the bash completion script and the man page from the
 * command-line model ({@link Main#commandTree()}), so that both list exactly the commands and options
 * the program has. Run by Maven in {@code prepare-package}; the .deb installs the files as
 * {@code /usr/share/bash-completion/completions/huibao} and {@code /usr/share/man/man1/huibao.1.gz}, the
 * zip carries them in {@code completion/} and {@code man/}. Usage: {@code CliDocs OUT_DIR}.
 */
public final class CliDocs {

    /** The completion script's file name; bash-completion loads it by the command's name. */
    public static final String COMPLETION = "huibao.bash";
    public static final String MAN_PAGE = "huibao.1";

    private CliDocs() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CliDocs OUT_DIR");
            System.exit(2);
        }
        write(Path.of(args[0]));
    }

    /** Writes {@value #COMPLETION}, {@value #MAN_PAGE} and {@value #MAN_PAGE}.gz into {@code dir}. */
    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        CommandLine tree = Main.commandTree();
        Files.writeString(dir.resolve(COMPLETION), completion(tree), StandardCharsets.UTF_8);
        byte[] page = manPage(tree).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(MAN_PAGE), page);
        // Debian installs man pages gzipped. GZIPOutputStream writes no time stamp, so the build is
        // reproducible.
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(MAN_PAGE + ".gz")))) {
            out.write(page);
        }
    }

    /** The bash completion script (zsh reads it too, through bashcompinit). */
    public static String completion(CommandLine tree) {
        return AutoComplete.bash(tree.getCommandName(), tree);
    }

    /** huibao(1) in roff. */
    public static String manPage(CommandLine tree) {
        return ManPage.of(tree, Version.current());
    }
}
