package org.huibao.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@code huibao} command for tests that run huibao as CI tools do (pre-commit, the GitHub action's
 * script, the GitLab template's lines): a shell script in a folder of its own that starts this build's
 * classes, as the installed launcher starts the jar. Put {@link #bin()} first on PATH.
 */
public final class HuibaoOnPath {

    private final Path bin;

    private HuibaoOnPath(Path bin) {
        this.bin = bin;
    }

    /** Writes {@code dir/bin/huibao}. */
    public static HuibaoOnPath in(Path dir) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String script = "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto"
                + " -Dfile.encoding=UTF-8 -cp '" + System.getProperty("java.class.path") + "' org.huibao.cli.Main \"$@\"\n";
        Path huibao = bin.resolve("huibao");
        Files.writeString(huibao, script, StandardCharsets.UTF_8);
        if (!huibao.toFile().setExecutable(true)) {
            throw new IOException("cannot make " + huibao + " executable");
        }
        return new HuibaoOnPath(bin);
    }

    public Path bin() {
        return bin;
    }

    /** PATH with {@link #bin()} first. */
    public String path() {
        return bin + File.pathSeparator + System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    }

    /** What a command printed (standard output and error together) and its exit code. */
    public record Result(int code, String output) {
    }

    /** Runs {@code command} in {@code dir} with {@link #path()} and the given variables; at most two minutes. */
    public Result run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        // to a file, not a pipe: a command that hangs must not hang the test on a read
        Path log = Files.createTempFile(bin, "output", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("PATH", path());
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("still running after two minutes: " + command + "\n" + Files.readString(log));
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Result(p.exitValue(), out);
    }

    /** Whether {@code program} is on this machine's PATH. */
    public static boolean installed(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
