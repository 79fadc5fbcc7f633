package org.huibao.read;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * Word files for the tests, made with POI the way Word, WPS and LibreOffice lay them out: headings
 * numbered by a multi-level list (the ordinals are not in the text), fonts on the runs or in styles,
 * tables, a header, a footer and a comment that must stay out of the text.
 */
public final class DocxSamples {

    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String XMLNS = " xmlns:w=\"" + W + "\"";

    /** The text version of the sample report: what reading the .docx must give, line for line. */
    public static final String REPORT = String.join("\n",
            "市水务局党组关于2024年度党建工作情况的报告",
            "市直机关工委：",
            "2024年，市水务局党组坚持以习近平新时代中国特色社会主义思想为指导，认真落实新时代党的建设总要求，推动机关党建与水务中心工作深度融合。现将有关情况报告如下：",
            "一、2024年度党建工作情况",
            "（一）加强组织领导，压紧压实管党治党责任",
            "1.健全责任体系。年初成立由党组书记任组长的党建工作领导小组，印发《落实全面从严治党主体责任清单》，将32项任务分解到6个职能处室和9个基层党支部。党组书记认真履行第一责任人职责，全年主持召开党组会议专题研究部署党建工作7次。",
            "2.落实“一岗双责”。党组成员每人联系1至2个基层党支部，全年到联系支部指导工作46次。",
            "（二）夯实基层基础，推动党建与业务深度融合",
            "1.规范支部建设。完成3个基层党支部按期换届，新发展党员4名。",
            "2.打造“水务先锋”品牌。汛期组建党员突击队11支，参与巡堤查险2300余人次，全市主要河道安全度汛。",
            "指标",
            "2024年",
            "党员突击队",
            "11支",
            "二、存在的问题",
            "（一）理论学习与业务工作结合不够紧密。部分支部学习以传达文件为主，围绕水资源刚性约束等业务难题开展研讨较少，全年9个支部中仅有3个形成了有分量的调研成果。",
            "（二）基层党支部建设不够均衡。局属水文站、水库管理所等基层单位点多面广，其中2个支部党员平均年龄超过52岁，近3年未发展新党员。",
            "三、2025年工作打算",
            "（一）深化理论学习转化。2025年2月底前制定党组理论学习中心组年度学习计划，每季度围绕1个业务难题开展专题研讨，由机关党委负责督促落实。",
            "（二）推进基层支部均衡发展。2025年上半年选派5名35岁以下业务骨干到基层支部挂职锻炼，年内在基层一线发展党员不少于3名，由组织人事处牵头实施。",
            "专此报告。",
            "中共市水务局党组",
            "2025年1月10日");

    /** Lines 11–14 of {@link #REPORT} are the cells of a 2 × 2 table. */
    static final int TABLE_FIRST_LINE = 11;

    private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern LEVEL2 = Pattern.compile("^（[一二三四五六七八九十]+）");
    private static final Pattern LEVEL3 = Pattern.compile("^\\d+\\.");

    /**
     * How a sample is set.
     *
     * @param indent  first-line indent of body paragraphs in hundredths of a character (w:firstLineChars)
     * @param margins top, bottom, left, right in millimetres
     */
    public record Look(String titleFont, double titleSize, String bodyFont, double bodySize, String h1Font,
                       String h2Font, int indent, double[] margins) {
    }

    /** GB/T 9704. */
    public static final Look RIGHT = new Look("方正小标宋简体", 22, "仿宋_GB2312", 16, "黑体", "楷体_GB2312", 200,
            new double[] {37, 35, 28, 26});

    /** Word's defaults as a hurried drafter leaves them. */
    public static final Look WRONG = new Look("宋体", 18, "宋体", 12, "仿宋_GB2312", "黑体", 0,
            new double[] {25.4, 25.4, 31.8, 31.8});

    private DocxSamples() {
    }

