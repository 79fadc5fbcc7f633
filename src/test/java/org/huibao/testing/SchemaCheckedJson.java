package org.huibao.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * An ObjectMapper for tests whose {@code readTree} also checks what it read against the published
 * schema ({@link OutputSchema}) when it is huibao's JSON output or an API error, and fails the test if
 * it does not follow it. A test class that reads huibao's JSON declares its mapper as
 * {@code new SchemaCheckedJson()}, and so every output it parses is validated, whatever it goes on to
 * assert; other JSON (SARIF, the rule list) is read as usual.
 */
public final class SchemaCheckedJson extends ObjectMapper {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonNode readTree(String content) throws JsonProcessingException {
        return checked(super.readTree(content));
    }

    @Override
    public JsonNode readTree(byte[] content) throws IOException {
        return checked(super.readTree(content));
    }

    @Override
    public JsonNode readTree(File file) throws IOException {
        return checked(super.readTree(file));
    }

    @Override
    public JsonNode readTree(InputStream in) throws IOException {
        return checked(super.readTree(in));
    }

    @Override
    public JsonNode readTree(Reader r) throws IOException {
        return checked(super.readTree(r));
    }

    private static JsonNode checked(JsonNode json) {
        OutputSchema.check(json);
        return json;
    }
}
