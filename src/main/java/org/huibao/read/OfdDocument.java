package org.huibao.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;

/**
 * The structure of an OFD file down to its pages (GB/T 33190 §7): {@code OFD.xml} names the
 * document's root part, which gives the default page size, the template pages and, in order, the
 * content part of every page. Only the first document of the package is read, as OFD readers show it.
 *
 * @param pages        content parts of the pages, in reading order
 * @param templates    content parts of the template pages, by template ID
 * @param defaultWidth page width in millimetres when a page does not give its own; NaN if unknown
 */
record OfdDocument(List<String> pages, Map<String, String> templates, double defaultWidth) {

    /** Room for a location or a box; a longer one is not a real one. */
    private static final int MAX_VALUE_CHARS = 4096;

    OfdDocument {
        pages = List.copyOf(pages);
        templates = Map.copyOf(templates);
    }

    /** Reads the package's entry part and its first document's root part. */
    static OfdDocument read(OfdPackage pkg, int maxPages) throws ReadException {
        if (!pkg.has("OFD.xml")) {
            boolean docx = pkg.has("[Content_Types].xml") && pkg.has("word/document.xml");
            throw new ReadException(ReadException.Kind.UNREADABLE, docx ? OfdFiles.MSG_DOCX : OfdFiles.MSG_NO_OFD_XML);
        }
        String root = docRoot(pkg);
        if (root == null) {
            throw OfdFiles.damaged("OFD.xml 中没有指明文档（DocRoot）", "OFD.xml names no document (DocRoot)", null);
        }
        return document(pkg, root, maxPages);
    }

    private static String docRoot(OfdPackage pkg) throws ReadException {
        try (OfdXml xml = OfdXml.open(pkg, "OFD.xml")) {
            int event;
            boolean first = true;
            while ((event = xml.next()) != XMLStreamConstants.END_DOCUMENT) {
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (first && !"OFD".equals(xml.name())) {
                    throw new ReadException(ReadException.Kind.UNREADABLE, OfdFiles.MSG_NOT_OFD);
                }
                first = false;
                if ("DocRoot".equals(xml.name())) {
                    String loc = xml.elementText(MAX_VALUE_CHARS).strip();
                    return loc.isEmpty() ? null : OfdPackage.resolve("OFD.xml", loc);
                }
            }
            return null;
        }
    }

    private static OfdDocument document(OfdPackage pkg, String part, int maxPages) throws ReadException {
        List<String> pages = new ArrayList<>();
        Map<String, String> templates = new HashMap<>();
        double width = Double.NaN;
        long pageCount = 0;
        try (OfdXml xml = OfdXml.open(pkg, part)) {
            List<String> path = new ArrayList<>();
            int event;
            while ((event = xml.next()) != XMLStreamConstants.END_DOCUMENT) {
                if (event == XMLStreamConstants.END_ELEMENT) {
                    if (!path.isEmpty()) {
                        path.remove(path.size() - 1);
                    }
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.name();
                String parent = path.isEmpty() ? "" : path.get(path.size() - 1);
                if ("Page".equals(name) && "Pages".equals(parent)) {
                    pageCount++;
                    String loc = xml.attr("BaseLoc");
                    if (pageCount <= maxPages && loc != null) {
                        String resolved = OfdPackage.resolve(part, loc);
                        if (resolved == null) {
                            throw OfdFiles.damaged("页面位置超出文件包：" + OfdFiles.shown(loc),
                                    "a page location points outside the package: " + OfdFiles.shown(loc), null);
                        }
                        pages.add(resolved);
                    }
                } else if ("TemplatePage".equals(name) && "CommonData".equals(parent)) {
                    String id = xml.attr("ID");
                    String loc = xml.attr("BaseLoc");
                    String resolved = loc == null ? null : OfdPackage.resolve(part, loc);
                    if (id != null && resolved != null) {
                        templates.putIfAbsent(id.strip(), resolved);
                    }
                } else if ("PhysicalBox".equals(name) && "PageArea".equals(parent) && path.contains("CommonData")) {
                    width = OfdContent.boxWidth(xml.elementText(MAX_VALUE_CHARS));
                    continue; // elementText consumed the end tag
                }
                path.add(name);
            }
        }
        if (pageCount > maxPages) {
            throw OfdFiles.tooManyPages(pageCount, maxPages);
        }
        if (pages.isEmpty()) {
            throw OfdFiles.damaged("文档中没有页面", "the document has no pages", null);
        }
        return new OfdDocument(pages, templates, width);
    }
}