    /** The sample report as a .docx set in {@code look}, with a header, a footer and a comment. */
    public static Path report(Path dir, String name, Look look) {
        try (XWPFDocument doc = new XWPFDocument()) {
            BigInteger numId = gbNumbering(doc);
            String[] lines = REPORT.split("\n");
            for (int i = 0; i < lines.length; i++) {
                int lineNo = i + 1;
                String line = lines[i];
                if (lineNo == TABLE_FIRST_LINE) {
                    XWPFTable t = doc.createTable(2, 2);
                    t.getRow(0).getCell(0).setText(lines[i]);
                    t.getRow(0).getCell(1).setText(lines[i + 1]);
                    t.getRow(1).getCell(0).setText(lines[i + 2]);
                    t.getRow(1).getCell(1).setText(lines[i + 3]);
                    i += 3;
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                if (lineNo == 1) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run(p, line, look.titleFont(), look.titleSize());
                } else if (lineNo == 2) {
                    run(p, line, look.bodyFont(), look.bodySize());
                } else if (i >= lines.length - 2) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                    run(p, line, look.bodyFont(), look.bodySize());
                } else {
                    indentChars(p, look.indent());
                    numbered(p, numId, line, look);
                }
            }
            // a comment on the first body paragraph: its text must not turn up
            XWPFComments comments = doc.createComments();
            XWPFComment comment = comments.createComment(BigInteger.ZERO);
            comment.setAuthor("审稿人");
            comment.createParagraph().createRun().setText("批注：请核实32项任务的数字");
            CTP first = doc.getParagraphs().get(2).getCTP();
            first.addNewCommentRangeStart().setId(BigInteger.ZERO);
            first.addNewCommentRangeEnd().setId(BigInteger.ZERO);
            first.addNewR().addNewCommentReference().setId(BigInteger.ZERO);
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页眉：内部资料注意保存");
            doc.createFooter(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("页脚：第一页共三页");
            margins(doc, look.margins());
            return write(doc, dir, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph of the report: its ordinal (if any) becomes list numbering, the rest is text. */
    private static void numbered(XWPFParagraph p, BigInteger numId, String line, Look look) {
        Matcher m;
        if ((m = LEVEL1.matcher(line)).find()) {
            list(p, numId, 0);
            run(p, line.substring(m.end()), look.h1Font(), look.bodySize());
        } else if ((m = LEVEL2.matcher(line)).find()) {
            list(p, numId, 1);
            String rest = line.substring(m.end());
            int stop = rest.indexOf('。');
            if (stop >= 0 && stop < rest.length() - 1) {
                // a heading that runs on into its paragraph: heading sentence in 楷体, the rest in 仿宋
                run(p, rest.substring(0, stop + 1), look.h2Font(), look.bodySize());
                run(p, rest.substring(stop + 1), look.bodyFont(), look.bodySize());
            } else {
                run(p, rest, look.h2Font(), look.bodySize());
            }
        } else if ((m = LEVEL3.matcher(line)).find()) {
            list(p, numId, 2);
            run(p, line.substring(m.end()), look.bodyFont(), look.bodySize());
        } else {
            run(p, line, look.bodyFont(), look.bodySize());
        }
    }

    /**
     * GB/T 9704's four levels as one multi-level list, as a Chinese Word or WPS user sets it up:
     * 一、 （一） 1. （1）, each level restarting under the one above, Word's default tab after the number.
     */
    public static BigInteger gbNumbering(XWPFDocument doc) {
        return numbering(doc, abstractNum(
                level(0, "chineseCounting", "%1、", null),
                level(1, "chineseCounting", "（%2）", null),
                level(2, "decimal", "%3.", null),
                level(3, "decimal", "（%4）", null)));
    }

    static String level(int ilvl, String numFmt, String text, String extra) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + numFmt + "\"/>"
                + "<w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/>" + (extra == null ? "" : extra)
                + "</w:lvl>";
    }

    static String abstractNum(String... levels) {
        // XmlBeans parses a type from an xml-fragment: the element's attributes and content, not the element
        return "<xml-fragment" + XMLNS + " w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
                + String.join("", levels) + "</xml-fragment>";
    }

    /** Adds a list definition and one instance of it; returns the instance's numId. */
    static BigInteger numbering(XWPFDocument doc, String abstractNumXml) {
        try {
            XWPFNumbering numbering = doc.getNumbering() != null ? doc.getNumbering() : doc.createNumbering();
            CTAbstractNum ct = CTAbstractNum.Factory.parse(abstractNumXml);
            int id = 0;
            while (numbering.getAbstractNum(BigInteger.valueOf(id)) != null) {
                id++;
            }
            ct.setAbstractNumId(BigInteger.valueOf(id));
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(ct, numbering));
            return numbering.addNum(abstractId);
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static void list(XWPFParagraph p, BigInteger numId, int ilvl) {
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(ilvl));
    }

    static XWPFRun run(XWPFParagraph p, String text, String eastAsiaFont, double size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        if (eastAsiaFont != null) {
            r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
            r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
            r.setFontFamily(eastAsiaFont, XWPFRun.FontCharRange.eastAsia);
        }
        if (size > 0) {
            r.setFontSize(size);
        }
        return r;
    }

    static CTInd ind(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        return ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
    }

    static void indentChars(XWPFParagraph p, int hundredths) {
        if (hundredths != 0) {
            ind(p).setFirstLineChars(BigInteger.valueOf(hundredths));
        }
    }

    public static void margins(XWPFDocument doc, double[] mm) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.addNewPgMar();
        m.setTop(twips(mm[0]));
        m.setBottom(twips(mm[1]));
        m.setLeft(twips(mm[2]));
        m.setRight(twips(mm[3]));
        m.setHeader(BigInteger.valueOf(851));
        m.setFooter(BigInteger.valueOf(992));
        m.setGutter(BigInteger.ZERO);
    }

    static BigInteger twips(double mm) {
        return BigInteger.valueOf(Math.round(mm * 1440 / 25.4));
    }

    /** Replaces a paragraph's markup with {@code inner} (runs, w:ins, w:del … in the w: namespace). */
    static void xml(XWPFParagraph p, String inner) {
        try {
            p.getCTP().set(CTP.Factory.parse("<xml-fragment" + XMLNS + ">" + inner + "</xml-fragment>"));
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Replaces the styles part with {@code inner} (w:docDefaults, w:style …). */
    static void styles(XWPFDocument doc, String inner) {
        try {
            XWPFStyles styles = doc.createStyles();
            CTStyles ct = CTStyles.Factory.parse("<xml-fragment" + XMLNS + ">" + inner + "</xml-fragment>");
            styles.setStyles(ct);
            for (CTStyle s : ct.getStyleArray()) {
                if (styles.getStyle(s.getStyleId()) == null) {
                    styles.addStyle(new XWPFStyle(s, styles));
                }
            }
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Adds a theme part whose minor East Asian font is {@code eastAsia}, as Word's Office theme has 等线. */
    static void theme(XWPFDocument doc, String eastAsia) {
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/theme/theme1.xml");
            PackagePart part = doc.getPackage().createPart(name, "application/vnd.openxmlformats-officedocument.theme+xml");
            String a = "http://schemas.openxmlformats.org/drawingml/2006/main";
            String xml = "<a:theme xmlns:a=\"" + a + "\" name=\"Office\"><a:themeElements>"
                    + "<a:fontScheme name=\"Office\">"
                    + "<a:majorFont><a:latin typeface=\"Calibri Light\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
                    + "<a:font script=\"Hans\" typeface=\"" + eastAsia + "\"/></a:majorFont>"
                    + "<a:minorFont><a:latin typeface=\"Calibri\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
                    + "<a:font script=\"Jpan\" typeface=\"游明朝\"/><a:font script=\"Hans\" typeface=\"" + eastAsia + "\"/>"
                    + "</a:minorFont></a:fontScheme></a:themeElements></a:theme>";
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme");
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path write(XWPFDocument doc, Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
        }
        return file;
    }

    /** The lines of a text, for assertions. */
    public static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }
}
