package org.huibao.output;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlException;
import org.huibao.read.DocxSamples;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * A draft as Word saves it, with slips for the annotated copy to find: headings numbered by a list
 * (the ordinals are in no run), paragraph and character styles, a placeholder split over two runs set
 * differently, a doubled word three times (once inside a tracked insertion), a table, and a reviewer's
 * comment already there.
 */
final class WordSamples {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String XMLNS = " xmlns:w=\"" + W + "\"";

    /** The report as text, one line per paragraph; the table's cells follow line 10. */
    static final String TEXT = String.join("\n",
            "市水务局党组关于2024年度党建工作情况的报告",
            "市直机关工委：",
            "2024年，市水务局党组坚持以习近平新时代中国特色社会主义思想为指导，认真落实新时代党的建设总要求，推动机关党建与水务中心工作深度融合。现将有关情况报告如下：",
            "一、2024年度党建工作情况",
            "（一）加强组织领导，压紧压实管党治党责任",
            "1.健全责任体系。年初成立由党组书记任组长的党建工作领导小组，于x月x日印发《落实全面从严治党主体责任清单》，将32项任务分解到6个职能处室和9个基层党支部。党组书记认真履行第一责任人职责，全年主持召开党组会议专题研究部署党建工作7次。",
            "2.落实“一岗双责”。党组成员每人联系1至2个基层党支部，全年到联系支部指导工作46次，推动推动工作落实。",
            "（二）夯实基层基础，推动党建与业务深度融合",
            "1.规范支部建设。完成3个基层党支部按期换届，新发展党员4名，推动推动支部规范化。",
            "2.打造“水务先锋”品牌。汛期组建党员突击队11支，参与巡堤查险2300余人次，推动推动全市主要河道安全度汛。",
            "二、存在的问题",
            "（一）理论学习与业务工作结合不够紧密。部分支部学习以传达文件为主，围绕水资源刚性约束等业务难题开展研讨较少，全年9个支部中仅有3个形成了有分量的调研成果。",
            "（二）基层党支部建设不够均衡。局属水文站、水库管理所等基层单位点多面广，其中2个支部党员平均年龄超过52岁，近3年未发展新党员。",
            "三、2025年工作打算",
            "（一）深化理论学习转化。2025年2月底前制定党组理论学习中心组年度学习计划，每季度围绕1个业务难题开展专题研讨，由机关党委负责督促落实。",
            "（二）推进基层支部均衡发展。2025年上半年选派5名35岁以下业务骨干到基层支部挂职锻炼，年内在基层一线发展党员不少于3名，由组织人事处牵头实施。",
            "专此报告。",
            "中共市水务局党组",
            "2025年1月10日");

    private static final Pattern LEVEL1 = Pattern.compile("^[一二三四五六七八九十]+、");
    private static final Pattern LEVEL2 = Pattern.compile("^（[一二三四五六七八九十]+）");
    private static final Pattern LEVEL3 = Pattern.compile("^\\d+\\.");

    private WordSamples() {
    }

