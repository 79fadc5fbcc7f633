package org.huibao.read;

import org.w3c.dom.Element;

/**
 * styles.xml read as the Word reader reads it, for code that must walk a document.xml paragraph by
 * paragraph the way the reader does (the annotated Word copy places its comments by the reader's
 * paragraph numbers): which style a paragraph has, whether it is a table-of-contents entry the reader
 * leaves out, and whether a run is hidden. One reading of styles for both, so they cannot drift apart.
 */
public final class WordStyleView {
    private final DocxStyles styles;

    /**
     * @param ns         the WordprocessingML namespace of the document
     * @param stylesRoot the root of styles.xml, or null when the package has none
     */
    public WordStyleView(String ns, Element stylesRoot) {
        // the theme decides fonts only, which this view does not answer
        this.styles = new DocxStyles(ns, stylesRoot, new DocxTheme(null, ""));
    }

    /** The paragraph's style id (its w:pStyle if the style exists), else the default paragraph style. */
    public String paragraphStyle(Element pPr) {
        return styles.paragraphStyle(pPr);
    }

    /** A table-of-contents entry ("toc N", LibreOffice "Contents N"), which the reader leaves out. */
    public boolean tocEntry(String styleId) {
        return styles.tocEntry(styleId);
    }

    /** The reader's own reading of the styles, for the walk of {@link WordBodyView}. */
    DocxStyles styles() {
        return styles;
    }

    /** Whether a run is hidden (w:vanish), through the defaults, the paragraph style and its character style. */
    public boolean hidden(String paragraphStyle, Element rPr) {
        return styles.run(paragraphStyle, rPr).hidden();
    }
}
