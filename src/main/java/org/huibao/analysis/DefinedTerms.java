package org.huibao.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms a report defines for itself: a quoted name followed by what it stands for (“两重一大”（重大问题决策、
 * 重大项目投资决策、大额资金使用）, “两重一大”即…, “…”是指…), a short name it introduces (简称“…”, 以下简称“…”),
 * or a note that explains it ([^53]: 两重一大：即…, an endnote [9]两重一大：即…). A local formula so defined is the
 * report's own, not a misquote of the national one it resembles. Stateless.
 */
final class DefinedTerms {
    private static final Pattern QUOTED = Pattern.compile("“([^“”]{2,16})”(?=[（(]|\\[\\^|，?(?:即|是指|指的是|就是))");
    private static final Pattern SHORT = Pattern.compile("(?:简称|下称|统称|称为)(?:为)?“([^“”]{2,16})”");
    private static final Pattern NOTE = Pattern.compile("^\\s*\\[\\^[^\\]]+\\][:：]\\s*([^:：，,。]{2,16})[:：]");
    /** An endnote of a copied report, numbered in brackets at the start of its line: [9]两重一大：即…, 注[9]：… . */
    private static final Pattern ENDNOTE = Pattern.compile("^\\s*(?:注释?)?[\\[［〔]\\d{1,3}[\\]］〕][:：]?\\s*([^:：，,。\\[\\]]{2,16})[:：](?:即|是指|指)?");

    private DefinedTerms() {
    }

    /** The terms (without quotation marks) that the given lines define. */
    static Set<String> of(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String line : lines) {
            if (line.indexOf('“') < 0 && line.indexOf('[') < 0 && line.indexOf('［') < 0 && line.indexOf('〔') < 0) {
                continue;
            }
            for (Pattern p : List.of(QUOTED, SHORT, NOTE, ENDNOTE)) {
                Matcher m = p.matcher(line);
                while (m.find()) {
                    out.add(Folded.fold(m.group(1).strip()));
                }
            }
        }
        return out;
    }
}
