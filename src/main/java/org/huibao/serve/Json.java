package org.huibao.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.huibao.api.Lang;
import org.huibao.api.Message;
import org.huibao.model.RuleInfo;

/** The server's own small JSON bodies: errors, rules, health. The check result is JsonFormatter's. */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    /** {@code {"error": {"status", "code", "message" (in lang), "zh", "en"}}}. */
    static String error(ApiError e, Lang lang) {
        return write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("error");
            g.writeNumberField("status", e.status());
            g.writeStringField("code", e.code());
            g.writeStringField("message", e.text().in(lang));
            g.writeStringField("zh", e.text().zh());
            g.writeStringField("en", e.text().en());
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /** Every loaded rule, sorted by id, with the effective severity and texts in {@code lang}. */
    static String rules(List<RuleInfo> rules, Lang lang) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("lang", lang.id());
            g.writeArrayFieldStart("rules");
            for (RuleInfo r : rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList()) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("severity", r.severity().id());
                g.writeStringField("title", text(r.title(), lang));
                g.writeStringField("description", text(r.description(), lang));
                g.writeStringField("example", r.example() == null ? "" : org.huibao.model.ExampleText.display(r.example(), lang));
                g.writeStringField("fix", text(r.fix(), lang));
                g.writeBooleanField("blocking", r.blocking());
                g.writeBooleanField("enabled", r.enabled());
                if (r.element() != null) {
                    g.writeStringField("element", r.element().id());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** What the page needs to know before the first check. */
    static String health(String version, Lang lang, long maxUploadBytes, List<String> extensions, int rules) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("status", "ok");
            g.writeStringField("tool", "huibao");
            g.writeStringField("version", version);
            g.writeStringField("lang", lang.id());
            g.writeNumberField("maxUploadBytes", maxUploadBytes);
            g.writeArrayFieldStart("extensions");
            for (String e : extensions) {
                g.writeString(e);
            }
            g.writeEndArray();
            g.writeNumberField("rules", rules);
            g.writeEndObject();
        });
    }

    /** The layout of {@code huibao check --format json}: two-space indent, {@code "key": value}, "\n". */
    static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    private static String text(Message m, Lang lang) {
        return m == null ? "" : m.in(lang);
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.setPrettyPrinter(printer());
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out + "\n";
    }
}
