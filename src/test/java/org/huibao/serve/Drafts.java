package org.huibao.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Short purpose-written reports for the server tests: a county emergency bureau's safety report whose
 * three required parts can each be left out, with its own title, so that every request can be told
 * apart by its answer.
 */
final class Drafts {
    private static final String[] ORDINALS = {"一", "二", "三", "四"};

    private Drafts() {
    }

    /** Which required parts the draft has, and an extra sentence in its first part (e.g. a placeholder). */
    record Parts(boolean leadership, boolean shortcomings, boolean nextSteps, String extra) {
        static Parts all() {
            return new Parts(true, true, true, "");
        }
    }

    static String report(String title, Parts parts) {
        return String.join("\n", lines(title, parts)) + "\n";
    }

    static List<String> lines(String title, Parts parts) {
        List<String> out = new ArrayList<>();
        out.add(title);
        out.add("县应急管理局：");
        out.add("2024年，我局扎实推进安全生产各项工作，全县未发生较大以上生产安全事故。现将有关情况报告如下：");
        int part = 0;
        out.add(ORDINALS[part++] + "、主要工作");
        if (parts.leadership()) {
            out.add("（一）加强组织领导。成立由局长任组长的安全生产工作领导小组，局党组专题研究部署安全生产工作4次。");
            out.add("（二）开展隐患排查。全年检查企业126家，整改隐患318处，整改率98%。" + parts.extra());
        } else {
            out.add("（一）开展隐患排查。全年检查企业126家，整改隐患318处，整改率98%。" + parts.extra());
            out.add("（二）强化宣传教育。举办安全生产培训班12期，培训企业负责人450人次。");
        }
        if (parts.shortcomings()) {
            out.add(ORDINALS[part++] + "、存在的问题");
            out.add("一是部分企业安全投入不足，3家企业应急预案未按期修订。二是基层监管力量不足，2个乡镇没有专职安全员。");
        }
        if (parts.nextSteps()) {
            out.add(ORDINALS[part++] + "、下一步工作打算");
            out.add("（一）督促预案修订。2025年3月底前完成全部企业应急预案修订，由执法大队负责跟踪。");
            out.add("（二）充实基层力量。2025年6月底前为每个乡镇配备1名专职安全员。");
        }
        out.add("专此报告。");
        out.add("县应急管理局");
        out.add("2025年1月15日");
        return out;
    }

    /** A .docx with one paragraph per line, as Word saves a report typed without styles. */
    static byte[] docx(List<String> lines) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
