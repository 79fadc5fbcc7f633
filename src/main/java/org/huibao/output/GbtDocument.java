package org.huibao.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.huibao.model.ReportResult;
import org.huibao.output.Annotations.Anchor;
import org.huibao.output.Annotations.Note;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * A new Word document for a report that is not a .docx (text, Markdown, PDF, .doc), laid out as
 * GB/T 9704-2012 asks — A4, margins 37/35/28/26 mm, 22 lines of 28 characters a page; the title in
 * 2号 (22 pt) 方正小标宋简体 centred, body text in 3号 (16 pt) 仿宋_GB2312 indented two characters,
 * "一、" headings in 黑体 and "（一）" headings in 楷体_GB2312, the date right-aligned, page numbers
 * "— 1 —" — with huibao's comments. One paragraph per line of the report text, each line's text kept
 * as it is, so that huibao reads the document as it read the report.
 */
final class GbtDocument {

    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String H1_FONT = "黑体";
    static final String H2_FONT = "楷体_GB2312";
    static final String LATIN_FONT = "Times New Roman";
    private static final int TITLE_HALF_POINTS = 44;
    private static final int BODY_HALF_POINTS = 32;
    /** 28.95 pt: 22 lines in the 225 mm of type area. */
    private static final int LINE_TWIPS = 579;

