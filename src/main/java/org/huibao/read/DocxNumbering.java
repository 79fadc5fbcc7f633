package org.huibao.read;

import java.util.HashMap;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** numbering.xml: list definitions and instances, and the counters as the document goes on. */
final class DocxNumbering extends WordXml {

    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** A numbered paragraph: its ordinal, its level's paragraph properties, and where the numbering came from. */
    record Numbered(String ordinal, Element levelPPr, boolean fromStyle) {
    }

    private final Map<String, Element> abstracts = new HashMap<>();
    private final Map<String, Element> nums = new HashMap<>();
    private final Map<String, Element[]> levelCache = new HashMap<>();
    private final Map<String, ListCounters.Level[]> parsedLevels = new HashMap<>();
    private final ListCounters counters = new ListCounters();
    private final DocxStyles styles;

    DocxNumbering(String ns, Element root, DocxStyles styles) {
        super(ns);
        this.styles = styles;
        if (root == null) {
            return;
        }
        for (Element a : children(root, "abstractNum")) {
            String id = attr(a, "abstractNumId");
            if (id != null) {
                abstracts.putIfAbsent(id, a);
            }
        }
        for (Element n : children(root, "num")) {
            String id = attr(n, "numId");
            if (id != null) {
                nums.putIfAbsent(id, n);
            }
        }
    }

    Numbered numbered(Element pPr, String styleId) {
        Element direct = child(pPr, "numPr");
        Element fromStyle = styles.styleNumPr(styleId);
        String numId = val(child(direct, "numId"));
        boolean viaStyle = false;
        if (numId == null) {
            numId = val(child(fromStyle, "numId"));
            viaStyle = numId != null;
        }
        if (numId == null || "0".equals(numId.trim())) {
            return null;
        }
        Element num = nums.get(numId.trim());
        if (num == null) {
            return null;
        }
        Element definition = definition(num);
        if (definition == null) {
            return null;
        }
        String ilvlText = val(child(direct, "ilvl"));
        if (ilvlText == null) {
            ilvlText = val(child(fromStyle, "ilvl"));
        }
        int ilvl = ilvlText == null ? levelOfStyle(definition, styleId) : (int) decimal(ilvlText);
        if (ilvl < 0 || ilvl >= ListCounters.LEVELS) {
            return null;
        }
        Element[] levels = levels(numId.trim(), num, definition);
        ListCounters.Level[] parsed = parsedLevels.computeIfAbsent(numId.trim(), k -> parse(levels));
        Map<Integer, Integer> overrides = new HashMap<>();
        for (Element o : children(num, "lvlOverride")) {
            Element start = child(o, "startOverride");
            String lvl = attr(o, "ilvl");
            if (start != null && lvl != null && val(start) != null) {
                overrides.put((int) decimal(lvl), (int) decimal(val(start)));
            }
        }
        String ordinal = counters.next(definition, numId.trim(), overrides, k -> parsed[k], ilvl);
        if (ordinal == null) {
            return null;
        }
        Element lvl = levels[ilvl];
        return new Numbered(ordinal, lvl == null ? null : child(lvl, "pPr"), viaStyle);
    }

    /** The abstractNum a num uses, following a numStyleLink to the list style's own definition. */
    private Element definition(Element num) {
        Element current = num;
        for (int hops = 0; hops < 4; hops++) {
            Element a = abstracts.get(val(child(current, "abstractNumId")));
            if (a == null) {
                return null;
            }
            String link = val(child(a, "numStyleLink"));
            if (link == null) {
                return a;
            }
            Element listStyle = styles.style(link);
            String linkedNum = val(child(child(child(listStyle, "pPr"), "numPr"), "numId"));
            Element next = linkedNum == null ? null : nums.get(linkedNum);
            if (next == null) {
                return a;
            }
            current = next;
        }
        return null;
    }

    private int levelOfStyle(Element definition, String styleId) {
        for (Element lvl : children(definition, "lvl")) {
            if (styleId != null && styleId.equals(val(child(lvl, "pStyle")))) {
                return (int) decimal(attr(lvl, "ilvl"));
            }
        }
        return 0;
    }

    /** The nine levels as one num sees them: the definition's, with whole-level overrides laid over. */
    private Element[] levels(String numId, Element num, Element definition) {
        return levelCache.computeIfAbsent(numId, k -> {
            Element[] out = new Element[ListCounters.LEVELS];
            for (Element lvl : children(definition, "lvl")) {
                int i = (int) decimal(attr(lvl, "ilvl") == null ? "-1" : attr(lvl, "ilvl"));
                if (i >= 0 && i < out.length && out[i] == null) {
                    out[i] = lvl;
                }
            }
            for (Element o : children(num, "lvlOverride")) {
                Element lvl = child(o, "lvl");
                int i = (int) decimal(attr(o, "ilvl") == null ? "-1" : attr(o, "ilvl"));
                if (lvl != null && i >= 0 && i < out.length) {
                    out[i] = lvl;
                }
            }
            return out;
        });
    }

    private ListCounters.Level[] parse(Element[] levels) {
        ListCounters.Level[] out = new ListCounters.Level[levels.length];
        for (int i = 0; i < levels.length; i++) {
            Element lvl = levels[i];
            if (lvl == null) {
                continue;
            }
            String start = val(child(lvl, "start"));
            String restart = val(child(lvl, "lvlRestart"));
            String suffix = val(child(lvl, "suff"));
            Element lvlText = child(lvl, "lvlText");
            out[i] = new ListCounters.Level(start == null ? 0 : (int) decimal(start), numFmt(lvl),
                    lvlText == null ? "" : val(lvlText), on(child(lvl, "isLgl")),
                    restart == null ? -1 : (int) decimal(restart), suffix == null ? "tab" : suffix);
        }
        return out;
    }

    /** w:numFmt, or (Word 2010 custom formats) the one in the mc:Fallback that older readers get. */
    private String numFmt(Element lvl) {
        Element f = child(lvl, "numFmt");
        if (f != null && val(f) != null) {
            return val(f);
        }
        for (Node n = lvl.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element alt && MC.equals(alt.getNamespaceURI()) && "AlternateContent".equals(alt.getLocalName())) {
                for (Node m = alt.getFirstChild(); m != null; m = m.getNextSibling()) {
                    if (m instanceof Element fb && "Fallback".equals(fb.getLocalName())) {
                        Element inner = child(fb, "numFmt");
                        if (inner != null && val(inner) != null) {
                            return val(inner);
                        }
                    }
                }
            }
        }
        return "decimal";
    }
}