    /** The draft as a .docx in {@code dir}. */
    static Path draft(Path dir, String name) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            styles(doc);
            BigInteger numId = DocxSamples.gbNumbering(doc);
            String[] lines = TEXT.split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                XWPFParagraph p = doc.createParagraph();
                if (i == 0) {
                    p.setStyle("ReportTitle");
                    p.setAlignment(ParagraphAlignment.CENTER);
                    run(p, line, "方正小标宋简体", 22);
                    continue;
                }
                p.setStyle("BodyText");
                Matcher m;
                if ((m = LEVEL1.matcher(line)).find()) {
                    list(p, numId, 0);
                    run(p, line.substring(m.end()), "黑体", 16);
                } else if ((m = LEVEL2.matcher(line)).find()) {
                    list(p, numId, 1);
                    String rest = line.substring(m.end());
                    int stop = rest.indexOf('。');
                    if (stop >= 0 && stop < rest.length() - 1) {
                        run(p, rest.substring(0, stop + 1), "楷体_GB2312", 16);
                        run(p, rest.substring(stop + 1), "仿宋_GB2312", 16);
                    } else {
                        run(p, rest, "楷体_GB2312", 16);
                    }
                } else if ((m = LEVEL3.matcher(line)).find()) {
                    list(p, numId, 2);
                    body(p, line.substring(m.end()), numId);
                } else {
                    body(p, line, numId);
                }
                if (i == 9) {
                    XWPFTable t = doc.createTable(2, 2);
                    t.getRow(0).getCell(0).setText("指标");
                    t.getRow(0).getCell(1).setText("2024年");
                    t.getRow(1).getCell(0).setText("党员突击队");
                    t.getRow(1).getCell(1).setText("11支");
                }
            }
            XWPFComment comment = doc.createComments().createComment(BigInteger.ZERO);
            comment.setAuthor("审稿人");
            comment.createParagraph().createRun().setText("请核实数字");
            CTP third = doc.getParagraphs().get(2).getCTP();
            third.addNewCommentRangeStart().setId(BigInteger.ZERO);
            third.addNewCommentRangeEnd().setId(BigInteger.ZERO);
            third.addNewR().addNewCommentReference().setId(BigInteger.ZERO);
            DocxSamples.margins(doc, new double[] {37, 35, 28, 26});
            Path file = dir.resolve(name);
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
            return file;
        }
    }

    /**
     * A body paragraph in 仿宋, with the slips set apart as Word leaves them: "x月x日" half in a bold
     * run with a character style, half in a plain one; the last "推动推动" half inside a tracked insertion.
     */
    private static void body(XWPFParagraph p, String text, BigInteger numId) {
        int placeholder = text.indexOf("x月x日");
        if (placeholder >= 0) {
            XWPFRun bold = run(p, text.substring(0, placeholder + 2), "仿宋_GB2312", 16);
            bold.setBold(true);
            bold.setStyle("Strong");
            run(p, text.substring(placeholder + 2), "仿宋_GB2312", 16);
            return;
        }
        int doubled = text.indexOf("推动推动全市");
        if (doubled >= 0) {
            String rPr = "<w:rPr><w:rFonts w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/></w:rPr>";
            xml(p, "<w:pPr><w:pStyle w:val=\"BodyText\"/><w:numPr><w:ilvl w:val=\"2\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>"
                    + "</w:pPr><w:r>" + rPr + "<w:t>" + text.substring(0, doubled + 2) + "</w:t></w:r>"
                    + "<w:ins w:id=\"90\" w:author=\"起草人\"><w:r>" + rPr + "<w:t>推动</w:t></w:r></w:ins>"
                    + "<w:r>" + rPr + "<w:t>" + text.substring(doubled + 4) + "</w:t></w:r>");
            return;
        }
        run(p, text, "仿宋_GB2312", 16);
    }

    static XWPFRun run(XWPFParagraph p, String text, String eastAsia, double size) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(eastAsia, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(size);
        return r;
    }

    private static void list(XWPFParagraph p, BigInteger numId, int ilvl) {
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(ilvl));
    }

    private static void xml(XWPFParagraph p, String inner) {
        try {
            p.getCTP().set(CTP.Factory.parse("<xml-fragment" + XMLNS + ">" + inner + "</xml-fragment>"));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A styles part of its own: the title and body paragraph styles and a character style. */
    private static void styles(XWPFDocument doc) {
        String inner = "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia=\"仿宋_GB2312\"/><w:sz w:val=\"32\"/>"
                + "</w:rPr></w:rPrDefault></w:docDefaults>"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"ReportTitle\"><w:name w:val=\"Report Title\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:jc w:val=\"center\"/></w:pPr>"
                + "<w:rPr><w:rFonts w:eastAsia=\"方正小标宋简体\"/><w:sz w:val=\"44\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"BodyText\"><w:name w:val=\"Body Text\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:ind w:firstLineChars=\"200\"/>"
                + "<w:spacing w:line=\"579\" w:lineRule=\"exact\"/></w:pPr></w:style>"
                + "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"Strong\"/><w:rPr><w:b/></w:rPr></w:style>";
        try {
            XWPFStyles styles = doc.createStyles();
            CTStyles ct = CTStyles.Factory.parse("<xml-fragment" + XMLNS + ">" + inner + "</xml-fragment>");
            styles.setStyles(ct);
            for (CTStyle s : ct.getStyleArray()) {
                if (styles.getStyle(s.getStyleId()) == null) {
                    styles.addStyle(new XWPFStyle(s, styles));
                }
            }
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
