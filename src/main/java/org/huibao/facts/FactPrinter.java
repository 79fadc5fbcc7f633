package org.huibao.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.huibao.api.Lang;
import org.huibao.api.Message;
import org.huibao.api.Node;
import org.huibao.api.Span;
import org.huibao.output.Visible;

/**
 * Writes a {@link FactTable}: as text, one line per fact ("3:1-3:7  Heading#4  kind=NUMBERED level=1 …
 * text="一、主要工作""), or as JSON. Field names are those rules use; a boolean shown in text is true
 * (one not shown is false); long texts are cut.
 */
public final class FactPrinter {
    /** Characters of a text field shown on a line of text output. */
    static final int TEXT_CUT = 60;
    /** Characters of a text field written to JSON. */
    static final int JSON_CUT = 500;

    private static final JsonFactory JSON = new JsonFactory();

    private FactPrinter() {
    }

    /**
     * @param heading what the table is of ("file · genre"), the first line
     * @param failure why the rules did not finish (their inserted facts are then missing), or null
     */
    public static void text(PrintWriter out, String heading, FactTable table, Message failure, Lang lang) {
        boolean en = lang == Lang.EN;
        out.println(Visible.escape(heading));
        List<String> counts = new ArrayList<>();
        table.counts().forEach((t, n) -> counts.add(t + " " + n));
        out.println((en ? "Facts: " : "事实：") + String.join(", ", counts)
                + (en ? " (true flags are listed by name; those not listed are false)" : "（布尔字段只列出为 true 的）"));
        boolean insertedSeen = false;
        int width = 0;
        for (FactTable.Row r : table.rows()) {
            width = Math.max(width, place(r.span()).length());
        }
        for (FactTable.Row r : table.rows()) {
            if (r.inserted() && !insertedSeen) {
                out.println(en ? "— inserted by the rules —" : "—— 规则插入的事实 ——");
                insertedSeen = true;
            }
            String at = place(r.span());
            StringBuilder line = new StringBuilder(at).append(" ".repeat(width - at.length() + 2)).append(r.type());
            if (r.id() >= 0) {
                line.append('#').append(r.id());
            }
            Object text = null;
            for (Map.Entry<String, Object> f : r.fields().entrySet()) {
                Object v = f.getValue();
                if (f.getKey().equals("text")) {
                    text = v;
                } else if (v instanceof Boolean b) {
                    if (b) {
                        line.append(' ').append(f.getKey());
                    }
                } else if (v != null) {
                    line.append(' ').append(f.getKey()).append('=').append(show(v, lang, TEXT_CUT));
                }
            }
            if (text != null) {
                line.append(" text=").append(show(text, lang, TEXT_CUT));
            }
            out.println(Visible.escape(line.toString()));
        }
        if (!table.omitted().isEmpty()) {
            List<String> left = new ArrayList<>();
            table.omitted().forEach((t, n) -> left.add(t + " " + n));
            out.println((en ? "Not shown (--limit, --type): " : "未列出（用 --limit 或 --type 查看）：") + String.join(", ", left));
        }
        if (failure != null) {
            out.println((en ? "The rules did not finish: " : "规则未能运行完：") + Visible.escape(failure.in(lang)));
        }
    }

    public static void json(Writer out, String file, String genre, FactTable table, Message failure, Lang lang) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeStringField("genre", genre);
            g.writeObjectFieldStart("counts");
            for (Map.Entry<String, Integer> e : table.counts().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("omitted");
            for (Map.Entry<String, Integer> e : table.omitted().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            if (failure != null) {
                g.writeStringField("failure", failure.in(lang));
            }
            g.writeArrayFieldStart("facts");
            for (FactTable.Row r : table.rows()) {
                g.writeStartObject();
                g.writeStringField("type", r.type());
                if (r.id() >= 0) {
                    g.writeNumberField("id", r.id());
                }
                g.writeBooleanField("inserted", r.inserted());
                if (r.span() != null) {
                    g.writeFieldName("span");
                    span(g, r.span());
                }
                g.writeObjectFieldStart("fields");
                for (Map.Entry<String, Object> f : r.fields().entrySet()) {
                    g.writeFieldName(f.getKey());
                    value(g, f.getValue(), lang);
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void span(JsonGenerator g, Span s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("line", s.line());
        g.writeNumberField("column", s.column());
        g.writeNumberField("endLine", s.endLine());
        g.writeNumberField("endColumn", s.endColumn());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeEndObject();
    }

    private static void value(JsonGenerator g, Object v, Lang lang) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Span s) {
            span(g, s);
        } else {
            g.writeString(plain(v, lang, JSON_CUT));
        }
    }

    /** A field's value on a line of text: strings quoted and cut, spans as line:column, references by id. */
    static String show(Object v, Lang lang, int cut) {
        if (v instanceof String || v instanceof Message || v instanceof Pattern) {
            return "\"" + plain(v, lang, cut).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
        }
        return plain(v, lang, cut);
    }

    private static String plain(Object v, Lang lang, int cut) {
        if (v instanceof Span s) {
            return place(s);
        }
        if (v instanceof Node n) {
            return n.getClass().getSimpleName() + "#" + n.id();
        }
        if (v instanceof org.huibao.api.CueHit h) {
            return "CueHit#" + h.id();
        }
        if (v instanceof Message m) {
            return cut(m.in(lang), cut, lang);
        }
        if (v instanceof Pattern p) {
            return cut(p.pattern(), cut, lang);
        }
        if (v instanceof Double d) {
            return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v instanceof Collection<?> c) {
            List<String> items = c.stream().limit(10).map(x -> plain(x, lang, cut)).toList();
            return "[" + String.join(", ", items) + (c.size() > 10 ? ", …" : "") + "]";
        }
        return cut(String.valueOf(v), cut, lang);
    }

    static String place(Span s) {
        if (s == null) {
            return "-";
        }
        return s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn();
    }

    private static String cut(String s, int max, Lang lang) {
        int n = s.codePointCount(0, s.length());
        if (n <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max)) + (lang == Lang.EN ? "…(" + n + " chars)" : "…（共 " + n + " 字）");
    }
}
