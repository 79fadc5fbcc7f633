package org.huibao.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.util.XMLHelper;

/**
 * The Word comments of a .docx that ask huibao to leave a rule alone on the text they comment: a comment
 * whose text starts with {@code huibao-ignore}, then the rule ids (spaces or commas between; none means every
 * rule), then whatever note the reviewer adds. comments.xml is streamed and only such comments are kept, a
 * few hundred characters of each, so that a part full of ordinary comments costs no memory.
 */
final class DocxComments {

    /** More huibao-ignore comments than any document has; the rest are not read. */
    static final int MAX_IGNORES = 10_000;
    /** Of a comment's text, only the start can hold the directive and its ids. */
    static final int MAX_TEXT = 400;

    private static final String KEYWORD = "huibao-ignore";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,，、:：]+");
    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /** One huibao-ignore comment: the rule ids it names (empty: every rule). */
    record Ignore(List<String> rules) {
        String written(String rule) {
            return KEYWORD + (rule.isEmpty() ? "" : " " + rule);
        }
    }

    private DocxComments() {
    }

    /**
     * The huibao-ignore comments of the comments part {@code rel} of the document part {@code main}; a missing
     * or broken comments part has none (as Word treats it), one too large to be real stops the reading.
     */
    static Map<String, Ignore> of(PackagePart main, PackageRelationship rel, String ns) throws IOException {
        PackagePart part;
        try {
            part = main.getRelatedPart(rel);
        } catch (InvalidFormatException | RuntimeException e) {
            return Map.of();
        }
        if (part == null) {
            return Map.of();
        }
        try (InputStream in = new DocxExtractor.Bounded(part.getInputStream(), DocxExtractor.MAX_RELATED_PART_BYTES,
                "comments.xml")) {
            return read(in, ns);
        } catch (XMLStreamException e) {
            return Map.of();
        }
    }

    /** The huibao-ignore comments of a comments part, by comment id. */
    static Map<String, Ignore> read(InputStream in, String ns) throws XMLStreamException {
        Map<String, Ignore> out = new HashMap<>();
        XMLStreamReader x = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
        try {
            String id = null;
            StringBuilder text = new StringBuilder();
            boolean inText = false;
            while (x.hasNext() && out.size() < MAX_IGNORES) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT && ns.equals(x.getNamespaceURI())) {
                    switch (x.getLocalName()) {
                        case "comment" -> {
                            id = x.getAttributeValue(ns, "id");
                            if (id == null) {
                                id = x.getAttributeValue(null, "id");
                            }
                            text.setLength(0);
                        }
                        case "t" -> inText = id != null;
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inText && text.length() < MAX_TEXT) {
                    text.append(x.getText(), 0, Math.min(x.getTextLength(), MAX_TEXT - text.length()));
                } else if (event == XMLStreamConstants.END_ELEMENT && ns.equals(x.getNamespaceURI())) {
                    switch (x.getLocalName()) {
                        case "t" -> inText = false;
                        case "p" -> text.append(' ');
                        case "comment" -> {
                            Ignore ignore = id == null ? null : parse(text.toString());
                            if (ignore != null) {
                                out.putIfAbsent(id, ignore);
                            }
                            id = null;
                        }
                        default -> {
                        }
                    }
                }
            }
        } finally {
            x.close();
        }
        return out;
    }

    /** The directive in a comment's text, or null when it is an ordinary comment. */
    static Ignore parse(String text) {
        String t = text.strip();
        if (!t.toLowerCase(Locale.ROOT).startsWith(KEYWORD)) {
            return null;
        }
        String rest = t.substring(KEYWORD.length());
        if (!rest.isEmpty() && !SEPARATORS.matcher(rest.substring(0, 1)).matches()) {
            return null; // huibao-ignored…, another word
        }
        List<String> rules = new ArrayList<>();
        for (String word : SEPARATORS.split(rest.strip())) {
            if (!ID.matcher(word).matches()) {
                break;
            }
            String id = word.toUpperCase(Locale.ROOT);
            if (!rules.contains(id)) {
                rules.add(id);
            }
        }
        return new Ignore(List.copyOf(rules));
    }
}