    private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十百零〇]+、");
    private static final Pattern LEVEL2 = Pattern.compile("^[（(][一二三四五六七八九十百零〇]+[）)]");
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4}|[〇○零一二三四五六七八九]{4})年[0-9〇○零一二三四五六七八九十]{1,3}月[0-9〇○零一二三四五六七八九十]{1,3}日$");

    private GbtDocument() {
    }

    /** How one line is set. */
    private enum Role { TITLE, ADDRESSEE, BODY, H1, H2, DATE, BLANK }

    /** The comments' ends on one line: UTF-16 positions and the ids starting or ending there. */
    private static final class Marks {
        final TreeMap<Integer, List<BigInteger>> starts = new TreeMap<>();
        final TreeMap<Integer, List<BigInteger>> ends = new TreeMap<>();
    }

    static byte[] write(ReportResult report, Annotations.Plan plan) throws IOException {
        String[] lines = report.text().split("\n", -1);
        Role[] roles = roles(lines, report.title(), plan.summary().anchor().line());
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(doc);
            // No creation time: the same check gives the same bytes.
            var core = doc.getProperties().getCoreProperties();
            core.setCreated(java.util.Optional.empty());
            core.setCreator(CommentXml.AUTHOR);
            core.setTitle(xmlChars(report.title()));
            doc.getProperties().getExtendedProperties().setApplication(CommentXml.AUTHOR);
            XWPFComments comments = doc.createComments();
            List<Note> notes = new ArrayList<>();
            notes.add(plan.summary());
            notes.addAll(plan.notes());
            List<Marks> marks = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                marks.add(new Marks());
            }
            for (int i = 0; i < notes.size(); i++) {
                BigInteger id = BigInteger.valueOf(i);
                place(notes.get(i).anchor(), lines, marks, id);
                CommentXml.fill(comments.createComment(id).getCtComment(), id, notes.get(i).paragraphs());
            }
            for (int i = 0; i < lines.length; i++) {
                paragraph(doc.createParagraph(), lines[i], roles[i], marks.get(i));
            }
            footer(doc);
            doc.write(out);
            return out.toByteArray();
        }
    }

    // ---- roles -------------------------------------------------------------------------------------

    private static Role[] roles(String[] lines, String title, int titleLine) {
        Role[] roles = new Role[lines.length];
        for (int i = 0; i < lines.length; i++) {
            String s = lines[i].strip();
            if (s.isEmpty()) {
                roles[i] = Role.BLANK;
            } else if (LEVEL1.matcher(s).find()) {
                roles[i] = Role.H1;
            } else if (LEVEL2.matcher(s).find()) {
                roles[i] = Role.H2;
            } else if (DATE.matcher(s).matches() && i >= lines.length - 4) {
                roles[i] = Role.DATE;
            } else {
                roles[i] = Role.BODY;
            }
        }
        String rest = squeeze(title);
        int last = titleLine - 1;
        // A title set over several lines: each line with text that continues it.
        for (int i = titleLine - 1; !rest.isEmpty() && i < lines.length; i++) {
            String s = squeeze(lines[i]);
            if (s.isEmpty() || !rest.startsWith(s) && !s.contains(rest)) {
                break;
            }
            roles[i] = Role.TITLE;
            last = i;
            rest = rest.startsWith(s) ? rest.substring(s.length()) : "";
        }
        int next = last + 1;
        while (next < lines.length && roles[next] == Role.BLANK) {
            next++;
        }
        if (next < lines.length && next > last && roles[next] == Role.BODY) {
            String s = lines[next].strip();
            if ((s.endsWith("：") || s.endsWith(":")) && s.length() <= 40 && !s.contains("。")) {
                roles[next] = Role.ADDRESSEE;
            }
        }
        return roles;
    }

    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder();
        (s == null ? "" : s).codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    // ---- anchors -----------------------------------------------------------------------------------

    /** Records where a comment starts and ends; a place without text gets the character at it. */
    private static void place(Anchor a, String[] lines, List<Marks> marks, BigInteger id) {
        int l1 = a.line() - 1;
        if (l1 < 0 || l1 >= lines.length) {
            l1 = 0;
        }
        String t1 = lines[l1];
        int s = index(t1, a.column());
        int l2 = a.endLine() - 1;
        if (l2 <= l1 || l2 >= lines.length) {
            int e = l2 == l1 ? index(t1, a.endColumn()) : t1.length();
            if (e <= s && !t1.isEmpty()) {
                if (s >= t1.length()) {
                    s = t1.offsetByCodePoints(t1.length(), -1);
                }
                e = t1.offsetByCodePoints(s, 1);
            }
            add(marks.get(l1).starts, Math.min(s, e), id);
            add(marks.get(l1).ends, Math.max(s, e), id);
            return;
        }
        add(marks.get(l1).starts, s, id);
        add(marks.get(l2).ends, index(lines[l2], a.endColumn()), id);
    }

    private static void add(TreeMap<Integer, List<BigInteger>> at, int pos, BigInteger id) {
        at.computeIfAbsent(pos, k -> new ArrayList<>()).add(id);
    }

    private static int index(String s, int column) {
        int cps = s.codePointCount(0, s.length());
        return s.offsetByCodePoints(0, Math.max(0, Math.min(column - 1, cps)));
    }

    // ---- paragraphs --------------------------------------------------------------------------------

    private static void paragraph(XWPFParagraph para, String line, Role role, Marks marks) {
        CTP p = para.getCTP();
        CTPPr pPr = p.addNewPPr();
        CTSpacing spacing = pPr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(LINE_TWIPS));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        switch (role) {
            case TITLE -> pPr.addNewJc().setVal(STJc.CENTER);
            case DATE -> {
                pPr.addNewJc().setVal(STJc.RIGHT);
                var ind = pPr.addNewInd();
                ind.setRightChars(BigInteger.valueOf(400));
                ind.setRight(BigInteger.valueOf(4 * BODY_HALF_POINTS * 10));
            }
            case BODY, H1, H2 -> indent(pPr, line);
            default -> {
                // the addressee stands flush left; a blank line is a blank line
            }
        }
        String font = switch (role) {
            case TITLE -> TITLE_FONT;
            case H1 -> H1_FONT;
            case H2 -> H2_FONT;
            default -> BODY_FONT;
        };
        int size = role == Role.TITLE ? TITLE_HALF_POINTS : BODY_HALF_POINTS;
        // A heading that runs on into its paragraph ("（一）加强领导。成立了……"): only its sentence in the heading face.
        int headingEnd = line.length();
        if (role == Role.H1 || role == Role.H2) {
            int stop = line.indexOf('。');
            if (stop >= 0 && !line.substring(stop + 1).isBlank()) {
                headingEnd = stop + 1;
            }
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(line.length());
        cuts.add(headingEnd);
        cuts.addAll(marks.starts.keySet());
        cuts.addAll(marks.ends.keySet());
        List<Integer> at = new ArrayList<>(cuts.headSet(line.length(), true));
        for (int i = 0; i < at.size(); i++) {
            int x = at.get(i);
            if (line.isEmpty()) {
                marks.starts.getOrDefault(x, List.of()).forEach(id -> p.addNewCommentRangeStart().setId(id));
                marks.ends.getOrDefault(x, List.of()).forEach(id -> end(p, id));
                continue;
            }
            marks.ends.getOrDefault(x, List.of()).forEach(id -> end(p, id));
            marks.starts.getOrDefault(x, List.of()).forEach(id -> p.addNewCommentRangeStart().setId(id));
            if (i + 1 < at.size()) {
                String f = x < headingEnd ? font : BODY_FONT;
                text(p.addNewR(), line.substring(x, at.get(i + 1)), f, size);
            }
        }
    }

    private static void end(CTP p, BigInteger id) {
        p.addNewCommentRangeEnd().setId(id);
        p.addNewR().addNewCommentReference().setId(id);
    }

    /** Two characters, less the spaces the line itself starts with (a text file indents with 　　). */
    private static void indent(CTPPr pPr, String line) {
        double typed = 0;
        for (int i = 0; i < line.length() && Character.isWhitespace(line.charAt(i)); i++) {
            char c = line.charAt(i);
            typed += c == '\u3000' || c == '\t' ? 1 : 0.5;
        }
        long hundredths = Math.round((2 - typed) * 100);
        if (hundredths > 0) {
            // Both forms: Word and WPS use the characters, LibreOffice the twips.
            var ind = pPr.addNewInd();
            ind.setFirstLineChars(BigInteger.valueOf(hundredths));
            ind.setFirstLine(BigInteger.valueOf(hundredths * BODY_HALF_POINTS * 10 / 100));
        }
    }

    private static void text(CTR r, String s, String eastAsia, int halfPoints) {
        CTRPr rPr = r.addNewRPr();
        CTFonts fonts = rPr.addNewRFonts();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setEastAsia(eastAsia);
        rPr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        String[] parts = xmlChars(s).split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                r.addNewTab();
            }
            if (!parts[i].isEmpty()) {
                CTText t = r.addNewT();
                t.setStringValue(parts[i]);
                t.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
            }
        }
    }

    /** What XML 1.0 cannot carry, as U+FFFD: one char for one, so that places in the text stay put. */
    static String xmlChars(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
                    || Character.isSurrogate(c) && !pair && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1)));
            if (bad && b == null) {
                b = new StringBuilder(s);
            }
            if (bad) {
                b.setCharAt(i, '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }

    // ---- page --------------------------------------------------------------------------------------

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(twips(37));
        m.setBottom(twips(35));
        m.setLeft(twips(28));
        m.setRight(twips(26));
        m.setHeader(twips(15));
        // the page number's top 7 mm below the type area, its 14 pt line about 5 mm high
        m.setFooter(twips(35 - 7 - 5));
        m.setGutter(BigInteger.ZERO);
        var grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES);
        grid.setLinePitch(BigInteger.valueOf(LINE_TWIPS));
    }

    /** "— 1 —" centred under the text, in 4号 (14 pt) 宋体. */
    private static void footer(XWPFDocument doc) {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        CTP ct = p.getCTP();
        ct.addNewPPr().addNewJc().setVal(STJc.CENTER);
        text(ct.addNewR(), "— ", "宋体", 28);
        CTSimpleField page = ct.addNewFldSimple();
        page.setInstr(" PAGE ");
        text(page.addNewR(), "1", "宋体", 28);
        text(ct.addNewR(), " —", "宋体", 28);
    }

    private static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * 1440 / 25.4));
    }
}
