package org.huibao.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.huibao.api.Lang;
import org.huibao.model.RunResult;
import org.huibao.model.Severity;
import org.junit.jupiter.api.Test;

class SarifFormatterTest {

    private static final ObjectMapper MAPPER = new org.huibao.testing.SchemaCheckedJson();
    private static final String SPECIAL_URI = encode(Fixtures.SPECIAL_FILE);

    private static String render(RunResult run, OutputOptions options) throws IOException {
        StringWriter out = new StringWriter();
        new SarifFormatter().write(run, options, out);
        return out.toString();
    }

    private static JsonNode parse(Lang lang) throws IOException {
        return MAPPER.readTree(render(Fixtures.fullRun(), new OutputOptions(lang, false, false, Fixtures.rules())));
    }

    private static JsonNode run(JsonNode log) {
        return log.path("runs").get(0);
    }

    /** The expected encoding, built independently of the formatter: UTF-8 bytes of all but unreserved. */
    private static String encode(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }

    @Test
    void logHasSchemaVersionAndOneRun() throws IOException {
        JsonNode log = parse(Lang.ZH);
        assertEquals("https://json.schemastore.org/sarif-2.1.0.json", log.path("$schema").asText());
        assertEquals("2.1.0", log.path("version").asText());
        assertEquals(1, log.path("runs").size());
        JsonNode driver = run(log).path("tool").path("driver");
        assertEquals("huibao", driver.path("name").asText());
        assertEquals("0.1.0", driver.path("version").asText());
        assertFalse(driver.has("informationUri"), "omitted while the project has no public page");
        assertEquals("unicodeCodePoints", run(log).path("columnKind").asText());
        assertEquals("zh-CN", run(log).path("language").asText());
        assertEquals("en-US", run(parse(Lang.EN)).path("language").asText());
    }

