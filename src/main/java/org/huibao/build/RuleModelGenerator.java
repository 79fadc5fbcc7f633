package org.huibao.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.drools.drl.parser.DrlParser;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Build-time tool, never part of the jar: compiles the built-in rules ({@code rules/**.drl}) to the
 * Drools executable model and writes the generated classes into the build's class folder, with an index
 * ({@value #INDEX}) that the run time reads instead of compiling DRL:
 *
 * <pre>
 * key    hash of the inputs (DRL files, the huibao classes the generated code refers to, Drools
 *        version); equal keys skip the work
 * model  a generated class implementing org.drools.model.Model, one per DRL package
 * rule   package TAB rule name TAB the rule's file as users see it (rules/punctuation.drl)
 * class  a file this tool wrote, removed before the next run writes its own
 * uses   a class of huibao's that the generated code refers to (its bytecode is part of the key)
 * </pre>
 *
 * Run by Maven in {@code process-classes} (exec-maven-plugin), once huibao's fact classes are compiled:
 * the generated code is plain Java that calls them. Usage: {@code RuleModelGenerator RULES_DIR CLASSES_DIR}.
 * Any compilation error fails the build with the rule file and line.
 */
public final class RuleModelGenerator {
    /** Where the index lives in the class folder and the jar. */
    public static final String INDEX = "huibao/rules.model";
    /** The packaged rule folder's file list, by {@code org.huibao.engine.RuleLoader}'s name for it. */
    private static final String FILES = "huibao/rules.files";

    private RuleModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RuleModelGenerator RULES_DIR CLASSES_DIR");
            System.exit(2);
        }
        Path rules = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        writeFileList(classes);
        Map<String, String> drl = read(rules);
        Path index = classes.resolve(INDEX);
        List<String> previous = Files.isRegularFile(index) ? Files.readAllLines(index, StandardCharsets.UTF_8) : List.of();
        String key = key(drl, classes, uses(previous));
        if (previous.contains("key " + key) && written(previous).stream().allMatch(f -> Files.isRegularFile(classes.resolve(f)))) {
            System.out.println("huibao: executable rule model is up to date (" + drl.size() + " files)");
            return;
        }
        for (String f : written(previous)) {
            Files.deleteIfExists(classes.resolve(f));
        }
        Files.deleteIfExists(index);

        List<String> slips = new ArrayList<>();
        for (Map.Entry<String, String> e : drl.entrySet()) {
            slips.addAll(stringComparisons(e.getKey(), parse(e.getKey(), e.getValue())));
        }
        if (!slips.isEmpty()) {
            slips.forEach(System.err::println);
            System.exit(1);
        }

        long start = System.nanoTime();
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        for (Map.Entry<String, String> e : drl.entrySet()) {
            kfs.write("src/main/resources/huibao/" + e.getKey(), e.getValue());
        }
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            for (Message m : errors) {
                String where = m.getPath() == null ? "rules" : m.getPath().replaceFirst("^src/main/resources/huibao/", "");
                System.err.println("huibao: " + where + (m.getLine() > 0 ? ":" + m.getLine() : "") + ": "
                        + m.getText().strip());
            }
            System.err.println("huibao: the built-in rules do not compile to the executable model ("
                    + errors.size() + " errors)");
            System.exit(1);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        if (module instanceof CanonicalKieModule canonical) {
            module = canonical.getInternalKieModule();
        }
        MemoryFileSystem out = ((MemoryKieModule) module).getMemoryFileSystem();

        List<String> lines = new ArrayList<>();
        String models = new String(out.read(modelFile(out)), StandardCharsets.UTF_8);
        models.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.contains(":")).sorted()
                .forEach(m -> lines.add("model " + m));
        for (Map.Entry<String, String> e : drl.entrySet()) {
            PackageDescr pkg = parse(e.getKey(), e.getValue());
            for (RuleDescr r : pkg.getRules()) {
                lines.add("rule " + pkg.getName() + "\t" + r.getName() + "\t" + e.getKey());
            }
        }
        int count = 0;
        for (var f : new TreeMap<>(Map.copyOf(out.getMap().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(x -> x.getKey().asString(), Map.Entry::getValue))))
                .entrySet()) {
            // The model's own classes only: the project class and the KieContainer's META-INF files
            // serve a kmodule.xml-based KieContainer, which huibao does not use.
            if (!f.getKey().endsWith(".class") || f.getKey().startsWith("org/drools/project/")) {
                continue;
            }
            Path target = classes.resolve(f.getKey());
            if (Files.exists(target) && !previous.contains("class " + f.getKey())) {
                System.err.println("huibao: generated " + f.getKey() + " would overwrite a class of huibao's own;"
                        + " rename the rule package");
                System.exit(1);
            }
            Files.createDirectories(target.getParent());
            Files.write(target, f.getValue());
            lines.add("class " + f.getKey());
            count++;
        }
        java.util.Set<String> uses = new java.util.TreeSet<>();
        for (String f : written(lines)) {
            uses.addAll(references(Files.readAllBytes(classes.resolve(f))));
        }
        uses.removeIf(c -> !Files.isRegularFile(classes.resolve(c)) || written(lines).contains(c));
        uses.forEach(c -> lines.add("uses " + c));
        lines.add(0, "key " + key(drl, classes, List.copyOf(uses)));
        lines.add(0, "# The built-in rules compiled to the Drools executable model; written by "
                + RuleModelGenerator.class.getName() + ".");
        Files.createDirectories(index.getParent());
        Files.write(index, lines, StandardCharsets.UTF_8);
        System.out.printf("huibao: compiled %d rule files to the executable model (%d classes) in %.1f s%n",
                drl.size(), count, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Lists the files of the packaged rule folder (huibao/rules in the class folder, as the jar will hold
     * it), so that the run time opens the word lists by name instead of walking the jar's ≈ 30,000
     * entries at every start. Written at every build: it costs nothing and can never be stale.
     */
    private static void writeFileList(Path classes) throws IOException {
        Path dir = classes.resolve("huibao/rules");
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString().replace('\\', '/')).sorted()
                        .forEach(names::add);
            }
        }
        Files.write(classes.resolve(FILES), names, StandardCharsets.UTF_8);
    }

    private static String modelFile(MemoryFileSystem out) {
        return out.getFilePaths().stream().map(p -> p.asString())
                .filter(p -> p.startsWith("META-INF/kie/") && p.endsWith("/" + CanonicalKieModule.MODEL_FILE_NAME))
                .findFirst().orElseThrow(() -> new IllegalStateException("no drools-model file was generated"));
    }

    private static PackageDescr parse(String file, String text) {
        try {
            DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
            PackageDescr pkg = parser.parse(false, text);
            if (pkg == null || parser.hasErrors()) {
                throw new IllegalStateException(file + ": " + parser.getErrors());
            }
            return pkg;
        } catch (org.drools.drl.parser.DroolsParserException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static final java.util.regex.Pattern LITERALS_AND_COMMENTS = java.util.regex.Pattern.compile(
            "//[^\n]*|/\\*(?s:.*?)\\*/|\"(?:\\\\.|[^\"\\\\\n])*\"");
    private static final java.util.regex.Pattern STRING_COMPARISON = java.util.regex.Pattern.compile(
            "\"\"\\s*[!=]=(?!=)|(?<![!=<>])[!=]=\\s*\"\"");

    /**
     * {@code ==} or {@code !=} next to a string literal in a consequence: MVEL compares the values, the
     * executable model's Java compares references, so the rule would compile and silently misbehave.
     */
    static List<String> stringComparisons(String file, PackageDescr pkg) {
        List<String> out = new ArrayList<>();
        for (RuleDescr r : pkg.getRules()) {
            if (!(r.getConsequence() instanceof String text)) {
                continue;
            }
            // literals become "" and comments blanks, keeping the line breaks
            java.util.regex.Matcher m = LITERALS_AND_COMMENTS.matcher(text);
            StringBuilder shape = new StringBuilder();
            while (m.find()) {
                String t = m.group();
                m.appendReplacement(shape, t.startsWith("\"") ? "\"\"" : t.replaceAll("[^\n]", " "));
            }
            m.appendTail(shape);
            java.util.regex.Matcher c = STRING_COMPARISON.matcher(shape);
            while (c.find()) {
                long line = r.getConsequenceLine() + 1 + shape.substring(0, c.start()).chars().filter(ch -> ch == '\n').count();
                out.add("huibao: " + file + ":" + line + ": rule \"" + r.getName() + "\" compares a string with "
                        + c.group().replaceAll("[\"\\s]", "") + "; compiled to the executable model that compares"
                        + " references, not text: write .equals(...)");
            }
        }
        return out;
    }

    private static List<String> uses(List<String> index) {
        return index.stream().filter(l -> l.startsWith("uses ")).map(l -> l.substring(5)).toList();
    }

    /** The huibao classes ("org/huibao/x/Y.class") a class file names in its constant pool. */
    static java.util.Set<String> references(byte[] classFile) throws IOException {
        java.util.Set<String> out = new java.util.TreeSet<>();
        java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(classFile));
        in.skipBytes(8); // magic, minor and major version
        int count = in.readUnsignedShort();
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("org/huibao/[A-Za-z0-9_/$]+");
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> {
                    // names and descriptors: "org/huibao/parse/Span", "(Lorg/huibao/parse/Node;)V"
                    java.util.regex.Matcher m = name.matcher(in.readUTF());
                    while (m.find()) {
                        out.add(m.group() + ".class");
                    }
                }
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return out;
    }

    private static List<String> written(List<String> index) {
        return index.stream().filter(l -> l.startsWith("class ")).map(l -> l.substring(6)).toList();
    }

    /** Every *.drl under the rule folder, by the path users see ("rules/punctuation.drl"), in path order. */
    private static Map<String, String> read(Path rules) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(rules)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList()) {
                out.put("rules/" + rules.relativize(p).toString().replace('\\', '/'),
                        Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /**
     * The inputs' hash: the DRL files, the bytecode of the huibao classes that the generated code refers to
     * (a changed fact class must regenerate it; other changes to huibao need not), and the Drools version.
     */
    private static String key(Map<String, String> drl, Path classes, List<String> uses) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Properties drools = new Properties();
            try (InputStream in = KieServices.class.getResourceAsStream(
                    "/META-INF/maven/org.kie/kie-api/pom.properties")) {
                if (in != null) {
                    drools.load(in);
                }
            }
            sha.update(drools.getProperty("version", "").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : drl.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            for (String c : uses) {
                Path p = classes.resolve(c);
                sha.update(c.getBytes(StandardCharsets.UTF_8));
                sha.update(Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
