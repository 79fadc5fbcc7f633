package org.huibao.config;

import org.huibao.api.Balance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.huibao.api.Element;
import org.huibao.api.Lang;
import org.huibao.model.Severity;
import org.huibao.api.Genre;

/**
 * Reads the configuration: the built-in config.yaml with an optional user file laid over it.
 *
 * <p>Files are composed into SnakeYAML's node tree with the safe constructor and never turned into
 * arbitrary objects; the tree is kept so every message can name the file and line of the bad value.
 */
public final class ConfigLoader {

    /** Classpath location of the repository's config.yaml. */
    static final String DEFAULTS_RESOURCE = "huibao/config.yaml";

    private static final List<String> TOP_KEYS = List.of("threshold", "language", "scoring", "rules", "elements",
            "context", "balance", "profiles");
    private static final List<String> PROFILE_KEYS = List.of("scoring", "rules", "elements");
    private static final List<String> PROFILE_RULES_KEYS = List.of("overrides");
    private static final List<String> PROFILE_ELEMENT_KEYS = List.of("required");
    private static final List<String> BALANCE_KEYS = List.of("min_problems", "chars_per_problem", "figures_per_problem", "concrete",
            "figures");
    private static final List<String> SCORING_KEYS = List.of("elements", "quality");
    private static final List<String> SCORING_ELEMENT_KEYS = List.of("section", "inline", "absent", "weak_penalty");
    private static final List<String> QUALITY_KEYS = List.of("max", "error", "warning", "info");
    private static final List<String> RULES_KEYS = List.of("paths", "overrides");
    private static final List<String> OVERRIDE_KEYS = List.of("severity", "enabled", "blocking");
    private static final List<String> CONTEXT_KEYS = List.of("negation", "remedial", "resolved", "other_party",
            "preview", "achievements", "specific_marks");
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]{2,}\\d{3}");

    private ConfigLoader() {
    }

    /** The built-in defaults: the repository's config.yaml, packaged as the classpath resource "huibao/config.yaml". */
    public static Config defaults() throws ConfigException {
        return build(List.of(builtIn()), Optional.empty());
    }

    /** Built-in defaults with the user's file laid over them; relative rule paths resolve against its folder. */
    public static Config load(Path userFile) throws ConfigException {
        String text = readUserFile(userFile);
        Path folder = userFile.toAbsolutePath().normalize().getParent();
        YamlSource user = YamlSource.parse(text, userFile.toString(), folder);
        return build(List.of(builtIn(), user), Optional.of(userFile));
    }

    /**
     * Same, from text (for tests; {@code displayName} is used in messages). Relative rule paths resolve
     * against the current directory; the result has no {@link Config#source()} as there is no file.
     */
    public static Config load(String yamlText, String displayName) throws ConfigException {
        YamlSource user = YamlSource.parse(yamlText, displayName, currentDirectory());
        return build(List.of(builtIn(), user), Optional.empty());
    }

    private static YamlSource builtIn() throws ConfigException {
        byte[] bytes;
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new ConfigException(DEFAULTS_RESOURCE + ": built-in configuration missing from the classpath");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ConfigException(DEFAULTS_RESOURCE + ": cannot read built-in configuration: " + reason(e), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(DEFAULTS_RESOURCE + ": cannot read built-in configuration: not valid UTF-8", e);
        }
        return YamlSource.parse(text, DEFAULTS_RESOURCE, currentDirectory());
    }

    private static String readUserFile(Path file) throws ConfigException {
        if (!Files.exists(file)) {
            throw new ConfigException(file + ": config file not found");
        }
        if (Files.isDirectory(file)) {
            throw new ConfigException(file + ": cannot read config file: it is a directory");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": config file not found", e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read config file: " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : YamlSource.oneLine(message);
    }

    private static Path currentDirectory() {
        return Path.of("").toAbsolutePath();
    }

    private static Config build(List<YamlSource> sources, Optional<Path> source) throws ConfigException {
        UnknownKeys unknown = new UnknownKeys();
        Config config;
        try {
            config = build(Section.root(sources, unknown), source);
        } catch (ConfigException e) {
            // A bad value may come of a misspelt key above it: the unknown keys first, then the value.
            throw unknown.isEmpty() ? e : unknown.with(e);
        }
        unknown.check();
        return config;
    }

    private static Config build(Section root, Optional<Path> source) throws ConfigException {
        root.allow(TOP_KEYS);
        double threshold = root.require("threshold").number(0, 100);
        Value languageValue = root.require("language");
        String languageId = languageValue.string();
        Lang language = Lang.parse(languageId).orElseThrow(() -> languageValue.error(
                languageValue.path() + " must be zh or en, got " + Value.describe(languageValue.node())));
        Config.Scoring scoring = scoring(root.section("scoring"));
        List<ElementDeclaration> elements = ElementsLoader.elements(root.section("elements"));
        return new Config(threshold, language, scoring, rules(root.section("rules")),
                elements, context(root.section("context")),
                balance(root.section("balance")), profiles(root.section("profiles"), scoring, elements), source);
    }

    private static Map<Genre, Profile> profiles(Section profiles, Config.Scoring general,
                                                List<ElementDeclaration> declared) throws ConfigException {
        List<String> genres = Arrays.stream(Genre.values()).map(Genre::id).toList();
        profiles.allow(genres);
        List<Element> elementIds = declared.stream().map(ElementDeclaration::element).toList();
        Map<Genre, Profile> out = new EnumMap<>(Genre.class);
        for (Genre genre : Genre.values()) {
            Section p = profiles.section(genre.id()).allow(PROFILE_KEYS);
            Section elements = p.section("elements").allow(elementIds.stream().map(Element::id).toList());
            Map<Element, Boolean> required = new LinkedHashMap<>();
            for (Element e : elementIds) {
                Optional<Value> said = elements.section(e.id()).allow(PROFILE_ELEMENT_KEYS).value("required");
                if (said.isPresent()) {
                    required.put(e, said.get().bool());
                }
            }
            Section rules = p.section("rules").allow(PROFILE_RULES_KEYS);
            out.put(genre, new Profile(profileScoring(p.section("scoring"), general),
                    overrides(rules.section("overrides")), required));
        }
        return out;
    }

    /** A profile's scoring: its own values where it gives them, the general ones elsewhere. */
    private static Config.Scoring profileScoring(Section scoring, Config.Scoring general) throws ConfigException {
        scoring.allow(SCORING_KEYS);
        Section elements = scoring.section("elements").allow(SCORING_ELEMENT_KEYS);
        Section quality = scoring.section("quality").allow(QUALITY_KEYS);
        return new Config.Scoring(
                or(elements, "section", general.section()), or(elements, "inline", general.inline()),
                or(elements, "absent", general.absent()), or(elements, "weak_penalty", general.weakPenalty()),
                or(quality, "max", general.qualityMax()), or(quality, "error", general.errorCost()),
                or(quality, "warning", general.warningCost()), or(quality, "info", general.infoCost()));
    }

    private static double or(Section section, String key, double general) throws ConfigException {
        Optional<Value> v = section.value(key);
        return v.isPresent() ? v.get().nonNegative() : general;
    }

    private static Balance balance(Section balance) throws ConfigException {
        balance.allow(BALANCE_KEYS);
        return new Balance(balance.require("min_problems").nonNegativeInt(),
                balance.require("chars_per_problem").nonNegativeInt(), balance.require("figures_per_problem").nonNegativeInt(),
                patterns(balance, "concrete"),
                balance.require("figures").pattern());
    }

    private static Config.Scoring scoring(Section scoring) throws ConfigException {
        scoring.allow(SCORING_KEYS);
        Section elements = scoring.section("elements").allow(SCORING_ELEMENT_KEYS);
        Section quality = scoring.section("quality").allow(QUALITY_KEYS);
        return new Config.Scoring(
                elements.require("section").nonNegative(),
                elements.require("inline").nonNegative(),
                elements.require("absent").nonNegative(),
                elements.require("weak_penalty").nonNegative(),
                quality.require("max").nonNegative(),
                quality.require("error").nonNegative(),
                quality.require("warning").nonNegative(),
                quality.require("info").nonNegative());
    }

    private static Config.Rules rules(Section rules) throws ConfigException {
        rules.allow(RULES_KEYS);
        List<Path> paths = new ArrayList<>();
        Optional<Value> pathsValue = rules.value("paths");
        if (pathsValue.isPresent()) {
            paths = pathsValue.get().paths();
        }
        return new Config.Rules(paths, overrides(rules.section("overrides")));
    }

    private static Map<String, RuleOverride> overrides(Section overrides) throws ConfigException {
        Map<String, RuleOverride> byId = new LinkedHashMap<>();
        for (Value key : overrides.keys()) {
            String id = key.string();
            if (!RULE_ID.matcher(id).matches()) {
                throw key.error(overrides.path() + ": invalid rule id \"" + id
                        + "\" (expected capital letters then three digits, e.g. HB301)");
            }
            byId.put(id, override(overrides.section(id).allow(OVERRIDE_KEYS)));
        }
        return byId;
    }

    private static RuleOverride override(Section rule) throws ConfigException {
        Optional<Severity> severity = Optional.empty();
        Optional<Value> severityValue = rule.value("severity");
        if (severityValue.isPresent()) {
            Value v = severityValue.get();
            severity = Optional.of(Severity.parse(v.string()).orElseThrow(() -> v.error(
                    v.path() + " must be error, warning or info, got " + Value.describe(v.node()))));
        }
        Optional<Boolean> enabled = Optional.empty();
        Optional<Value> enabledValue = rule.value("enabled");
        if (enabledValue.isPresent()) {
            enabled = Optional.of(enabledValue.get().bool());
        }
        Optional<Boolean> blocking = Optional.empty();
        Optional<Value> blockingValue = rule.value("blocking");
        if (blockingValue.isPresent()) {
            blocking = Optional.of(blockingValue.get().bool());
        }
        return new RuleOverride(severity, enabled, blocking);
    }

    private static Context context(Section context) throws ConfigException {
        context.allow(CONTEXT_KEYS);
        return new Context(
                context.require("negation").pattern(),
                patterns(context, "remedial"),
                patterns(context, "resolved"),
                patterns(context, "other_party"),
                patterns(context, "preview"),
                patterns(context, "achievements"),
                patterns(context, "specific_marks"));
    }

    private static List<Pattern> patterns(Section section, String key) throws ConfigException {
        Optional<Value> value = section.value(key);
        return value.isPresent() ? value.get().patterns() : List.of();
    }
}
