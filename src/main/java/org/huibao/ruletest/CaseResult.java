package org.huibao.ruletest;

import org.huibao.api.Lang;
import org.huibao.api.Message;
import org.huibao.model.ExampleText;
import org.huibao.model.ReportResult;

/**
 * How one case went.
 *
 * @param test    the case
 * @param result  the check of its text; null when it could not be checked
 * @param failure what went wrong, or null when it passed
 */
public record CaseResult(RuleCase test, ReportResult result, Message failure) {

    /** Shown examples are cut to this many characters. */
    static final int SHOWN = 60;

    public boolean passed() {
        return failure == null;
    }

    /** "rules/wording.drl:40: HB305 错例 “…”：未报告" — one line, for a failed case. */
    public String line(Lang lang) {
        boolean en = lang == Lang.EN;
        String where = test.where().isEmpty() ? "" : test.where() + ": ";
        String kind = test.bad() ? (en ? "bad example" : "错例") : (en ? "good example" : "正例");
        String shown = shown(test.raw(), lang);
        return where + test.rule() + " " + kind + " “" + shown + "”" + (en ? ": " : "：")
                + (failure == null ? (en ? "passed" : "通过") : failure.in(lang));
    }

    /** The example on one line: line breaks as ⏎, cut to {@value #SHOWN} characters. */
    static String shown(String raw, Lang lang) {
        String s = ExampleText.display(raw, lang).strip().replace("\n", " ⏎ ");
        return s.codePointCount(0, s.length()) <= SHOWN ? s : s.substring(0, s.offsetByCodePoints(0, SHOWN)) + "…";
    }
}