    @Test
    void everyRuleIsListedWithItsMetadataSortedById() throws IOException {
        JsonNode rules = run(parse(Lang.ZH)).path("tool").path("driver").path("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.path("id").asText()));
        // All loaded rules (HB101 and the disabled HB209 never fired), then XB900, which has no metadata.
        assertEquals(List.of("HB101", "HB102", "HB107", "HB209", "HB301", "HB403", "HB404", "XB900"), ids);

        JsonNode hb301 = rules.get(ids.indexOf("HB301"));
        assertEquals("UnfilledPlaceholderBlocking", hb301.path("name").asText());
        assertEquals("有未填写的占位符 (一票否决)", hb301.path("shortDescription").path("text").asText());
        assertEquals("检查有未填写的占位符 (一票否决)", hb301.path("fullDescription").path("text").asText());
        assertEquals("修改有未填写的占位符 (一票否决)", hb301.path("help").path("text").asText());
        assertEquals("error", hb301.path("defaultConfiguration").path("level").asText());
        assertFalse(hb301.path("defaultConfiguration").has("enabled"));
        assertEquals("error", hb301.path("properties").path("severity").asText());
        assertTrue(hb301.path("properties").path("blocking").asBoolean());
        assertEquals(List.of("huibao", "wording"), texts(hb301.path("properties").path("tags")));

        JsonNode hb102 = rules.get(ids.indexOf("HB102"));
        assertEquals("shortcomings", hb102.path("properties").path("element").asText());
        assertFalse(hb102.path("properties").path("blocking").asBoolean());

        JsonNode hb107 = rules.get(ids.indexOf("HB107"));
        assertEquals("note", hb107.path("defaultConfiguration").path("level").asText(), "info is a note");
        assertEquals("info", hb107.path("properties").path("severity").asText());

        JsonNode hb209 = rules.get(ids.indexOf("HB209"));
        assertFalse(hb209.path("defaultConfiguration").path("enabled").asBoolean(true), "disabled in config");

        JsonNode xb900 = rules.get(ids.indexOf("XB900"));
        assertEquals("XB900", xb900.path("shortDescription").path("text").asText());
        // GitHub code scanning rejects rules without these.
        for (JsonNode r : rules) {
            assertFalse(r.path("fullDescription").path("text").asText().isEmpty(), r.toString());
            assertFalse(r.path("help").path("text").asText().isEmpty(), r.toString());
        }
    }

    @Test
    void rulesAreInTheChosenLanguageAndNamesAreEnglishPascalCase() throws IOException {
        JsonNode rules = run(parse(Lang.EN)).path("tool").path("driver").path("rules");
        JsonNode hb101 = rules.get(0);
        assertEquals("NoAccountOfOrganizationalLeadership", hb101.path("name").asText());
        assertEquals("No account of organizational leadership", hb101.path("shortDescription").path("text").asText());
        assertEquals("Fix: No account of organizational leadership", hb101.path("help").path("text").asText());
        assertEquals("HalfWidthPunctuationInChineseText", SarifFormatter.pascalCase("Half-width punctuation in Chinese text"));
        assertEquals("", SarifFormatter.pascalCase("缺少标题"));
    }

    @Test
    void resultsPointIntoTheRulesWithTheirLevels() throws IOException {
        JsonNode run = run(parse(Lang.ZH));
        JsonNode rules = run.path("tool").path("driver").path("rules");
        JsonNode results = run.path("results");
        assertEquals(8, results.size(), "2 in a.txt, 6 in the special report");
        Map<String, String> levels = Map.of("HB102", "error", "HB107", "note", "HB301", "error", "HB403", "warning",
                "HB404", "error", "XB900", "warning");
        for (JsonNode r : results) {
            String id = r.path("ruleId").asText();
            int index = r.path("ruleIndex").asInt(-1);
            assertTrue(r.path("ruleIndex").isInt(), r.toString());
            assertEquals(id, rules.get(index).path("id").asText(), "ruleIndex names the rule of ruleId");
            assertFalse(r.path("message").path("text").asText().isBlank());
            String file = r.path("locations").get(0).path("physicalLocation").path("artifactLocation").path("uri").asText();
            if (file.equals("a.txt") && id.equals("HB301")) {
                assertEquals("warning", r.path("level").asText(), "the finding's effective severity, not the rule's");
            } else {
                assertEquals(levels.get(id), r.path("level").asText(), id);
            }
        }
        assertEquals("note", SarifFormatter.level(Severity.INFO));
        assertEquals("warning", SarifFormatter.level(Severity.WARNING));
        assertEquals("error", SarifFormatter.level(Severity.ERROR));
    }

    @Test
    void regionsCountCodePointsAndCarryTheExcerpt() throws IOException {
        JsonNode results = run(parse(Lang.ZH)).path("results");
        JsonNode hb403 = find(results, "HB403", SPECIAL_URI);
        JsonNode region = hb403.path("locations").get(0).path("physicalLocation").path("region");
        int column = Fixtures.column(Fixtures.SPECIAL_LINE3, ",,");
        assertEquals(3, region.path("startLine").asInt());
        assertEquals(column, region.path("startColumn").asInt());
        assertEquals(3, region.path("endLine").asInt());
        assertEquals(column + 2, region.path("endColumn").asInt(), "exclusive end, like SARIF's");
        assertEquals(",,", region.path("snippet").path("text").asText());
        // The line starts with two full-width spaces: code points, not display columns or bytes.
        assertEquals(Fixtures.SPECIAL_LINE3.substring(0, Fixtures.SPECIAL_LINE3.indexOf(",,")).length() + 1, column);

        JsonNode hb301 = find(results, "HB301", SPECIAL_URI).path("locations").get(0).path("physicalLocation")
                .path("region");
        assertEquals(4, hb301.path("startLine").asInt());
        assertEquals(5, hb301.path("endLine").asInt());
        assertEquals(3, hb301.path("endColumn").asInt());

        JsonNode whole = find(results, "HB102", "a.txt").path("locations").get(0).path("physicalLocation")
                .path("region");
        assertEquals(1, whole.path("startLine").asInt());
        assertEquals(1, whole.path("startColumn").asInt());
        assertEquals(1, whole.path("endColumn").asInt());
        assertFalse(whole.has("snippet"), "an empty excerpt is no snippet");
    }

    @Test
    void resultsCarrySeveritySuggestionElementAndFingerprints() throws IOException {
        JsonNode results = run(parse(Lang.ZH)).path("results");
        JsonNode hb102 = find(results, "HB102", SPECIAL_URI);
        assertEquals("shortcomings", hb102.path("properties").path("element").asText());
        assertEquals("补写存在问题部分", hb102.path("properties").path("suggestion").asText());
        assertEquals("error", hb102.path("properties").path("severity").asText());
        JsonNode hb301 = find(results, "HB301", SPECIAL_URI);
        assertEquals(Fixtures.SPECIAL_MESSAGE, hb301.path("message").path("text").asText(), "line break and quotes kept");
        assertTrue(hb301.path("properties").path("blocking").asBoolean());

        Set<String> fingerprints = new HashSet<>();
        for (JsonNode r : results) {
            String fp = r.path("partialFingerprints").path(SarifFormatter.FINGERPRINT).asText();
            assertTrue(fp.matches("[0-9a-f]{32}:\\d+"), fp);
            fingerprints.add(fp);
        }
        assertEquals(results.size(), fingerprints.size(), "unique");
        assertEquals(parse(Lang.ZH).toString(), parse(Lang.ZH).toString(), "deterministic");
    }

    @Test
    void resultsAreSortedByFileThenPlace() throws IOException {
        JsonNode results = run(parse(Lang.ZH)).path("results");
        List<String> keys = new ArrayList<>();
        for (JsonNode r : results) {
            JsonNode loc = r.path("locations").get(0).path("physicalLocation");
            keys.add(loc.path("artifactLocation").path("index").asInt() + "/" + loc.path("region").path("startLine").asInt()
                    + "/" + String.format("%03d", loc.path("region").path("startColumn").asInt()));
        }
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        assertEquals(sorted, keys);
        // Reports given in another order give the same log.
        RunResult reversed = new RunResult("0.1.0", List.of(Fixtures.special(), Fixtures.unreadable(), Fixtures.failing(),
                Fixtures.passing()));
        JsonNode other = MAPPER.readTree(render(reversed, new OutputOptions(Lang.ZH, false, false, Fixtures.rules())));
        List<String> ruleIds = new ArrayList<>();
        run(other).path("results").forEach(r -> ruleIds.add(r.path("ruleId").asText()));
        List<String> expected = new ArrayList<>();
        results.forEach(r -> expected.add(r.path("ruleId").asText()));
        assertEquals(expected, ruleIds);
    }

    @Test
    void chineseFileNamesArePercentEncodedRelativeToSrcRoot() throws IOException {
        JsonNode run = run(parse(Lang.ZH));
        JsonNode artifacts = run.path("artifacts");
        assertEquals(4, artifacts.size());
        JsonNode special = artifacts.get(3).path("location");
        assertEquals(SPECIAL_URI, special.path("uri").asText());
        assertTrue(SPECIAL_URI.startsWith("%E6%9D%90%E6%96%99/2024%E5%B9%B4%20"), SPECIAL_URI);
        assertEquals("%SRCROOT%", special.path("uriBaseId").asText());
        assertEquals(Fixtures.SPECIAL_FILE, URI.create(special.path("uri").asText()).getPath(), "decodes back");

        for (JsonNode r : run.path("results")) {
            JsonNode loc = r.path("locations").get(0).path("physicalLocation").path("artifactLocation");
            String uri = loc.path("uri").asText();
            assertTrue(uri.matches("[A-Za-z0-9\\-._~/%]+"), "ASCII URI reference: " + uri);
            assertEquals(uri, artifacts.get(loc.path("index").asInt()).path("location").path("uri").asText());
            assertEquals("%SRCROOT%", loc.path("uriBaseId").asText());
        }
    }

    @Test
    void artifactUrisOfAllKindsOfPaths() {
        assertUri("a.txt", "%SRCROOT%", "./a.txt");
        assertUri("drafts/a.txt", "%SRCROOT%", "././drafts/a.txt");
        assertUri("../x/a%20b.txt", "%SRCROOT%", "../x/a b.txt");
        assertUri("a%3Ab%23c%3Fd%25.txt", "%SRCROOT%", "a:b#c?d%.txt");
        assertUri("file:///home/u/%E6%8A%A5%E5%91%8A.txt", null, "/home/u/报告.txt");
        assertUri("file:///C:/x/a%20b.txt", null, "C:/x/a b.txt");
        assertUri("%F0%A0%80%80.txt", "%SRCROOT%", "𠀀.txt");
        for (String p : List.of("a:b#c?d%.txt", "/home/u/报告.txt", "C:/x/a b.txt", "𠀀.txt")) {
            URI.create(ArtifactUri.of(p).uri()); // a valid URI reference
        }
    }

    private static void assertUri(String uri, String base, String path) {
        ArtifactUri a = ArtifactUri.of(path);
        assertEquals(uri, a.uri(), path);
        if (base == null) {
            assertNull(a.uriBaseId());
        } else {
            assertEquals(base, a.uriBaseId());
        }
    }

    @Test
    void unreadableInputsAreToolExecutionNotifications() throws IOException {
        JsonNode invocations = run(parse(Lang.ZH)).path("invocations");
        assertEquals(1, invocations.size());
        JsonNode invocation = invocations.get(0);
        assertTrue(invocation.path("executionSuccessful").asBoolean());
        JsonNode notes = invocation.path("toolExecutionNotifications");
        assertEquals(1, notes.size());
        assertEquals("error", notes.get(0).path("level").asText());
        assertEquals("无法读取文件", notes.get(0).path("message").path("text").asText());
        JsonNode loc = notes.get(0).path("locations").get(0).path("physicalLocation").path("artifactLocation");
        assertEquals("missing.docx", loc.path("uri").asText());
        assertEquals(2, loc.path("index").asInt());
        assertEquals("cannot read the file", run(parse(Lang.EN)).path("invocations").get(0)
                .path("toolExecutionNotifications").get(0).path("message").path("text").asText());
    }

    @Test
    void scoresThresholdsAndElementsAreRunProperties() throws IOException {
        JsonNode props = run(parse(Lang.ZH)).path("properties");
        assertEquals(4, props.path("summary").path("files").asInt());
        assertEquals(1, props.path("summary").path("passed").asInt());
        assertEquals(2, props.path("summary").path("failed").asInt());
        assertEquals(1, props.path("summary").path("errors").asInt());
        JsonNode reports = props.path("reports");
        assertEquals(List.of("a.txt", "drafts/ok.txt", "missing.docx", Fixtures.SPECIAL_FILE), names(reports));
        JsonNode a = reports.path("a.txt");
        assertEquals("fail", a.path("status").asText());
        assertEquals(62.0, a.path("score").asDouble());
        assertEquals(80, a.path("threshold").asInt());
        assertTrue(a.path("threshold").isIntegralNumber());
        assertFalse(a.path("passed").asBoolean());
        assertEquals("HB102", a.path("blockedBy").get(0).asText());
        assertEquals(List.of("leadership", "shortcomings", "next_steps"), names(a.path("elements")));
        assertEquals("absent", a.path("elements").path("shortcomings").path("status").asText());
        JsonNode weak = a.path("elements").path("next_steps");
        assertEquals("weak", weak.path("quality").asText());
        assertEquals("只有套话，没有具体措施", weak.path("reason").asText());
        assertEquals(20, weak.path("evidence").get(0).path("line").asInt());
        assertEquals(4, a.path("breakdown").size());
        JsonNode missing = reports.path("missing.docx");
        assertEquals("error", missing.path("status").asText());
        assertEquals("无法读取文件", missing.path("error").path("message").asText());
        assertFalse(missing.has("score"));
    }

    @Test
    void withoutRuleMetadataEveryFiredRuleIsStillDescribed() throws IOException {
        JsonNode run = run(MAPPER.readTree(render(Fixtures.fullRun(), OutputOptions.defaults())));
        JsonNode rules = run.path("tool").path("driver").path("rules");
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.path("id").asText()));
        assertEquals(List.of("HB102", "HB107", "HB301", "HB403", "HB404", "XB900"), ids);
        for (JsonNode r : run.path("results")) {
            assertEquals(r.path("ruleId").asText(), rules.get(r.path("ruleIndex").asInt()).path("id").asText());
        }
    }

    @Test
    void emptyRunIsAValidLog() throws IOException {
        JsonNode run = run(MAPPER.readTree(render(new RunResult("0.1.0", List.of()), OutputOptions.defaults())));
        assertTrue(run.path("results").isArray());
        assertTrue(run.path("results").isEmpty());
        assertTrue(run.path("artifacts").isEmpty());
        assertTrue(run.path("invocations").get(0).path("executionSuccessful").asBoolean());
        assertFalse(run.path("invocations").get(0).has("toolExecutionNotifications"));
        assertSchemaProperties(MAPPER.readTree(render(new RunResult("", List.of()), OutputOptions.defaults())));
    }

    @Test
    void prettyUtf8AndLeavesTheWriterOpen() throws IOException {
        boolean[] closed = {false};
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new SarifFormatter().write(Fixtures.fullRun(), new OutputOptions(Lang.ZH, false, false, Fixtures.rules()), out);
        assertFalse(closed[0]);
        String s = out.toString();
        assertTrue(s.startsWith("{\n  \"$schema\": "), s.substring(0, 40));
        assertTrue(s.endsWith("}\n"));
        assertFalse(s.contains("\r"));
        assertTrue(s.contains("缺少存在问题部分"), "non-ASCII as it is");
    }

    // ---- Structure per the SARIF 2.1.0 schema ---------------------------------------------------------

    /**
     * The schema's own constraints on the objects this formatter writes: the properties each object
     * may have (the schema sets additionalProperties false on all of them), the required ones, types
     * and minimums. Property bags are free-form but for {@code tags}, an array of distinct strings.
     */
    @Test
    void everyObjectHasOnlyPropertiesTheSchemaAllows() throws IOException {
        assertSchemaProperties(parse(Lang.ZH));
        assertSchemaProperties(parse(Lang.EN));
        assertSchemaProperties(MAPPER.readTree(render(Fixtures.fullRun(), OutputOptions.defaults())));
    }

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("sarifLog", Set.of("$schema", "version", "runs", "inlineExternalProperties", "properties")),
            Map.entry("run", Set.of("addresses", "artifacts", "automationDetails", "baselineGuid", "columnKind",
                    "conversion", "defaultEncoding", "defaultSourceLanguage", "externalPropertyFileReferences", "graphs",
                    "invocations", "language", "logicalLocations", "newlineSequences", "originalUriBaseIds", "policies",
                    "properties", "redactionTokens", "results", "runAggregates", "specialLocations", "taxonomies",
                    "threadFlowLocations", "tool", "translations", "versionControlProvenance", "webRequests",
                    "webResponses")),
            Map.entry("tool", Set.of("driver", "extensions", "properties")),
            Map.entry("toolComponent", Set.of("associatedComponent", "contents", "dottedQuadFileVersion", "downloadUri",
                    "fullDescription", "fullName", "globalMessageStrings", "guid", "informationUri", "isComprehensive",
                    "language", "localizedDataSemanticVersion", "locations", "minimumRequiredLocalizedDataSemanticVersion",
                    "name", "notifications", "organization", "product", "productSuite", "properties", "releaseDateUtc",
                    "rules", "semanticVersion", "shortDescription", "supportedTaxonomies", "taxa", "translationMetadata",
                    "version")),
            Map.entry("reportingDescriptor", Set.of("defaultConfiguration", "deprecatedGuids", "deprecatedIds",
                    "deprecatedNames", "fullDescription", "guid", "help", "helpUri", "id", "messageStrings", "name",
                    "properties", "relationships", "shortDescription")),
            Map.entry("multiformatMessageString", Set.of("markdown", "properties", "text")),
            Map.entry("reportingConfiguration", Set.of("enabled", "level", "parameters", "properties", "rank")),
            Map.entry("invocation", Set.of("account", "arguments", "commandLine", "endTimeUtc", "environmentVariables",
                    "executableLocation", "executionSuccessful", "exitCode", "exitCodeDescription", "exitSignalName",
                    "exitSignalNumber", "machine", "notificationConfigurationOverrides", "processId",
                    "processStartFailureMessage", "properties", "responseFiles", "ruleConfigurationOverrides",
                    "startTimeUtc", "stderr", "stdin", "stdout", "stdoutStderr", "toolConfigurationNotifications",
                    "toolExecutionNotifications", "workingDirectory")),
            Map.entry("notification", Set.of("associatedRule", "descriptor", "exception", "level", "locations", "message",
                    "properties", "threadId", "timeUtc")),
            Map.entry("message", Set.of("arguments", "id", "markdown", "properties", "text")),
            Map.entry("location", Set.of("annotations", "id", "logicalLocations", "message", "physicalLocation",
                    "properties", "relationships")),
            Map.entry("physicalLocation", Set.of("address", "artifactLocation", "contextRegion", "properties", "region")),
            Map.entry("artifactLocation", Set.of("description", "index", "properties", "uri", "uriBaseId")),
            Map.entry("region", Set.of("byteLength", "byteOffset", "charLength", "charOffset", "endColumn", "endLine",
                    "message", "properties", "snippet", "sourceLanguage", "startColumn", "startLine")),
            Map.entry("artifactContent", Set.of("binary", "properties", "rendered", "text")),
            Map.entry("artifact", Set.of("contents", "description", "encoding", "hashes", "lastModifiedTimeUtc", "length",
                    "location", "mimeType", "offset", "parentIndex", "properties", "roles", "sourceLanguage")),
            Map.entry("result", Set.of("analysisTarget", "attachments", "baselineState", "codeFlows", "correlationGuid",
                    "fingerprints", "fixes", "graphTraversals", "graphs", "guid", "hostedViewerUri", "kind", "level",
                    "locations", "message", "occurrenceCount", "partialFingerprints", "properties", "provenance", "rank",
                    "relatedLocations", "rule", "ruleId", "ruleIndex", "stacks", "suppressions", "taxa", "webRequest",
                    "webResponse", "workItemUris")));

    private static final Set<String> LEVELS = Set.of("none", "note", "warning", "error");

    private static void assertSchemaProperties(JsonNode log) {
        check(log, "sarifLog", "");
        require(log, "", "version", "runs");
        assertEquals("2.1.0", log.path("version").asText());
        assertTrue(log.path("$schema").isTextual());
        assertTrue(log.path("runs").isArray());
        for (JsonNode run : log.path("runs")) {
            check(run, "run", "run");
            require(run, "run", "tool");
            assertTrue(Set.of("utf16CodeUnits", "unicodeCodePoints").contains(run.path("columnKind").asText()));
            assertTrue(run.path("language").asText().matches("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$"));
            check(run.path("tool"), "tool", "tool");
            require(run.path("tool"), "tool", "driver");
            JsonNode driver = run.path("tool").path("driver");
            check(driver, "toolComponent", "driver");
            require(driver, "driver", "name");
            Set<String> ids = new HashSet<>();
            for (JsonNode rule : driver.path("rules")) {
                check(rule, "reportingDescriptor", "rule");
                require(rule, "rule", "id");
                assertTrue(ids.add(rule.path("id").asText()), "rule ids are unique");
                for (String m : List.of("shortDescription", "fullDescription", "help")) {
                    if (rule.has(m)) {
                        check(rule.path(m), "multiformatMessageString", m);
                        require(rule.path(m), m, "text");
                    }
                }
                JsonNode config = rule.path("defaultConfiguration");
                check(config, "reportingConfiguration", "defaultConfiguration");
                assertTrue(LEVELS.contains(config.path("level").asText()));
                if (config.has("enabled")) {
                    assertTrue(config.path("enabled").isBoolean());
                }
                bag(rule.path("properties"));
            }
            for (JsonNode invocation : run.path("invocations")) {
                check(invocation, "invocation", "invocation");
                require(invocation, "invocation", "executionSuccessful");
                assertTrue(invocation.path("executionSuccessful").isBoolean());
                for (JsonNode n : invocation.path("toolExecutionNotifications")) {
                    check(n, "notification", "notification");
                    require(n, "notification", "message");
                    message(n.path("message"));
                    assertTrue(LEVELS.contains(n.path("level").asText()));
                    for (JsonNode loc : n.path("locations")) {
                        location(loc, run);
                    }
                }
            }
            for (JsonNode a : run.path("artifacts")) {
                check(a, "artifact", "artifact");
                artifactLocation(a.path("location"), run);
                a.path("roles").forEach(role -> assertEquals("analysisTarget", role.asText()));
            }
            for (JsonNode r : run.path("results")) {
                check(r, "result", "result");
                require(r, "result", "message");
                message(r.path("message"));
                assertTrue(LEVELS.contains(r.path("level").asText()));
                assertTrue(r.path("ruleId").isTextual());
                assertTrue(r.path("ruleIndex").isInt() && r.path("ruleIndex").asInt() >= -1);
                assertTrue(r.path("locations").isArray());
                for (JsonNode loc : r.path("locations")) {
                    location(loc, run);
                    JsonNode region = loc.path("physicalLocation").path("region");
                    check(region, "region", "region");
                    for (String f : List.of("startLine", "startColumn", "endLine", "endColumn")) {
                        assertTrue(region.path(f).isInt() && region.path(f).asInt() >= 1, f + " >= 1");
                    }
                    assertTrue(region.path("endLine").asInt() >= region.path("startLine").asInt());
                    if (region.path("endLine").asInt() == region.path("startLine").asInt()) {
                        assertTrue(region.path("endColumn").asInt() >= region.path("startColumn").asInt());
                    }
                    if (region.has("snippet")) {
                        check(region.path("snippet"), "artifactContent", "snippet");
                        assertTrue(region.path("snippet").path("text").isTextual());
                    }
                }
                assertTrue(r.path("partialFingerprints").isObject());
                r.path("partialFingerprints").forEach(v -> assertTrue(v.isTextual(), "fingerprints are strings"));
                bag(r.path("properties"));
            }
            bag(run.path("properties"));
        }
    }

    private static void location(JsonNode loc, JsonNode run) {
        check(loc, "location", "location");
        JsonNode physical = loc.path("physicalLocation");
        check(physical, "physicalLocation", "physicalLocation");
        artifactLocation(physical.path("artifactLocation"), run);
    }

    private static void artifactLocation(JsonNode a, JsonNode run) {
        check(a, "artifactLocation", "artifactLocation");
        String uri = a.path("uri").asText();
        assertNotNull(URI.create(uri));
        assertTrue(uri.matches("[\\x21-\\x7E]+"), "printable ASCII: " + uri);
        if (a.has("index")) {
            int index = a.path("index").asInt();
            assertTrue(index >= 0 && index < run.path("artifacts").size(), "index into artifacts");
        }
    }

    private static void message(JsonNode m) {
        check(m, "message", "message");
        assertTrue(m.path("text").isTextual() && !m.path("text").asText().isEmpty(), "message text");
    }

    private static void bag(JsonNode properties) {
        if (properties.isMissingNode()) {
            return;
        }
        assertTrue(properties.isObject());
        if (properties.has("tags")) {
            Set<String> tags = new HashSet<>();
            properties.path("tags").forEach(t -> assertTrue(t.isTextual() && tags.add(t.asText()), "distinct strings"));
        }
    }

    private static void check(JsonNode node, String definition, String where) {
        if (node.isMissingNode()) {
            return;
        }
        assertTrue(node.isObject(), where + " is an object");
        node.fieldNames().forEachRemaining(name -> {
            if (!ALLOWED.get(definition).contains(name)) {
                fail(where + " (" + definition + ") may not have \"" + name + "\"");
            }
        });
    }

    private static void require(JsonNode node, String where, String... names) {
        for (String n : names) {
            assertTrue(node.has(n), where + " requires " + n);
        }
    }

    private static JsonNode find(JsonNode results, String rule, String uri) {
        for (JsonNode r : results) {
            if (r.path("ruleId").asText().equals(rule) && r.path("locations").get(0).path("physicalLocation")
                    .path("artifactLocation").path("uri").asText().equals(uri)) {
                return r;
            }
        }
        throw new AssertionError("no " + rule + " in " + uri);
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
