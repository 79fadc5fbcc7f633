package org.huibao.output;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What a reviewer's Word would show of a .docx, read straight from its parts: the comments (id,
 * author, text), the text each comment is anchored on, and the comment marks in the text.
 */
record WordPackage(Map<String, byte[]> parts) {

    /** One comment: its author and its paragraphs joined by line feeds. */
    record Comment(String id, String author, String text) {
    }

    static WordPackage of(byte[] docx) {
        Map<String, byte[]> parts = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordPackage(parts);
    }

    Document xml(String part) {
        try {
            return DocumentHelper.readDocument(new ByteArrayInputStream(parts.get(part)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(part + " is not well-formed", e);
        }
    }

    /** The comments in the order of the comments part. */
    List<Comment> comments() {
        List<Comment> out = new ArrayList<>();
        NodeList all = xml("word/comments.xml").getElementsByTagNameNS(WordSamples.W, "comment");
        for (int i = 0; i < all.getLength(); i++) {
            Element c = (Element) all.item(i);
            List<String> paragraphs = new ArrayList<>();
            NodeList ps = c.getElementsByTagNameNS(WordSamples.W, "p");
            for (int j = 0; j < ps.getLength(); j++) {
                paragraphs.add(ps.item(j).getTextContent());
            }
            out.add(new Comment(c.getAttributeNS(WordSamples.W, "id"), c.getAttributeNS(WordSamples.W, "author"),
                    String.join("\n", paragraphs)));
        }
        return out;
    }

    /** The comments by huibao. */
    List<Comment> huibaoComments() {
        return comments().stream().filter(c -> c.author().equals("huibao")).toList();
    }

    /** For each comment id, the text between its range start and end, in document order (w:t and w:tab). */
    Map<String, String> anchoredText() {
        Map<String, StringBuilder> open = new LinkedHashMap<>();
        Map<String, String> done = new LinkedHashMap<>();
        NodeList all = xml("word/document.xml").getElementsByTagNameNS(WordSamples.W, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String id = e.getAttributeNS(WordSamples.W, "id");
            switch (e.getLocalName()) {
                case "commentRangeStart" -> open.put(id, new StringBuilder());
                case "commentRangeEnd" -> {
                    StringBuilder b = open.remove(id);
                    done.put(id, b == null ? null : b.toString());
                }
                case "t" -> open.values().forEach(b -> b.append(e.getTextContent()));
                case "tab" -> open.values().forEach(b -> b.append('\t'));
                default -> {
                }
            }
        }
        return done;
    }

    /** The ids of the comment marks (w:commentReference) in the text, in document order. */
    Set<String> references() {
        Set<String> out = new LinkedHashSet<>();
        NodeList refs = xml("word/document.xml").getElementsByTagNameNS(WordSamples.W, "commentReference");
        for (int i = 0; i < refs.getLength(); i++) {
            out.add(((Element) refs.item(i)).getAttributeNS(WordSamples.W, "id"));
        }
        return out;
    }

    /** The runs (w:r) whose text is {@code text}, e.g. to see what properties a split run kept. */
    List<Element> runsWithText(String text) {
        List<Element> out = new ArrayList<>();
        NodeList runs = xml("word/document.xml").getElementsByTagNameNS(WordSamples.W, "r");
        for (int i = 0; i < runs.getLength(); i++) {
            Element r = (Element) runs.item(i);
            NodeList ts = r.getElementsByTagNameNS(WordSamples.W, "t");
            StringBuilder b = new StringBuilder();
            for (int j = 0; j < ts.getLength(); j++) {
                b.append(ts.item(j).getTextContent());
            }
            if (b.toString().equals(text)) {
                out.add(r);
            }
        }
        return out;
    }
}
