package org.huibao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Element;

/** styles.xml: document defaults, styles by id with their basedOn chains. */
final class DocxStyles extends WordXml {

    /** Word's size when no style says otherwise: 10 pt. */
    private static final double DEFAULT_SIZE_PT = 10;

    /**
     * Resolved run properties.
     *
     * @param font the East Asian font; "" when nothing names one
     */
    record RunProps(String font, double sizePt, boolean hidden) {
    }

    private final Map<String, Element> byId = new HashMap<>();
    private final Map<String, List<Element>> chains = new HashMap<>();
    private final DocxTheme theme;
    private Element rPrDefault;
    private Element pPrDefault;
    private String defaultParagraph;

    DocxStyles(String ns, Element root, DocxTheme theme) {
        super(ns);
        this.theme = theme;
        if (root == null) {
            return;
        }
        Element defaults = child(root, "docDefaults");
        if (defaults != null) {
            rPrDefault = child(child(defaults, "rPrDefault"), "rPr");
            pPrDefault = child(child(defaults, "pPrDefault"), "pPr");
        }
        for (Element s : children(root, "style")) {
            String id = attr(s, "styleId");
            if (id == null) {
                continue;
            }
            byId.putIfAbsent(id, s);
            String isDefault = attr(s, "default");
            if ("paragraph".equals(attr(s, "type")) && isDefault != null && !"0".equals(isDefault)
                    && !"false".equals(isDefault) && !"off".equals(isDefault) && defaultParagraph == null) {
                defaultParagraph = id;
            }
        }
    }

    Element style(String id) {
        return id == null ? null : byId.get(id);
    }

    String paragraphStyle(Element pPr) {
        String id = val(child(pPr, "pStyle"));
        return id != null && byId.containsKey(id) ? id : defaultParagraph;
    }

    String name(String styleId) {
        Element s = style(styleId);
        if (s == null) {
            return styleId == null ? "" : styleId;
        }
        String name = val(child(s, "name"));
        return name == null ? styleId : name;
    }

    /** Every writer sets table-of-contents entries in the "toc N" (LibreOffice: "Contents N") styles. */
    boolean tocEntry(String styleId) {
        return name(styleId).toLowerCase(Locale.ROOT).matches("(toc|contents) ?[1-9]");
    }

    /** The style and the styles it is based on, base first. */
    List<Element> chain(String id) {
        if (id == null) {
            return List.of();
        }
        return chains.computeIfAbsent(id, k -> {
            List<Element> out = new ArrayList<>();
            String cur = k;
            while (cur != null && out.size() < 32) {
                Element s = byId.get(cur);
                if (s == null || out.contains(s)) {
                    break;
                }
                out.add(0, s);
                cur = val(child(s, "basedOn"));
            }
            return out;
        });
    }

    /** The numbering a paragraph style gives (its own or inherited numPr), or null. */
    Element styleNumPr(String styleId) {
        Element found = null;
        for (Element s : chain(styleId)) {
            Element numPr = child(child(s, "pPr"), "numPr");
            if (numPr != null) {
                found = numPr;
            }
        }
        return found;
    }

    /**
     * Paragraph property layers, lowest priority first. Indents of a list level sit above the
     * paragraph style when the paragraph itself asks for the numbering, below it when the
     * numbering comes with the style (as Word lays them out).
     */
    List<Element> paragraphLayers(Element pPr, String styleId, DocxNumbering.Numbered number) {
        List<Element> layers = new ArrayList<>();
        if (pPrDefault != null) {
            layers.add(pPrDefault);
        }
        Element lvlPPr = number == null ? null : number.levelPPr();
        if (lvlPPr != null && number.fromStyle()) {
            layers.add(lvlPPr);
        }
        for (Element s : chain(styleId)) {
            Element p = child(s, "pPr");
            if (p != null) {
                layers.add(p);
            }
        }
        if (lvlPPr != null && !number.fromStyle()) {
            layers.add(lvlPPr);
        }
        if (pPr != null) {
            layers.add(pPr);
        }
        return layers;
    }

    RunProps run(String paragraphStyle, Element rPr) {
        List<Element> layers = new ArrayList<>();
        if (rPrDefault != null) {
            layers.add(rPrDefault);
        }
        for (Element s : chain(paragraphStyle)) {
            Element r = child(s, "rPr");
            if (r != null) {
                layers.add(r);
            }
        }
        String charStyle = val(child(rPr, "rStyle"));
        for (Element s : chain(charStyle)) {
            Element r = child(s, "rPr");
            if (r != null) {
                layers.add(r);
            }
        }
        if (rPr != null) {
            layers.add(rPr);
        }
        String eastAsia = null;
        String ascii = null;
        double size = Double.NaN;
        boolean hidden = false;
        for (Element layer : layers) {
            Element fonts = child(layer, "rFonts");
            if (fonts != null) {
                String ea = font(fonts, "eastAsiaTheme", "eastAsia");
                if (ea != null) {
                    eastAsia = ea;
                }
                String a = font(fonts, "asciiTheme", "ascii");
                if (a != null) {
                    ascii = a;
                }
            }
            double sz = halfPoints(val(child(layer, "sz")));
            if (!Double.isNaN(sz) && sz > 0) {
                size = sz;
            }
            Element vanish = child(layer, "vanish");
            if (vanish != null) {
                hidden = on(vanish);
            }
        }
        String font = eastAsia;
        if (font == null || font.isEmpty()) {
            // a Chinese font named only for Latin text is still the one the text is set in
            font = ascii != null && ascii.chars().anyMatch(c -> c > 0x2E80) ? ascii : "";
        }
        return new RunProps(font, Double.isNaN(size) ? DEFAULT_SIZE_PT : size, hidden);
    }

    private String font(Element fonts, String themeAttr, String attr) {
        String slot = attr(fonts, themeAttr);
        if (slot != null) {
            String f = theme.font(slot);
            if (f != null && !f.isEmpty()) {
                return f;
            }
        }
        String f = attr(fonts, attr);
        return f == null || f.isEmpty() ? null : f;
    }
}
