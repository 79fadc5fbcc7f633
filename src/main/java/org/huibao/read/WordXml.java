package org.huibao.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading a WordprocessingML part as DOM in the namespace its document uses (transitional or
 * strict): the element and attribute look-ups and the measures that the .docx classes share.
 */
abstract class WordXml {

    static final double TWIPS_PER_MM = 1440 / 25.4;

    private static final Pattern MEASURE = Pattern.compile("\\s*(-?[0-9]*\\.?[0-9]+)\\s*(mm|cm|in|pt|pc|pi)?\\s*");

    final String ns;

    WordXml(String ns) {
        this.ns = ns;
    }

    /** A twips measure: a plain number, or a number with a unit (ECMA-376 universal measure); NaN if none. */
    static double twips(String v) {
        if (v == null) {
            return Double.NaN;
        }
        Matcher m = MEASURE.matcher(v);
        if (!m.matches()) {
            return Double.NaN;
        }
        double d = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if (unit == null) {
            return d;
        }
        switch (unit) {
            case "mm": return d * TWIPS_PER_MM;
            case "cm": return d * TWIPS_PER_MM * 10;
            case "in": return d * 1440;
            case "pt": return d * 20;
            default: return d * 240; // pc, pi
        }
    }

    /** A font size in points from a half-point measure ("32") or a universal one ("16pt"). */
    static double halfPoints(String v) {
        double t = twips(v);
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        boolean unit = !v.trim().matches("-?[0-9.]+");
        return unit ? t / 20 : t / 2;
    }

    static double decimal(String v) {
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    boolean isW(Node n) {
        return n.getNodeType() == Node.ELEMENT_NODE && ns.equals(n.getNamespaceURI());
    }

    Element child(Element e, String local) {
        if (e == null) {
            return null;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n) && local.equals(n.getLocalName())) {
                return (Element) n;
            }
        }
        return null;
    }

    List<Element> children(Element e, String local) {
        List<Element> out = new ArrayList<>();
        if (e == null) {
            return out;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (isW(n) && local.equals(n.getLocalName())) {
                out.add((Element) n);
            }
        }
        return out;
    }

    String attr(Element e, String local) {
        if (e == null) {
            return null;
        }
        if (e.hasAttributeNS(ns, local)) {
            return e.getAttributeNS(ns, local);
        }
        // some writers leave the w: prefix off attributes
        return e.hasAttribute(local) ? e.getAttribute(local) : null;
    }

    String val(Element e) {
        return attr(e, "val");
    }

    /** ST_OnOff: present without a value, or with 1/true/on. */
    boolean on(Element e) {
        if (e == null) {
            return false;
        }
        String v = val(e);
        return v == null || !("0".equals(v) || "false".equals(v) || "off".equals(v));
    }
}
