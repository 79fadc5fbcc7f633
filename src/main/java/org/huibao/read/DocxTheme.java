package org.huibao.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** theme1.xml: the theme fonts, for rFonts that name a theme slot (eastAsiaTheme="minorEastAsia"). */
final class DocxTheme {

    private static final String DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String DRAWINGML_STRICT = "http://purl.oclc.org/ooxml/drawingml/main";

    private final Map<String, String> slots = new HashMap<>();

    DocxTheme(Element root, String eastAsiaLang) {
        if (root == null) {
            return;
        }
        Element scheme = first(root, "fontScheme");
        if (scheme == null) {
            return;
        }
        String script = script(eastAsiaLang);
        for (String kind : new String[] {"major", "minor"}) {
            Element font = drawingChild(scheme, kind + "Font");
            if (font == null) {
                continue;
            }
            String latin = typeface(drawingChild(font, "latin"));
            String ea = typeface(drawingChild(font, "ea"));
            if (ea == null || ea.isEmpty()) {
                for (Node n = font.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element f && "font".equals(f.getLocalName())
                            && script.equals(f.getAttribute("script"))) {
                        ea = f.getAttribute("typeface");
                    }
                }
            }
            if (latin != null) {
                slots.put(kind + "HAnsi", latin);
                slots.put(kind + "Ascii", latin);
            }
            if (ea != null) {
                slots.put(kind + "EastAsia", ea);
            }
        }
    }

    String font(String slot) {
        return slots.get(slot);
    }

    private Element first(Element root, String local) {
        NodeList l = root.getElementsByTagNameNS(DRAWINGML, local);
        if (l.getLength() == 0) {
            l = root.getElementsByTagNameNS(DRAWINGML_STRICT, local);
        }
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private Element drawingChild(Element e, String local) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && local.equals(c.getLocalName())) {
                return c;
            }
        }
        return null;
    }

    private String typeface(Element e) {
        return e == null ? null : e.getAttribute("typeface");
    }

    private String script(String lang) {
        String l = lang.toLowerCase(Locale.ROOT);
        if (l.startsWith("zh-tw") || l.startsWith("zh-hk") || l.startsWith("zh-mo") || l.startsWith("zh-hant")) {
            return "Hant";
        }
        if (l.startsWith("ja")) {
            return "Jpan";
        }
        if (l.startsWith("ko")) {
            return "Hang";
        }
        return "Hans";
    }
}
